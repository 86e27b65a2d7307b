import { browser } from 'wxt/browser';
import { ROOM_PORT, type HubToRoom, type HubToRoomWake, type RoomToHub } from '../core/protocol';

type Hello = Extract<RoomToHub, { kind: 'room/hello' }>;
type Batch = Extract<RoomToHub, { kind: 'room/events' }>;
/** The hello as the room gives it; the link adds its run and the count of what it dropped. */
export type RoomHello = Omit<Hello, 'run' | 'dropped'>;
/** A message as the room gives it; the link numbers the batches of events. */
export type RoomMessage = Exclude<RoomToHub, Hello | Batch> | Omit<Batch, 'batch'>;

/** The part of a runtime Port the link uses. */
interface LinkPort {
  postMessage(message: RoomToHub): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface HubLinkOptions {
  /** The hello to send first on every (re)connection. */
  hello(): RoomHello;
  onMessage(message: HubToRoom): void;
  /** The extension was updated or removed under this page: nothing more can be sent. */
  onInvalidated(): void;
  /** Opens a Port to the hub (tests give their own). */
  connectPort?: () => LinkPort;
  /** Most events kept waiting for the hub's acknowledgement (default 20,000). */
  maxUnacknowledged?: number;
}

/** After the connection dropped while batches wait unacknowledged, how long before reconnecting. */
const RECONNECT_MS = 1000;

/**
 * The room's line to the hub. It connects lazily: a quiet room keeps nothing awake. The next
 * message to send reopens it, and the hub can ask for it (HubToRoomWake) when a panel needs this
 * room. Batches of events are numbered and kept until the hub acknowledges them (bounded: the
 * oldest go first, counted in the next hello); each new connection sends them again, and a
 * connection that drops while some wait is reopened by itself.
 */
export function createHubLink(options: HubLinkOptions, signal: AbortSignal) {
  const connectPort = options.connectPort ?? (() => browser.runtime.connect({ name: ROOM_PORT }) as unknown as LinkPort);
  const maxUnacknowledged = options.maxUnacknowledged ?? 20_000;
  const run = crypto.randomUUID();
  const unacknowledged: Batch[] = [];
  let waitingEvents = 0;
  let dropped = 0;
  let lastBatch = 0;
  let port: LinkPort | null = null;
  let invalidated = false;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  function open() {
    if (port || invalidated || signal.aborted) return port;
    if (reconnectTimer) clearTimeout(reconnectTimer);
    reconnectTimer = null;
    try {
      const opened = connectPort();
      opened.onMessage.addListener((message) => receive(message as HubToRoom));
      opened.onDisconnect.addListener(() => {
        if (port !== opened) return;
        port = null;
        if (unacknowledged.length > 0 && !signal.aborted) reconnectTimer ??= setTimeout(open, RECONNECT_MS);
      });
      port = opened;
      opened.postMessage({ ...options.hello(), run, dropped });
      for (const batch of unacknowledged) opened.postMessage(batch);
    } catch {
      // "Extension context invalidated": this content script outlived its extension.
      invalidate();
    }
    return port;
  }

  function receive(message: HubToRoom) {
    if (message.kind !== 'hub/ack') return options.onMessage(message);
    const acknowledged = new Set(message.batches);
    for (let index = unacknowledged.length - 1; index >= 0; index--) {
      if (acknowledged.has(unacknowledged[index]!.batch)) waitingEvents -= unacknowledged.splice(index, 1)[0]!.events.length;
    }
  }

  function invalidate() {
    port = null;
    if (invalidated) return;
    invalidated = true;
    options.onInvalidated();
  }

  function keep(batch: Batch) {
    unacknowledged.push(batch);
    waitingEvents += batch.events.length;
    while (waitingEvents > maxUnacknowledged && unacknowledged.length > 0) {
      const oldest = unacknowledged.shift()!;
      waitingEvents -= oldest.events.length;
      dropped += oldest.events.length;
    }
  }

  function send(message: RoomMessage) {
    const outgoing: RoomToHub = message.kind === 'room/events' ? { ...message, batch: ++lastBatch } : message;
    if (outgoing.kind === 'room/events') keep(outgoing);
    const connected = port;
    // A new connection says hello and sends every unacknowledged batch, this one included.
    const target = open();
    if (!target || (target !== connected && outgoing.kind === 'room/events')) return;
    try {
      target.postMessage(outgoing);
    } catch {
      invalidate();
    }
  }

  const onRuntimeMessage = (message: unknown) => {
    if ((message as Partial<HubToRoomWake> | null)?.kind === 'hub/reconnect') open();
  };
  browser.runtime.onMessage.addListener(onRuntimeMessage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onRuntimeMessage);
    if (reconnectTimer) clearTimeout(reconnectTimer);
    port?.disconnect();
    port = null;
  });

  return { send, connect: open };
}
