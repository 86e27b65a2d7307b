/**
 * Streams a 4.0 room as RoomEvents, like read.ts does for 2.x/3.0 (one observer per container,
 * gathered reads, nothing while quiet), with 4.0's containers: the participants panel and the chat
 * list, each only while the side panel shows it, and the nav bar's talking indicator. Nothing is
 * opened to read: while the participants are closed, nobody is marked gone and hands stay as last
 * seen (health says hidden); when they open again, the reader settles what changed.
 */
import type { ReadSink } from '../../contract';
import type { RoomEvent } from '../../../core/session/events';
import { watchContainers, type ContainerWatch } from '../../dom/containers';
import { observeBatched } from '../../dom/observe';
import { createReadScheduler, READ_PACE } from '../../dom/readScheduler';
import { HEALTH_EVERY_MS } from '../read';
import { RoomReader } from '../roomReader';
import { bbb40Health } from './health';
import { PEOPLE_VIEW_40 } from './people';
import { SELECTORS_40 } from './selectors';

const WATCH_ALL: MutationObserverInit = { childList: true, subtree: true, attributes: true, characterData: true };

type Concern = 'people' | 'chat';
type ContainerKey = 'userListPanel' | 'talkingIndicator' | 'chatMessages';

const CONCERN_OF: Record<ContainerKey, Concern> = { userListPanel: 'people', talkingIndicator: 'people', chatMessages: 'chat' };
const CONTAINER_SELECTORS: Record<ContainerKey, string> = {
  userListPanel: SELECTORS_40.userListPanel.css,
  talkingIndicator: SELECTORS_40.talkingIndicator.css,
  chatMessages: SELECTORS_40.chatMessages.css,
};

export function readBbb40(doc: Document, sink: ReadSink, signal: AbortSignal): void {
  if (signal.aborted) return;
  // 4.0's chat items are 3.0's (chatMessageItem, data-sequence, last two pages of 50).
  const reader = new RoomReader('3.0', { rememberItems: true, view: PEOPLE_VIEW_40 });
  let lastHealth = '';
  const checkHealth = () => {
    const health = bbb40Health(doc);
    const key = JSON.stringify(health);
    if (key === lastHealth) return;
    lastHealth = key;
    sink.health(health);
  };
  const health = createReadScheduler<'health'>({ read: checkHealth, onError: sink.error, signal, quickMs: 0, busyIntervalMs: HEALTH_EVERY_MS });

  let containers: ContainerWatch<ContainerKey> | null = null;
  const within = (key: ContainerKey): ParentNode => containers?.element(key) ?? doc;
  const read = (concerns: ReadonlySet<Concern>) => {
    const events: RoomEvent[] = [];
    // A closed panel is no list: `doc` then holds no rows, and the view reads none.
    if (concerns.has('people')) events.push(...reader.readPeople(doc, { list: within('userListPanel'), talking: within('talkingIndicator'), toast: null }));
    if (concerns.has('chat') && containers?.element('chatMessages')) events.push(...reader.readChat(within('chatMessages')));
    if (events.length > 0) sink.events(events);
    health.schedule('health');
  };
  const reads = createReadScheduler<Concern>({ read, onError: sink.error, signal, ...READ_PACE });

  sink.events([...reader.readPeople(doc, { toast: null }), ...reader.readChat(doc)]);
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
        options: WATCH_ALL,
        signal: attachment,
        onError: sink.error,
        onBatch: (records) => {
          reader.changed(concern, records);
          reads.schedule(concern);
        },
      });
    },
    onChange: (keys) => {
      if (keys.includes('chatMessages')) reader.chatListChanged();
      reads.schedule(...new Set(keys.map((key) => CONCERN_OF[key])));
    },
    // The rail switched panels, or the lock dialog opened: health may change.
    onOutside: () => health.schedule('health'),
  });
}
