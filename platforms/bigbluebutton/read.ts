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

export function readBbb(doc: Document, sink: ReadSink, signal: AbortSignal, version: BbbVersion = bbbVersion(doc) ?? '3.0'): void {
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
  const read = (concern: Concern) => (concern === 'people' ? reader.readPeople(doc) : reader.readChat(doc));

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
      observeBatched({ target: element, options: WATCH_ALL, signal: controller.signal, onBatch: () => send(read(concern)), onError: sink.error });
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
      if (replaced) send([...reader.readPeople(doc), ...reader.readChat(doc)]);
      else if (touchesToast(records)) send(reader.readPeople(doc));
    },
  });
}
