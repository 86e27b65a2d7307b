/**
 * Streams a BigBlueButton room as RoomEvents. One MutationObserver per container (user list,
 * nav-bar talking indicator, chat list, and on 2.x/3.0 the toasts' root for the raised-hands
 * toast); the containers are held through the ways to them (dom/containers.ts), so while they are
 * all there nothing observes the whole page. Changes are gathered, then read once (see the
 * scheduling below); only the rows they touched and the messages they added are read again.
 * A batch that changes nothing sends nothing; a quiet room costs nothing (no timers).
 * `readRoom` is that skeleton for every version; 4.0 (v40/read.ts) passes its own view and health.
 */
import type { CapabilityHealth, ReadSink } from '../contract';
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

type ListKey = 'userListPanel' | 'talkingIndicator' | 'chatMessages';
type ContainerKey = ListKey | 'toastHost';

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

/** What differs between versions; the read skeleton is the same. */
export interface RoomReadSpec {
  reader: RoomReader;
  health: (doc: Document) => CapabilityHealth[];
  /** The CSS of the user-list panel, the talking indicator and the chat list. */
  containers: Record<ListKey, string>;
  /** 2.x/3.0 show raised hands in a toast too (watched in the toasts' root); 4.0 has none. */
  toast: boolean;
  /** Read the chat at every change rather than gathered (see readBbb). */
  readsChatAtOnce: boolean;
  /**
   * Read the chat only while its list is there (4.0: a closed panel is no list, and the whole
   * page then holds no messages); otherwise the page is read when the list is not found.
   */
  chatOnlyInList: boolean;
}

export function readBbb(doc: Document, sink: ReadSink, signal: AbortSignal, version: BbbVersion = bbbVersion(doc) ?? '3.0'): void {
  readRoom(doc, sink, signal, {
    reader: new RoomReader(version, { rememberItems: true }),
    health: (page) => bbbHealth(page, version),
    containers: {
      userListPanel: SELECTORS.userListPanel.css,
      talkingIndicator: SELECTORS.talkingIndicator.css,
      chatMessages: SELECTORS.chatMessages.css,
    },
    toast: true,
    // 2.x keeps only the chat rows in view (react-virtualized, no overscan): a lively chat scrolls a
    // message out before a gathered read would see it, so its few rows are read at every change.
    // 3.0 keeps two pages of 50 and numbers its messages: gathered reads lose nothing there.
    readsChatAtOnce: version !== '3.0',
    chatOnlyInList: false,
  });
}

export function readRoom(doc: Document, sink: ReadSink, signal: AbortSignal, spec: RoomReadSpec): void {
  if (signal.aborted) return;
  const { reader } = spec;
  let lastHealth = '';
  const checkHealth = () => {
    const health = spec.health(doc);
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
    if (concerns.has('chat') && (!spec.chatOnlyInList || containers?.element('chatMessages'))) events.push(...reader.readChat(within('chatMessages')));
    if (events.length > 0) sink.events(events);
    health.schedule('health');
  };
  const reads = createReadScheduler<Concern>({ read, onError: sink.error, signal, ...READ_PACE });
  const schedule = reads.schedule;
  // The raised-hands toast, in the toasts' root: looked for again only when a change touched one
  // (undefined: look at the next read). Null for good where the version has no toast.
  let toast: Element | null | undefined = spec.toast ? undefined : null;
  const currentToast = () => {
    if (!spec.toast) return null;
    if (toast === undefined || (toast !== null && !toast.isConnected)) toast = queryOne(within('toastHost'), 'raiseHandToast');
    return toast;
  };
  const CHAT_ONLY: ReadonlySet<Concern> = new Set(['chat']);

  // The first batch is the whole current view (a snapshot), sent even when empty.
  sink.events([...reader.readPeople(doc, { toast: spec.toast ? undefined : null }), ...reader.readChat(doc)]);
  checkHealth();

  // watchContainers watches the keys it is given: without a toast, no toasts' root.
  const selectors = (spec.toast ? { ...spec.containers, toastHost: TOAST_HOST } : spec.containers) as Record<ContainerKey, string>;
  containers = watchContainers<ContainerKey>({
    doc,
    selectors,
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
          if (concern === 'chat' && spec.readsChatAtOnce) read(CHAT_ONLY);
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
    // come or gone (a menu opened, a panel closed, 4.0's rail switched panels).
    onOutside: () => health.schedule('health'),
  });
}
