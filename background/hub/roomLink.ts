/**
 * The room link: one room tab's Port. A room says hello (its detection) first; the hub then binds
 * the tab to the room's session and handles what the room reads, strictly in arrival order.
 */
import type { Detection } from '../../platforms/contract';
import type { HubToRoom, RoomToHub, StorageProblem } from '../../core/protocol';
import { storageProblemOf } from './logWriter';
import type { HubPort } from './ports';
import { accept, lastLoggedHealth, rememberChat, type LiveSession, type SessionRegistry } from './registry';
import { inferLeavesFromSnapshot } from './snapshot';

export type RoomPort = HubPort<RoomToHub, HubToRoom>;

/** When a room's session cannot be opened, how long before trying again. */
const BIND_RETRY_MS = 5_000;
/** Room messages kept while waiting for the session to open (a few minutes of a busy room). */
const MAX_WAITING_MESSAGES = 5_000;

export interface RoomLinkDeps {
  registry: SessionRegistry;
  now(): number;
  bindRetryMs?: number;
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
  let hello: { detection: Detection; recentChat: Extract<RoomToHub, { kind: 'room/hello' }>['recentChat'] } | null = null;
  let connected = true;
  /** What arrived while the session could not be opened (storage blocked…), replayed after. */
  const waiting: RoomToHub[] = [];

  const enqueue = (work: () => Promise<void> | void) => {
    queue = queue.then(work).catch((error: unknown) => console.error('Moderato: room message failed', error));
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
    deps.bound(tabId, session, port);
    for (const message of waiting.splice(0)) handle(session, message);
  }

  function handle(current: LiveSession, message: RoomToHub) {
    if (message.kind === 'room/events') {
      const { events } = message;
      const incoming = message.snapshot ? [...events, ...inferLeavesFromSnapshot(current.room, events, deps.now())] : events;
      deps.registry.record(current, accept(current, incoming));
    } else if (message.kind === 'room/health') {
      current.health = message.health;
      // Every (re)connected room reports its health: log it only when it changed.
      if (JSON.stringify(message.health) === JSON.stringify(lastLoggedHealth(current))) deps.changed(current);
      else deps.registry.record(current, [{ type: 'health.changed', at: deps.now(), health: message.health }]);
    } else if (message.kind === 'room/command') {
      deps.command(current, message);
    } else if (message.kind === 'room/acted') {
      deps.acted(message);
    }
  }

  port.onMessage.addListener((message) => {
    enqueue(async () => {
      if (message.kind === 'room/hello') {
        hello = message;
        await bind();
      } else if (session) {
        handle(session, message);
      } else if (hello && waiting.length < MAX_WAITING_MESSAGES) {
        waiting.push(message);
      } // A room must say hello first; anything else is ignored.
    });
  });
  port.onDisconnect.addListener(() => {
    connected = false;
    deps.disconnected(tabId, port);
  });
  /** Resolves once every message received so far was handled. */
  return { settled: () => queue };
}
