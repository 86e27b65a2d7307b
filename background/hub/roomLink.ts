/**
 * The room link: one room tab's Port. A room says hello (its detection) first; the hub then binds
 * the tab to the room's session and handles what the room reads, strictly in arrival order. Each
 * batch of events is acknowledged once stored (or kept for a restarted worker), so the room can
 * send again what a dying connection swallowed; a number already handled is not logged twice.
 */
import type { Detection } from '../../platforms/contract';
import type { HubToRoom, RoomToHub, StorageProblem } from '../../core/protocol';
import { storageProblemOf } from './logWriter';
import type { HubPort } from './ports';
import { accept, current, lastLoggedHealth, rememberChat, type LiveSession } from './liveSession';
import type { SessionRegistry } from './registry';
import { createPacer } from './pacing';
import { inferLeavesFromSnapshot } from './snapshot';

export type RoomPort = HubPort<RoomToHub, HubToRoom>;
type Hello = Extract<RoomToHub, { kind: 'room/hello' }>;
type Batch = Extract<RoomToHub, { kind: 'room/events' }>;

/** When a room's session cannot be opened, how long before trying again. */
const BIND_RETRY_MS = 5_000;
/** Room messages kept while waiting for the session to open (a few minutes of a busy room). */
const MAX_WAITING_MESSAGES = 5_000;
/**
 * The events a room may send: a burst this large (a big room's first snapshot), then this many
 * a second (a 300-person class with a fast chat sends well under 100). Beyond, they are dropped.
 */
const EVENT_BURST = 10_000;
const EVENTS_PER_SECOND = 500;
/** Acknowledgements go to the room at most this often (it runs on the class's main thread). */
const ACK_INTERVAL_MS = 1000;

/**
 * A run of a room script (a page load), across its connections: the last batch number handled,
 * the drops it reported, and when every batch handled so far is stored (or kept).
 */
export interface RoomRun {
  batch: number;
  dropped: number;
  stored: Promise<void>;
}

export interface RoomLinkDeps {
  registry: SessionRegistry;
  now(): number;
  bindRetryMs?: number;
  /** Per run of a room script: the last batch number handled, and the drops it reported. */
  runs: Map<string, RoomRun>;
  /** The tab's session is open: bind the tab to it. */
  bound(tabId: number, session: LiveSession, port: RoomPort): void;
  /** The tab's session cannot be opened (storage): say why, or null once it could. */
  unbound(tabId: number, problem: StorageProblem | null): void;
  /** The room's Port closed. */
  disconnected(tabId: number, port: RoomPort): void;
  command(session: LiveSession, message: Extract<RoomToHub, { kind: 'room/command' }>): void;
  acted(message: Extract<RoomToHub, { kind: 'room/acted' }>): void;
  changed(session: LiveSession): void;
}

