/**
 * Streams the room as RoomEvents. One MutationObserver per container (user list, nav-bar
 * talking indicator, chat list) plus one on the body's child list that only re-attaches those
 * when React replaces a container and notices the raised-hands toast. Each observer callback is
 * one batch; a batch that changes nothing sends nothing; a quiet room costs nothing (no timers).
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

export function readBbb(
  doc: Document,
  sink: ReadSink,
  signal: AbortSignal,
  version: BbbVersion = bbbVersion(doc) ?? '3.0',
  readDelayMs = READ_DELAY_MS,
): void {
  if (signal.aborted) return;
  const reader = new RoomReader(version);
  let lastHealth = '';

  const sendHealth = () => {
    const health = bbbHealth(doc, version);
    const key = JSON.stringify(health);
    if (key === lastHealth) return;
    lastHealth = key;
    sink.health(health);
  };
  const send = (events: RoomEvent[]) => {
    if (events.length > 0) sink.events(events);
    sendHealth();
  };
  // A busy room changes its DOM many times a second. Reads are coalesced: the first change arms a
  // single timeout and every change until it fires joins the same read (people before chat, as
  // hand order depends on it). Nothing is armed while the room is quiet.
  const dirty = new Set<Concern>();
  let readTimer: ReturnType<typeof setTimeout> | null = null;
  const readDirty = () => {
    readTimer = null;
    const events: RoomEvent[] = [];
    if (dirty.has('people')) events.push(...reader.readPeople(doc));
    if (dirty.has('chat')) events.push(...reader.readChat(doc));
    dirty.clear();
    send(events);
  };
  const schedule = (...concerns: Concern[]) => {
    for (const concern of concerns) dirty.add(concern);
    if (readTimer === null && !signal.aborted) readTimer = setTimeout(guarded(readDirty), readDelayMs);
  };
  const guarded = (work: () => void) => () => {
    try {
      work();
    } catch (error) {
      sink.error(error);
    }
  };
  signal.addEventListener('abort', () => readTimer !== null && clearTimeout(readTimer), { once: true });

  // The first batch is the whole current view (a snapshot), sent even when empty.
  sink.events([...reader.readPeople(doc), ...reader.readChat(doc)]);
  sendHealth();

  const attached = new Map<SelectorName, { element: Element; controller: AbortController }>();
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
      observeBatched({ target: element, options: WATCH_ALL, signal: controller.signal, onBatch: () => schedule(concern), onError: sink.error });
    }
  };
  attach();

  if (!doc.body) return;
  observeBatched({
    target: doc.body,
    options: { childList: true, subtree: true },
    signal,
    onError: sink.error,
    onBatch: (records) => {
      const before = [...attached.values()].map((entry) => entry.element);
      attach();
      const after = [...attached.values()].map((entry) => entry.element);
      const replaced = before.length !== after.length || before.some((element, index) => element !== after[index]);
      if (replaced) schedule('people', 'chat');
      else if (touchesToast(records)) schedule('people');
    },
  });
}
