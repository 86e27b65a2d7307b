/**
 * Chat ids leave the room page keyed. Adapters name a message by an unkeyed digest of what it shows
 * (sender, time, text, occurrence), which is enough to tell messages apart in the page but, stored
 * beside the sender, time and length, would let a short message be found back by brute force.
 * Before any event reaches the hub, each id becomes a keyed digest of itself (core/session/roomKey):
 * the same message still gets the same id (the hub de-duplicates on it after a reload), and
 * nobody without this browser's secret can test a guess against it.
 */
import type { PlatformAdapter, ReadSink } from '../platforms/contract';
import type { RoomEvent } from '../core/session/events';
import { keyedDigest } from '../core/session/roomKey';

/** Ids already keyed, so a message re-read at every change is hashed once (bounded). */
const MAX_REMEMBERED = 5_000;

export function keyedChatIds(adapter: PlatformAdapter, secret: Uint8Array): PlatformAdapter {
  return {
    ...adapter,
    read(doc, sink, signal) {
      const known = new Map<string, string>();
      const keyed = async (id: string) => {
        let done = known.get(id);
        if (done === undefined) {
          done = `m:${await keyedDigest(secret, id)}`;
          if (known.size >= MAX_REMEMBERED) known.clear();
          known.set(id, done);
        }
        return done;
      };
      const rekey = (events: RoomEvent[]) =>
        Promise.all(events.map(async (event) => (event.type === 'chat.message' ? { ...event, message: { ...event.message, id: await keyed(event.message.id) } } : event)));
      // One queue for everything the adapter says, so batches, health and errors keep their order.
      let queue: Promise<void> = Promise.resolve();
      const inOrder = (step: () => void | Promise<void>) => {
        queue = queue.then(step).catch((error: unknown) => sink.error(error));
      };
      const ordered: ReadSink = {
        events: (events) => inOrder(async () => sink.events(await rekey(events))),
        health: (health) => inOrder(() => sink.health(health)),
        error: (error) => inOrder(() => sink.error(error)),
      };
      adapter.read(doc, ordered, signal);
    },
  };
}
