import type { Detection, PlatformAdapter } from '../platforms/contract';
import type { ChatMessage, RoomEvent, TimedRoomEvent } from '../session/events';
import type { HubToRoom, RoomToHub } from '../messaging/protocol';

/** How many recent chat messages the room keeps to refill a hub that restarted. */
const RECENT_CHAT = 20;

export interface RoomRunOptions {
  doc: Document;
  adapter: PlatformAdapter;
  detection: Detection;
  /**
   * Opens the line to the hub (see hubLink.ts) given the hello to send on every (re)connection;
   * injected so this runs in tests without a browser.
   */
  connect(hello: () => RoomToHub): { send(message: RoomToHub): void };
  now(): number;
  signal: AbortSignal;
}

/**
 * Streams what the adapter reads to the hub: the first batch is the reader's full view of the
 * page (a snapshot, so the hub can reconcile after a reload), later batches are changes.
 */
export function runRoom({ doc, adapter, detection, connect, now, signal }: RoomRunOptions) {
  const recentChat: ChatMessage[] = [];
  let snapshotSent = false;

  const link = connect(() => ({ kind: 'room/hello', detection, recentChat: [...recentChat] }));

  adapter.read(
    doc,
    {
      events(events: RoomEvent[]) {
        if (events.length === 0 && snapshotSent) return;
        const at = now();
        for (const event of events) {
          if (event.type !== 'chat.message') continue;
          recentChat.push(event.message);
          if (recentChat.length > RECENT_CHAT) recentChat.shift();
        }
        const timed = events.map((event) => ({ ...event, at }) as TimedRoomEvent);
        link.send({ kind: 'room/events', events: timed, snapshot: !snapshotSent });
        snapshotSent = true;
      },
      health(health) {
        link.send({ kind: 'room/health', health });
      },
    },
    signal,
  );

  /** Performs what the hub asks on the page and reports the verified outcome. */
  async function handle(message: HubToRoom) {
    if (message.kind !== 'hub/act') return;
    const result = await adapter.act(doc, message.action).catch(
      (error: unknown) => ({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }) as const,
    );
    link.send({ kind: 'room/acted', requestId: message.requestId, result });
  }

  return { handle, send: (message: RoomToHub) => link.send(message) };
}
