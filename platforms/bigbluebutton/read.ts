/**
 * Streams the room as RoomEvents. One MutationObserver per container (user list, nav-bar
 * talking indicator, chat list) plus one on the body's child list that only re-attaches those
 * when React replaces a container and notices the raised-hands toast. Changes are gathered for
 * READ_DELAY_MS, then read once; only the rows and messages they touched are read again. A batch
 * that changes nothing sends nothing; a quiet room costs nothing (no timers).
 */
import type { ReadSink } from '../contract';
import type { RoomEvent } from '../../session/events';
import { asElement, observeBatched } from '../dom/observe';
import { bbbVersion } from './detect';
import { bbbHealth } from './health';
import { RoomReader } from './roomReader';
import { queryOne, type SelectorName } from './selectors';
import type { BbbVersion } from './version';

const WATCH_ALL: MutationObserverInit = { childList: true, subtree: true, attributes: true, characterData: true };

type Concern = 'people' | 'chat';

const CONTAINERS: { selector: SelectorName; concern: Concern }[] = [
  { selector: 'userListPanel', concern: 'people' },
  { selector: 'talkingIndicator', concern: 'people' },
  { selector: 'chatMessages', concern: 'chat' },
];

const TOAST = '.raiseHandToast';

/** The raised-hands toast lives outside every container: notice it appearing or changing. */
function touchesToast(records: MutationRecord[]): boolean {
  const holdsToast = (node: Node) => {
    const element = asElement(node);
    return !!element && (element.matches(TOAST) || !!element.querySelector(TOAST));
  };
  return records.some(
    (record) =>
      (asElement(record.target)?.closest(TOAST) ?? null) !== null ||
      [...record.addedNodes, ...record.removedNodes].some(holdsToast),
  );
}

/** How long changes are gathered before one read (well under the 250 ms latency budget). */
export const READ_DELAY_MS = 80;

/**
 * Health queries every selector a capability needs: while the room is busy it is checked at most
 * this often (a drift still shows within a second or two), and not at all while it is quiet.
 */
export const HEALTH_EVERY_MS = 1000;

export function readBbb(
  doc: Document,
  sink: ReadSink,
  signal: AbortSignal,
  version: BbbVersion = bbbVersion(doc) ?? '3.0',
  readDelayMs = READ_DELAY_MS,
): void {
  if (signal.aborted) return;
  const reader = new RoomReader(version, { rememberItems: true });
  let lastHealth = '';
  let healthCheckedAt = -Infinity;
  let healthTimer: ReturnType<typeof setTimeout> | null = null;

  const guarded = (work: () => void) => () => {
    try {
      work();
    } catch (error) {
      sink.error(error);
    }
  };
  const checkHealth = () => {
    healthTimer = null;
    healthCheckedAt = Date.now();
    const health = bbbHealth(doc, version);
    const key = JSON.stringify(health);
    if (key === lastHealth) return;
    lastHealth = key;
    sink.health(health);
  };
  const checkHealthSoon = () => {
    if (healthTimer !== null || signal.aborted) return;
    const wait = HEALTH_EVERY_MS - (Date.now() - healthCheckedAt);
    if (wait <= 0) checkHealth();
    else healthTimer = setTimeout(guarded(checkHealth), wait);
  };

  // A busy room changes its DOM many times a second. Reads are coalesced: the first change arms a
  // single timeout and every change until it fires joins the same read (people before chat, as
  // hand order depends on it). Nothing is armed while the room is quiet.
  const dirty = new Set<Concern>();
  let readTimer: ReturnType<typeof setTimeout> | null = null;
  const attached = new Map<SelectorName, { element: Element; controller: AbortController }>();
  /** Rows and messages are looked for in their container when it is known, not in the whole page. */
  const within = (selector: SelectorName): ParentNode => attached.get(selector)?.element ?? doc;
  const readDirty = () => {
    readTimer = null;
    const events: RoomEvent[] = [];
    if (dirty.has('people')) events.push(...reader.readPeople(doc, within('userListPanel'), within('talkingIndicator')));
    if (dirty.has('chat')) events.push(...reader.readChat(within('chatMessages')));
    dirty.clear();
    if (events.length > 0) sink.events(events);
    checkHealthSoon();
  };
  const schedule = (...concerns: Concern[]) => {
    for (const concern of concerns) dirty.add(concern);
    if (readTimer === null && !signal.aborted) readTimer = setTimeout(guarded(readDirty), readDelayMs);
  };
  signal.addEventListener(
    'abort',
    () => {
      if (readTimer !== null) clearTimeout(readTimer);
      if (healthTimer !== null) clearTimeout(healthTimer);
    },
    { once: true },
  );

  // The first batch is the whole current view (a snapshot), sent even when empty.
  sink.events([...reader.readPeople(doc), ...reader.readChat(doc)]);
  checkHealth();

  const attach = () => {
    for (const { selector, concern } of CONTAINERS) {
      const element = queryOne(doc, selector);
      const current = attached.get(selector);
      if (current?.element === element) continue;
      current?.controller.abort();
      attached.delete(selector);
      if (!element) continue;
      const controller = new AbortController();
      signal.addEventListener('abort', () => controller.abort(), { once: true });
      attached.set(selector, { element, controller });
      observeBatched({
        target: element,
        options: WATCH_ALL,
        signal: controller.signal,
        onBatch: (records) => {
          reader.changed(concern, records);
          schedule(concern);
        },
        onError: sink.error,
      });
    }
  };
  attach();
  /** Changes inside a watched container are its own observer's business. */
  const outsideContainers = (record: MutationRecord) => {
    for (const { element } of attached.values()) if (element.contains(record.target)) return false;
    return true;
  };

  if (!doc.body) return;
  observeBatched({
    target: doc.body,
    options: { childList: true, subtree: true },
    signal,
    onError: sink.error,
    onBatch: (all) => {
      const records = all.filter(outsideContainers);
      if (records.length === 0) return;
      // React replaces a container by removing it (ours goes disconnected) or mounts a missing one.
      const mayHaveChanged =
        [...attached.values()].some((entry) => !entry.element.isConnected) ||
        (attached.size < CONTAINERS.length && records.some((record) => record.addedNodes.length > 0));
      let replaced = false;
      if (mayHaveChanged) {
        const before = [...attached.values()].map((entry) => entry.element);
        attach();
        const after = [...attached.values()].map((entry) => entry.element);
        replaced = before.length !== after.length || before.some((element, index) => element !== after[index]);
      }
      if (replaced) schedule('people', 'chat');
      else if (touchesToast(records)) schedule('people');
      // Something outside the watched containers changed: a control a capability needs may have
      // come or gone (a menu opened, a panel closed).
      checkHealthSoon();
    },
  });
}
