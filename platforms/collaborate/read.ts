/**
 * Streams a Collaborate room as RoomEvents. Collaborate destroys and recreates its panels (the
 * chat history when the panel closes or the channel changes), so one MutationObserver watches the
 * room's body; its changes are gathered and read at the shared pace (READ_PACE), each read diffed
 * against the last: a read that changes nothing sends nothing, and a quiet room costs nothing.
 */
import type { ReadSink } from '../contract';
import { observeBatched } from '../dom/observe';
import { createReadScheduler, READ_PACE } from '../dom/readScheduler';
import { collaborateHealth } from './health';
import { readChat, readPeople } from './reading';
import { CollaborateRoomReader } from './roomReader';

const WATCH: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'aria-label', 'aria-checked', 'hidden'],
};

export function readCollaborate(doc: Document, sink: ReadSink, signal: AbortSignal): void {
  if (signal.aborted) return;
  const reader = new CollaborateRoomReader();
  let lastHealth = '';

  const readOnce = (first: boolean) => {
    const people = readPeople(doc);
    const chat = readChat(doc);
    const events = [...reader.people(people), ...reader.chat(chat)];
    // The first batch is the whole current view, sent even when empty.
    if (first || events.length > 0) sink.events(events);
    const health = collaborateHealth(doc, people, chat);
    const key = JSON.stringify(health);
    if (key !== lastHealth) {
      lastHealth = key;
      sink.health(health);
    }
  };

  try {
    readOnce(true);
  } catch (error) {
    sink.error(error);
  }
  const target = doc.body ?? doc.documentElement;
  if (!target) return;
  const reads = createReadScheduler<'page'>({ read: () => readOnce(false), onError: sink.error, signal, ...READ_PACE });
  observeBatched({ target, options: WATCH, signal, onError: sink.error, onBatch: () => reads.schedule('page') });
}
