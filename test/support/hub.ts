import 'fake-indexeddb/auto';
import { createSessionHub, type HubDeps } from '../../background/hub/sessionHub';
import type { HubPort } from '../../background/hub/ports';
import { openModeratoDb } from '../../background/storage/db';
import { createSessionRepository } from '../../background/storage/sessions';
import type { BacklogStore } from '../../background/storage/backlog';
import type { HubToPanel, HubToRoom, PanelToHub, RoomToHub } from '../../core/protocol';
import type { Detection } from '../../platforms/contract';
import type { ParticipantState, TimedRoomEvent } from '../../core/session/events';

/** A Port double: what the hub posts is recorded; `send` plays the other side. */
export function fakePort<Incoming, Outgoing>() {
  const messageListeners: ((message: Incoming) => void)[] = [];
  const disconnectListeners: (() => void)[] = [];
  const posted: Outgoing[] = [];
  const port: HubPort<Incoming, Outgoing> = {
    postMessage: (message) => void posted.push(message),
    onMessage: { addListener: (listener) => void messageListeners.push(listener) },
    onDisconnect: { addListener: (listener) => void disconnectListeners.push(listener) },
  };
  return {
    port,
    posted,
    send: (message: Incoming) => messageListeners.forEach((listener) => listener(message)),
    disconnect: () => disconnectListeners.forEach((listener) => listener()),
    last: () => posted[posted.length - 1],
  };
}

/**
 * The hub's pacing and retries run on fake timers; IndexedDB (fake-indexeddb, on setImmediate)
 * keeps running for real, so its promises settle while the fake clock stands still.
 */
export function useHubClock(start = 5000) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(start);
}

export const detection: Detection = {
  platform: 'bigbluebutton',
  version: '3.0',
  isModerator: true,
  roomKey: 'http://127.0.0.1|Classe de 4e B',
  roomTitle: 'Classe de 4e B',
};

export function person(id: string, name = id): ParticipantState {
  return { id, name, role: 'viewer', presenter: false, you: false, handRaised: false, talking: false, muted: null, webcam: false };
}
export const joined = (id: string, at = 1): TimedRoomEvent => ({ type: 'participant.joined', participant: person(id), at });
export const count = (n: number, at = 1): TimedRoomEvent => ({ type: 'participants.count', count: n, at });
export const chat = (id: string, text: string, at = 1): TimedRoomEvent => ({
  type: 'chat.message',
  message: { id, sender: 'Léa', shownTime: '10:00', text, system: false },
  at,
});

/** A backlog store in memory, shared by the hubs of a test as chrome.storage.session is by workers. */
export function memoryBacklog(): BacklogStore {
  const kept = new Map<string, unknown[]>();
  return {
    ids: async () => [...kept.keys()],
    load: async (sessionId) => structuredClone(kept.get(sessionId) ?? []) as never,
    save: async (sessionId, events) => void (events.length ? kept.set(sessionId, structuredClone(events)) : kept.delete(sessionId)),
  };
}

let dbCount = 0;
/** A fresh database, and hubs on it (two hubs on one database: a worker that restarted). */
export function hubTestBed(overrides: Partial<HubDeps> = {}) {
  const repository = openModeratoDb(`hub-${++dbCount}`).then(createSessionRepository);
  const woken: number[] = [];
  const makeHub = (more: Partial<HubDeps> = {}) =>
    createSessionHub({ repository: () => repository, now: () => Date.now(), wakeRoom: (id) => void woken.push(id), pushDelayMs: 0, ...overrides, ...more });
  return { makeHub, repository, woken };
}

export type TestHub = ReturnType<typeof createSessionHub>;

let runCount = 0;
/** A room script's Port: says hello, then `events` sends numbered batches as the room link does. */
export function connectRoom(hub: TestHub, tabId: number, hello: Partial<Extract<RoomToHub, { kind: 'room/hello' }>> = {}) {
  const room = fakePort<RoomToHub, HubToRoom>();
  hub.connectRoom(room.port, tabId);
  room.send({ kind: 'room/hello', detection, recentChat: [], run: `run-${++runCount}`, dropped: 0, ...hello });
  let batch = 0;
  return { ...room, events: (events: TimedRoomEvent[], snapshot = false) => room.send({ kind: 'room/events', events, snapshot, batch: ++batch }) };
}

export function connectPanel(hub: TestHub, tabId: number) {
  const panel = fakePort<PanelToHub, HubToPanel>();
  hub.connectPanel(panel.port);
  panel.send({ kind: 'panel/watch', tabId });
  return panel;
}

/** Lets the hub finish what it was sent: rooms' messages handled, writes stored, pushes sent. */
export async function settleHub(hub: TestHub) {
  await hub.flush();
  await vi.advanceTimersByTimeAsync(0);
}

/** The newest state pushed to a fake room or panel port. */
export function overlayOf(room: { posted: HubToRoom[] }) {
  const pushed = room.posted.filter((m) => m.kind === 'hub/overlay');
  return pushed[pushed.length - 1]?.state;
}
export function panelOf(panel: { posted: HubToPanel[] }) {
  const pushed = panel.posted.filter((m) => m.kind === 'hub/panel');
  return pushed[pushed.length - 1]!.state;
}
