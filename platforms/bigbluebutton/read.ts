/**
 * Streams the room as RoomEvents. One MutationObserver per container (user list, nav-bar
 * talking indicator, chat list) plus one on the body's child list that only re-attaches those
 * when React replaces a container and notices the raised-hands toast. Changes are gathered, then
 * read once (see the scheduling below); only the rows and messages they touched are read again.
 * A batch that changes nothing sends nothing; a quiet room costs nothing (no timers).
 */
import type { ReadSink } from '../contract';
import type { RoomEvent } from '../../session/events';
import { asElement, observeBatched } from '../dom/observe';
import { createReadScheduler, READ_PACE } from '../dom/readScheduler';
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

/**
 * Health queries every selector a capability needs: while the room is busy it is checked at most
 * this often (a drift still shows within a second or two), and not at all while it is quiet.
 */
export const HEALTH_EVERY_MS = 1000;

export function readBbb(doc: Document, sink: ReadSink, signal: AbortSignal, version: BbbVersion = bbbVersion(doc) ?? '3.0'): void {
  if (signal.aborted) return;
  const reader = new RoomReader(version, { rememberItems: true });
  let lastHealth = '';
  const checkHealth = () => {
    const health = bbbHealth(doc, version);
    const key = JSON.stringify(health);
    if (key === lastHealth) return;
    lastHealth = key;
    sink.health(health);
  };
  const health = createReadScheduler<'health'>({ read: checkHealth, onError: sink.error, signal, quickMs: 0, busyIntervalMs: HEALTH_EVERY_MS });

  const attached = new Map<SelectorName, { element: Element; controller: AbortController }>();
  /** Rows and messages are looked for in their container when it is known, not in the whole page. */
  const within = (selector: SelectorName): ParentNode => attached.get(selector)?.element ?? doc;
  /** One read of what changed; people before chat, as hand order depends on it. */
  const read = (concerns: ReadonlySet<Concern>) => {
    const events: RoomEvent[] = [];
    if (concerns.has('people')) events.push(...reader.readPeople(doc, { list: within('userListPanel'), talking: within('talkingIndicator'), toast: currentToast() }));
    if (concerns.has('chat')) events.push(...reader.readChat(within('chatMessages')));
    if (events.length > 0) sink.events(events);
    health.schedule('health');
  };
  const reads = createReadScheduler<Concern>({ read, onError: sink.error, signal, ...READ_PACE });
  const schedule = reads.schedule;
  // The raised-hands toast sits at the end of the page: looked for again only when a change
  // touched one (undefined: look at the next read).
  let toast: Element | null | undefined;
  const currentToast = () => {
    if (toast === undefined || (toast !== null && !toast.isConnected)) toast = queryOne(doc, 'raiseHandToast');
    return toast;
  };
  // 2.x keeps only the chat rows in view (react-virtualized, no overscan): a lively chat scrolls a
  // message out before a gathered read would see it, so its few rows are read at every change.
  // 3.0 keeps two pages of 50 and numbers its messages: gathered reads lose nothing there.
  const readsChatAtOnce = version !== '3.0';
  const CHAT_ONLY: ReadonlySet<Concern> = new Set(['chat']);

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
          // observeBatched reports what a read throws to sink.error.
          if (concern === 'chat' && readsChatAtOnce) read(CHAT_ONLY);
          else schedule(concern);
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
      const toastChanged = touchesToast(records);
      if (toastChanged) toast = undefined;
      if (replaced) schedule('people', 'chat');
      else if (toastChanged) schedule('people');
      // Something outside the watched containers changed: a control a capability needs may have
      // come or gone (a menu opened, a panel closed).
      health.schedule('health');
    },
  });
}