export function connectRoom(port: RoomPort, tabId: number, deps: RoomLinkDeps) {
  let queue: Promise<void> = Promise.resolve();
  let session: LiveSession | null = null;
  let hello: Hello | null = null;
  let connected = true;
  /** What arrived while the session could not be opened (storage blocked…), replayed after. */
  const waiting: RoomToHub[] = [];
  /** Events given up before the session opened: counted on it once it does. */
  let droppedUnbound = 0;
  let tokens = EVENT_BURST;
  let refilledAt = deps.now();

  const enqueue = (work: () => Promise<void> | void) => {
    queue = queue.then(work).catch((error: unknown) => console.error('Moderato: room message failed', error));
  };
  const acks: number[] = [];
  const ackPacer = createPacer(deps.now, ACK_INTERVAL_MS);
  const ack = (batch: number) => {
    acks.push(batch);
    ackPacer.run(() => {
      if (!connected || acks.length === 0) return false;
      port.postMessage({ kind: 'hub/ack', batches: acks.splice(0) });
    });
  };

  async function bind() {
    if (!hello || !connected) return;
    try {
      session = await deps.registry.sessionFor(hello.detection);
    } catch (error) {
      // The session's log cannot be opened: say so on this tab's panel, keep what the room
      // sends, and try again a little later.
      deps.unbound(tabId, storageProblemOf(error));
      setTimeout(() => enqueue(bind), deps.bindRetryMs ?? BIND_RETRY_MS);
      return;
    }
    deps.unbound(tabId, null);
    for (const chat of hello.recentChat) rememberChat(session, chat);
    session.dropped += droppedUnbound;
    droppedUnbound = 0;
    deps.bound(tabId, session, port);
    for (const message of waiting.splice(0)) handle(session, message);
  }

  /** How many of `count` events the room may send now; the rest are counted as dropped. */
  function allowed(count: number): number {
    const now = deps.now();
    tokens = Math.min(EVENT_BURST, tokens + ((now - refilledAt) * EVENTS_PER_SECOND) / 1000);
    refilledAt = now;
    const taken = Math.min(count, Math.floor(tokens));
    tokens -= taken;
    return taken;
  }

  function handleBatch(live: LiveSession, message: Batch) {
    const run = deps.runs.get(hello!.run)!;
    // Sent again (a connection dropped before the ack): handled already, but maybe not yet
    // stored, and the room forgets what is acknowledged.
    if (message.batch <= run.batch) return void run.stored.then(() => ack(message.batch));
    run.batch = message.batch;
    const taken = allowed(message.events.length);
    const events = taken < message.events.length ? message.events.slice(0, taken) : message.events;
    if (taken < message.events.length) {
      live.dropped += message.events.length - taken;
      deps.changed(live);
    }
    const incoming = message.snapshot ? [...events, ...inferLeavesFromSnapshot(live.room, events, deps.now())] : events;
    const stored = deps.registry.record(live, accept(live, incoming));
    run.stored = Promise.all([run.stored, stored]).then(() => undefined);
    void stored.then(() => ack(message.batch));
  }

  function handle(bound: LiveSession, message: RoomToHub) {
    const live = current(bound);
    if (message.kind === 'room/events') {
      handleBatch(live, message);
    } else if (message.kind === 'room/health') {
      live.health = message.health;
      // Every (re)connected room reports its health: log it only when it changed.
      if (JSON.stringify(message.health) === JSON.stringify(lastLoggedHealth(live))) deps.changed(live);
      else void deps.registry.record(live, [{ type: 'health.changed', at: deps.now(), health: message.health }]);
    } else if (message.kind === 'room/command') {
      deps.command(live, message);
    } else if (message.kind === 'room/acted') {
      deps.acted(message);
    }
  }

  function greet(message: Hello) {
    hello = message;
    const run = deps.runs.get(message.run) ?? { batch: 0, dropped: 0, stored: Promise.resolve() };
    deps.runs.set(message.run, run);
    const reported = Number.isSafeInteger(message.dropped) ? message.dropped : 0;
    if (reported > run.dropped) {
      if (session) current(session).dropped += reported - run.dropped;
      else droppedUnbound += reported - run.dropped;
      run.dropped = reported;
    }
  }

  port.onMessage.addListener((message) => {
    enqueue(async () => {
      if (message.kind === 'room/hello') {
        greet(message);
        await bind();
      } else if (session) {
        handle(session, message);
      } else if (hello && waiting.length < MAX_WAITING_MESSAGES) {
        waiting.push(message);
      } else if (hello && message.kind === 'room/events') {
        // Too much to wait: counted, and acknowledged so that the room does not send it again.
        droppedUnbound += message.events.length;
        ack(message.batch);
      } // A room must say hello first; anything else is ignored.
    });
  });
  port.onDisconnect.addListener(() => {
    connected = false;
    ackPacer.stop();
    deps.disconnected(tabId, port);
  });
  /** Resolves once every message received so far was handled. */
  return { settled: () => queue };
}
