import 'fake-indexeddb/auto';
import { createSessionHub } from './sessionHub';
import { fakePort } from '../../test/support/hub';
import { openModeratoDb } from '../storage/db';
import { createSessionRepository } from '../storage/sessions';
import type { HubToPanel, HubToRoom, PanelToHub, RoomToHub } from '../../core/protocol';
import type { Detection } from '../../platforms/contract';
import type { ParticipantState, TimedRoomEvent } from '../../core/session/events';

const detection: Detection = {
  platform: 'bigbluebutton',
  version: '3.0',
  isModerator: true,
  roomKey: 'http://127.0.0.1|Classe de 4e B',
  roomTitle: 'Classe de 4e B',
};

function person(id: string, name = id): ParticipantState {
  return { id, name, role: 'viewer', presenter: false, you: false, handRaised: false, talking: false, muted: null, webcam: false };
}
const joined = (id: string, at = 1): TimedRoomEvent => ({ type: 'participant.joined', participant: person(id), at });
const count = (n: number, at = 1): TimedRoomEvent => ({ type: 'participants.count', count: n, at });
const chat = (id: string, text: string, at = 1): TimedRoomEvent => ({
  type: 'chat.message',
  message: { id, sender: 'Léa', shownTime: '10:00', text, system: false },
  at,
});

