import type { Capability, CapabilityHealth, Detection, PlatformAdapter, ReadSink } from '../platforms/contract';
import type { ChatMessage, RoomEvent, TimedRoomEvent } from '../core/session/events';
import type { HubToRoom } from '../core/protocol';
import { capRoomEvent } from '../core/session/limits';
import type { RoomHello, RoomMessage } from './hubLink';

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
  connect(hello: () => RoomHello): { send(message: RoomMessage): void };
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

  let lastHealth: CapabilityHealth[] = [];
  /**
   * The adapter met a page it did not expect. Nothing is thrown at the room page: every
   * capability it reported turns "degraded" with the reason, so the moderator sees it and the
   * actions fall back to guided steps.
   */
  const readingFailed = (error: unknown) => {
    const reason = `reading failed: ${error instanceof Error ? error.message : String(error)}`;
    const capabilities: Capability[] = lastHealth.length ? lastHealth.map((entry) => entry.capability) : ['participants', 'chat'];
    lastHealth = capabilities.map((capability) => ({ capability, status: 'degraded', method: 'known-selectors', detail: reason }));
    link.send({ kind: 'room/health', health: lastHealth });
  };

  try {
    adapter.read(doc, sink(), signal);
  } catch (error) {
    readingFailed(error);
  }

  function sink(): ReadSink {
    return {
      events(read: RoomEvent[]) {
        if (read.length === 0 && snapshotSent) return;
        // The one place a page's readings become session events: names and texts are bounded here.
        const events = read.map(capRoomEvent);
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
        lastHealth = health;
        link.send({ kind: 'room/health', health });
      },
      error: readingFailed,
    };
  }

  /** Performs what the hub asks on the page and reports the verified outcome. */
  async function handle(message: HubToRoom) {
    if (message.kind !== 'hub/act') return;
    const result = await adapter.act(doc, message.action).catch(
      (error: unknown) => ({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }) as const,
    );
    link.send({ kind: 'room/acted', requestId: message.requestId, result });
  }

  return {
    handle,
    send: (message: RoomMessage) => link.send(message),
    /** Events read elsewhere than the page (the server's record): stamped now, never a snapshot. */
    sendEvents: (events: RoomEvent[]) => link.send({ kind: 'room/events', events: events.map((event) => ({ ...event, at: now() }) as TimedRoomEvent), snapshot: false }),
  };
}
