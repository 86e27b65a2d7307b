/**
 * Streams the room as RoomEvents. One MutationObserver per container (user list, nav-bar
 * talking indicator, chat list, and the toasts' root for the raised-hands toast); the containers
 * are held through the ways to them (dom/containers.ts), so while they are all there nothing
 * observes the whole page. Changes are gathered, then
 * read once (see the scheduling below); only the rows they touched and the messages they added are read again.
 * A batch that changes nothing sends nothing; a quiet room costs nothing (no timers).
 */
import type { ReadSink } from '../contract';
import type { RoomEvent } from '../../core/session/events';
import { watchContainers, type ContainerWatch } from '../dom/containers';
import { asElement, observeBatched } from '../dom/observe';
import { createReadScheduler, READ_PACE } from '../dom/readScheduler';
import { bbbVersion } from './detect';
import { bbbHealth } from './health';
import { RoomReader } from './roomReader';
import { queryOne, SELECTORS } from './selectors';
import type { BbbVersion } from './version';

const WATCH_ALL: MutationObserverInit = { childList: true, subtree: true, attributes: true, characterData: true };

type Concern = 'people' | 'chat';

type ContainerKey = 'userListPanel' | 'talkingIndicator' | 'chatMessages' | 'toastHost';

/** What a change inside each container concerns; the toasts' root only matters for the hands toast. */
const CONCERN_OF: Record<ContainerKey, Concern | 'toast'> = {
  userListPanel: 'people',
  talkingIndicator: 'people',
  chatMessages: 'chat',
  toastHost: 'toast',
};

const TOAST = '.raiseHandToast';
/** react-toastify's root, where BBB mounts its toasts, the raised-hands one among them. */
const TOAST_HOST = '.Toastify';

const CONTAINER_SELECTORS: Record<ContainerKey, string> = {
  userListPanel: SELECTORS.userListPanel.css,
  talkingIndicator: SELECTORS.talkingIndicator.css,
  chatMessages: SELECTORS.chatMessages.css,
  toastHost: TOAST_HOST,
};

/** Whether a batch of the toasts' root shows the raised-hands toast appearing, changing or going. */
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

  let containers: ContainerWatch<ContainerKey> | null = null;
  /** Rows and messages are looked for in their container when it is known, not in the whole page. */
  const within = (key: ContainerKey): ParentNode => containers?.element(key) ?? doc;
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
  // The raised-hands toast, in the toasts' root: looked for again only when a change touched one
  // (undefined: look at the next read).
  let toast: Element | null | undefined;
  const currentToast = () => {
    if (toast === undefined || (toast !== null && !toast.isConnected)) toast = queryOne(within('toastHost'), 'raiseHandToast');
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

  containers = watchContainers<ContainerKey>({
    doc,
    selectors: CONTAINER_SELECTORS,
    signal,
    onError: sink.error,
    onAttach: (key, element, attachment) => {
      const concern = CONCERN_OF[key];
      observeBatched({
        target: element,
        options: concern === 'toast' ? { childList: true, subtree: true } : WATCH_ALL,
        signal: attachment,
        onError: sink.error,
        onBatch: (records) => {
          if (concern === 'toast') {
            if (touchesToast(records)) {
              toast = undefined;
              schedule('people');
            }
            return;
          }
          reader.changed(concern, records);
          // observeBatched reports what a read throws to sink.error.
          if (concern === 'chat' && readsChatAtOnce) read(CHAT_ONLY);
          else schedule(concern);
        },
      });
    },
    // A container found, replaced or lost: read what it holds (or no longer holds).
    onChange: (keys) => {
      if (keys.includes('toastHost')) toast = undefined;
      if (keys.includes('chatMessages')) reader.chatListChanged();
      schedule(...new Set(keys.map((key): Concern => (CONCERN_OF[key] === 'chat' ? 'chat' : 'people'))));
    },
    // Something outside the watched containers changed: a control a capability needs may have
    // come or gone (a menu opened, a panel closed).
    onOutside: () => health.schedule('health'),
  });
}