let dbCount = 0;
function setup() {
  const dbName = `hub-${++dbCount}`;
  const repository = openModeratoDb(dbName).then(createSessionRepository);
  const woken: number[] = [];
  const makeHub = () =>
    createSessionHub({ repository: () => repository, now: () => 5000, wakeRoom: (id) => void woken.push(id), pushDelayMs: 0 });
  return { makeHub, repository, woken };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
/** Retries an assertion until it holds: the hub answers through promise chains and timers. */
const eventually = (assertion: () => unknown) => vi.waitFor(assertion, { timeout: 3000, interval: 10 });

/** The newest state pushed to a fake room or panel port. */
function overlayOf(room: { posted: HubToRoom[] }) {
  const pushed = room.posted.filter((m) => m.kind === 'hub/overlay');
  return pushed[pushed.length - 1]?.state;
}
function panelOf(panel: { posted: HubToPanel[] }) {
  const pushed = panel.posted.filter((m) => m.kind === 'hub/panel');
  return pushed[pushed.length - 1]!.state;
}

function connectRoom(hub: ReturnType<typeof createSessionHub>, tabId: number) {
  const room = fakePort<RoomToHub, HubToRoom>();
  hub.connectRoom(room.port, tabId);
  room.send({ kind: 'room/hello', detection, recentChat: [] });
  return room;
}

function connectPanel(hub: ReturnType<typeof createSessionHub>, tabId: number) {
  const panel = fakePort<PanelToHub, HubToPanel>();
  hub.connectPanel(panel.port);
  panel.send({ kind: 'panel/watch', tabId });
  return panel;
}

describe('session hub', () => {
  it('tells the overlay which capabilities stopped finding anything, and when they work again', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 7);
    room.send({ kind: 'room/events', events: [joined('a')], snapshot: true });
    room.send({ kind: 'room/health', health: [{ capability: 'chat', status: 'works', method: 'taught' }, { capability: 'muteAll', status: 'manual', method: 'manual' }] });
    await eventually(() => expect(overlayOf(room)?.lost).toEqual([]));
    room.send({ kind: 'room/health', health: [{ capability: 'chat', status: 'degraded', method: 'taught', detail: 'chatMessage finds no element' }, { capability: 'muteAll', status: 'manual', method: 'manual' }] });
    await eventually(() => expect(overlayOf(room)?.lost).toEqual(['chat']));
    room.send({ kind: 'room/health', health: [{ capability: 'chat', status: 'works', method: 'taught' }] });
    await eventually(() => expect(overlayOf(room)?.lost).toEqual([]));
  });

  it('pushes the room count and chat to the overlay and to the panel of that tab', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 7);
    const panel = connectPanel(hub, 7);
    room.send({ kind: 'room/events', events: [joined('a'), joined('b'), count(2), chat('m1', 'Bonjour')], snapshot: true });
    await settle();
    await eventually(() => expect(overlayOf(room)?.participantCount).toBe(2));
    expect(overlayOf(room)?.lastChat.map((m) => m.text)).toEqual(['Bonjour']);
    const state = panelOf(panel);
    expect(state.room?.roomTitle).toBe('Classe de 4e B');
    expect(state.connected).toBe(true);
    expect(state.participants.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(state.chatTotal).toBe(1);
  });

  it('stores the log without chat text', async () => {
    const { makeHub, repository } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 1);
    room.send({ kind: 'room/events', events: [chat('m1', 'mon numéro est 06…')], snapshot: true });
    await settle();
    await hub.flush();
    const repo = await repository;
    const session = await repo.findResumable(detection.roomKey, 5000);
    const stored = await repo.events(session!.id);
    expect(stored.map((e) => e.type)).toEqual(['session.started', 'chat.message']);
    expect(JSON.stringify(stored)).not.toContain('mon numéro');
  });

  it('does not count a chat message twice when the room sends it again', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 1);
    const panel = connectPanel(hub, 1);
    room.send({ kind: 'room/events', events: [chat('m1', 'a'), chat('m2', 'b')], snapshot: true });
    room.send({ kind: 'room/events', events: [chat('m2', 'b'), chat('m3', 'c')], snapshot: false });
    await settle();
    await eventually(() => expect(panelOf(panel).chatTotal).toBe(3));
  });

  it('rebuilds the session from IndexedDB after the worker restarts', async () => {
    const { makeHub, woken } = setup();
    const first = makeHub();
    const room = connectRoom(first, 3);
    room.send({ kind: 'room/events', events: [joined('a'), joined('b'), joined('c'), count(3), chat('m1', 'salut')], snapshot: true });
    await settle();
    await first.flush();

    const restarted = makeHub();
    const panel = connectPanel(restarted, 3);
    expect(panelOf(panel).room).toBeNull();
    expect(woken).toEqual([3]);
    // The room answers the wake-up: same tab, same room, its reader is still running (no snapshot).
    const again = fakePort<RoomToHub, HubToRoom>();
    restarted.connectRoom(again.port, 3);
    again.send({ kind: 'room/hello', detection, recentChat: [{ id: 'm1', sender: 'Léa', shownTime: '10:00', text: 'salut', system: false }] });
    await settle();
    const state = panelOf(panel);
    expect(state.participantCount).toBe(3);
    expect(state.chatTotal).toBe(1);
    expect(state.chat[0]?.text).toBe('salut');
  });

  it('after a reload, marks as left whoever a complete snapshot no longer shows', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 2);
    const panel = connectPanel(hub, 2);
    room.send({ kind: 'room/events', events: [joined('a'), joined('b'), count(2)], snapshot: true });
    room.disconnect();
    const reloaded = connectRoom(hub, 2);
    reloaded.send({ kind: 'room/events', events: [joined('a'), count(1)], snapshot: true });
    await settle();
    await eventually(() => expect(panelOf(panel).participants.map((p) => p.id)).toEqual(['a']));
  });

  it('keeps absent rows present when the snapshot is incomplete (virtualised list)', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 2);
    const panel = connectPanel(hub, 2);
    room.send({ kind: 'room/events', events: [joined('a'), joined('b'), joined('c'), count(3)], snapshot: true });
    const reloaded = connectRoom(hub, 2);
    reloaded.send({ kind: 'room/events', events: [joined('a'), count(3)], snapshot: true });
    await settle();
    await eventually(() => expect(panelOf(panel).participants.map((p) => p.id).sort()).toEqual(['a', 'b', 'c']));
  });

  it('keeps two rooms in two tabs apart', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const roomA = connectRoom(hub, 1);
    const roomB = fakePort<RoomToHub, HubToRoom>();
    hub.connectRoom(roomB.port, 2);
    roomB.send({ kind: 'room/hello', detection: { ...detection, roomKey: 'other', roomTitle: 'Autre' }, recentChat: [] });
    const panelA = connectPanel(hub, 1);
    const panelB = connectPanel(hub, 2);
    roomA.send({ kind: 'room/events', events: [joined('a'), count(1)], snapshot: true });
    roomB.send({ kind: 'room/events', events: [joined('x'), joined('y'), count(2)], snapshot: true });
    await settle();
    await eventually(() => expect(panelOf(panelA).participantCount).toBe(1));
    expect(panelOf(panelB).participantCount).toBe(2);
    expect(panelOf(panelB).room?.roomTitle).toBe('Autre');
  });

  it('ignores a room that does not say hello first', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = fakePort<RoomToHub, HubToRoom>();
    hub.connectRoom(room.port, 9);
    room.send({ kind: 'room/events', events: [joined('a')], snapshot: true });
    const panel = connectPanel(hub, 9);
    await settle();
    await eventually(() => expect(room.posted).toEqual([]));
    expect(panelOf(panel).room).toBeNull();
  });

  it('gives the floor to the first raised hand, logs the turn and asks the room to lower that hand', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 4);
    const panel = connectPanel(hub, 4);
    room.send({ kind: 'room/events', events: [joined('a'), joined('b'), count(2)], snapshot: true });
    room.send({ kind: 'room/events', events: [{ type: 'hand.raised', id: 'b', at: 2 }, { type: 'hand.raised', id: 'a', at: 3 }], snapshot: false });
    await settle();
    await eventually(() => expect(panelOf(panel).queue?.waiting.map((entry) => entry.participantId)).toEqual(['b', 'a']));

    panel.send({ kind: 'panel/command', tabId: 4, command: { type: 'queue.next' }, at: 5000 });
    await settle();
    await eventually(() => expect(panelOf(panel).queue?.speaking?.participantId).toBe('b'));
    const request = room.posted.find((m) => m.kind === 'hub/act');
    expect(request).toMatchObject({ kind: 'hub/act', action: { type: 'hand.lower', participantId: 'b' } });
  });

  it('relays a room action from the panel and its verified result back to that panel', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 5);
    const panel = connectPanel(hub, 5);
    await settle();
    panel.send({ kind: 'panel/act', tabId: 5, requestId: 'r1', action: { type: 'viewers.lock', locks: { microphone: true } } });
    await settle();
    await eventually(() => expect(room.posted.find((m) => m.kind === 'hub/act')).toMatchObject({ requestId: 'r1', action: { type: 'viewers.lock' } }));
    room.send({ kind: 'room/acted', requestId: 'r1', result: { status: 'done' } });
    await settle();
    await eventually(() => expect(panel.posted.find((m) => m.kind === 'hub/acted')).toEqual({ kind: 'hub/acted', requestId: 'r1', result: { status: 'done' } }));
  });

  it('refuses commands from a panel for a tab it does not watch', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 6);
    const intruder = connectPanel(hub, 99);
    await settle();
    intruder.send({ kind: 'panel/act', tabId: 6, requestId: 'x', action: { type: 'chat.post', text: 'spam' } });
    intruder.send({ kind: 'panel/command', tabId: 6, command: { type: 'session.ended' }, at: 5000 });
    await settle();
    await eventually(() => expect(room.posted.some((m) => m.kind === 'hub/act')).toBe(false));
    const watcher = connectPanel(hub, 6);
    await settle();
    await eventually(() => expect(panelOf(watcher).attendance?.endedAt).toBeNull());
  });

  it('tells the panel when storage is full, keeps the events, and stores them once it is not', async () => {
    const real = await openModeratoDb(`hub-quota-${++dbCount}`).then(createSessionRepository);
    let full = false;
    const repository = {
      ...real,
      append: async (...args: Parameters<typeof real.append>) => {
        if (full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        return real.append(...args);
      },
    };
    const hub = createSessionHub({
      repository: async () => repository,
      now: () => 5000,
      wakeRoom: () => undefined,
      pushDelayMs: 0,
      storageRetryDelaysMs: [50],
    });
    const room = connectRoom(hub, 8);
    const panel = connectPanel(hub, 8);
    await settle();
    full = true;
    room.send({ kind: 'room/events', events: [joined('a'), count(1)], snapshot: true });
    await settle();
    await eventually(() => expect(panelOf(panel).storageProblem).toBe('quota'));
    expect(panelOf(panel).participantCount).toBe(1);

    full = false;
    await new Promise((resolve) => setTimeout(resolve, 120));
    await hub.flush();
    await settle();
    await eventually(() => expect(panelOf(panel).storageProblem).toBeNull());
    const session = await real.findResumable(detection.roomKey, 5000);
    const types = (await real.events(session!.id)).map((e) => e.type);
    expect(types).toEqual(['session.started', 'participant.joined', 'participants.count']);
  });

  it('runs a manual session for a tab it cannot read: attendance by hand, actions as guided steps', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const panel = connectPanel(hub, 30);
    panel.send({ kind: 'panel/manual-start', tabId: 30, title: 'Réunion Via' });
    await eventually(() => expect(panelOf(panel).room).toMatchObject({ platform: 'generic', version: 'manual', roomTitle: 'Réunion Via' }));
    panel.send({ kind: 'panel/command', tabId: 30, command: { type: 'attendance.arrived', name: 'Léa Martin' }, at: 5000 });
    panel.send({ kind: 'panel/command', tabId: 30, command: { type: 'attendance.arrived', name: 'Hugo Roux' }, at: 5000 });
    await eventually(() => expect(panelOf(panel).participants.map((p) => p.name)).toEqual(['Léa Martin', 'Hugo Roux']));
    const hugo = panelOf(panel).participants.find((p) => p.name === 'Hugo Roux')!;
    panel.send({ kind: 'panel/command', tabId: 30, command: { type: 'attendance.left', participantId: hugo.id }, at: 5000 });
    await eventually(() => expect(panelOf(panel).attendance?.presentCount).toBe(1));

    panel.send({ kind: 'panel/act', tabId: 30, requestId: 'lock', action: { type: 'viewers.lock', locks: { microphone: true, publicChat: true } } });
    await eventually(() =>
      expect(panel.posted.find((m) => m.kind === 'hub/acted')).toMatchObject({
        result: { status: 'manual', steps: [{ fr: expect.stringContaining('micro') }, { fr: expect.stringContaining('discussion publique') }] },
      }),
    );
  });

  it('keeps a room waiting while its storage is blocked, says so, and loses nothing once it opens', async () => {
    const real = await openModeratoDb(`hub-blocked-${++dbCount}`).then(createSessionRepository);
    let blocked = true;
    const hub = createSessionHub({
      repository: async () => {
        if (blocked) throw Object.assign(new Error('blocked'), { name: 'BlockedError' });
        return real;
      },
      now: () => 5000,
      wakeRoom: () => undefined,
      pushDelayMs: 0,
      storageRetryDelaysMs: [50],
    });
    const panel = connectPanel(hub, 40);
    const room = connectRoom(hub, 40);
    room.send({ kind: 'room/events', events: [joined('a'), joined('b'), count(2)], snapshot: true });
    await eventually(() => expect(panelOf(panel).storageProblem).toBe('blocked'));
    expect(panelOf(panel).room).toBeNull();

    blocked = false;
    await eventually(() => expect(panelOf(panel).participantCount).toBe(2));
    expect(panelOf(panel).storageProblem).toBeNull();
    await hub.flush();
    const session = await real.findResumable(detection.roomKey, 5000);
    expect((await real.events(session!.id)).map((e) => e.type)).toEqual([
      'session.started',
      'participant.joined',
      'participant.joined',
      'participants.count',
    ]);
  });

  it('sends the room overlay a new state only when what it shows changed', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 50);
    const panel = connectPanel(hub, 50);
    room.send({ kind: 'room/events', events: [joined('a'), count(1)], snapshot: true });
    await eventually(() => expect(overlayOf(room)?.participantCount).toBe(1));
    const overlaysBefore = room.posted.filter((m) => m.kind === 'hub/overlay').length;
    const panelBefore = panel.posted.length;
    // Something only the panel shows: the panel is updated, the room page is left alone.
    panel.send({ kind: 'panel/command', tabId: 50, command: { type: 'chat.answered', messageId: 'none' }, at: 5000 });
    await eventually(() => expect(panel.posted.length).toBeGreaterThan(panelBefore));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(room.posted.filter((m) => m.kind === 'hub/overlay')).toHaveLength(overlaysBefore);
  });

  it('sends a panel the attendance at most once a second; the one left out follows, and the panel keeps the last meanwhile', async () => {
    const { makeHub } = setup();
    const hub = makeHub();
    const room = connectRoom(hub, 51);
    const panel = connectPanel(hub, 51);
    room.send({ kind: 'room/events', events: [joined('a')], snapshot: true });
    await eventually(() => expect(panelOf(panel).attendance?.rows.map((row) => row.key)).toEqual(['a']));
    const pushes = () => panel.posted.filter((m): m is Extract<HubToPanel, { kind: 'hub/panel' }> => m.kind === 'hub/panel');
    const before = pushes().length;
    room.send({ kind: 'room/events', events: [joined('b')], snapshot: false });
    await eventually(() => expect(panelOf(panel).participants.map((p) => p.id).sort()).toEqual(['a', 'b']));
    // The live part came at once, without the attendance, marked as kept.
    const quick = pushes().slice(before);
    expect(quick.every((m) => m.attendanceKept === true && m.state.attendance === null)).toBe(true);
    // Within the second, a push brings it.
    await eventually(() => expect(panelOf(panel).attendance?.rows.map((row) => row.key)).toEqual(['a', 'b']));
    expect(pushes().at(-1)!.attendanceKept).toBeUndefined();
  });
});
