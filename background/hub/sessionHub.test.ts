import { chat, connectPanel, connectRoom, count, detection, fakePort, hubTestBed, joined, overlayOf, panelOf, settleHub, useHubClock } from '../../test/support/hub';
import type { HubToRoom, RoomToHub } from '../../core/protocol';

describe('session hub: rooms and panels', () => {
  beforeEach(() => useHubClock());
  afterEach(() => vi.useRealTimers());

  it('tells the overlay which capabilities stopped finding anything, and when they work again', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 7);
    room.events([joined('a')], true);
    room.send({ kind: 'room/health', health: [{ capability: 'chat', status: 'works', method: 'taught' }, { capability: 'muteAll', status: 'manual', method: 'manual' }] });
    await settleHub(hub);
    expect(overlayOf(room)?.lost).toEqual([]);
    room.send({ kind: 'room/health', health: [{ capability: 'chat', status: 'degraded', method: 'taught', detail: 'chatMessage finds no element' }, { capability: 'muteAll', status: 'manual', method: 'manual' }] });
    await settleHub(hub);
    await vi.advanceTimersByTimeAsync(1000);
    expect(overlayOf(room)?.lost).toEqual(['chat']);
    room.send({ kind: 'room/health', health: [{ capability: 'chat', status: 'works', method: 'taught' }] });
    await settleHub(hub);
    await vi.advanceTimersByTimeAsync(1000);
    expect(overlayOf(room)?.lost).toEqual([]);
  });

  it('pushes the room count and chat to the overlay and to the panel of that tab', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 7);
    const panel = connectPanel(hub, 7);
    room.events([joined('a'), joined('b'), count(2), chat('m1', 'Bonjour')], true);
    await settleHub(hub);
    expect(overlayOf(room)?.participantCount).toBe(2);
    expect(overlayOf(room)?.lastChat.map((m) => m.text)).toEqual(['Bonjour']);
    const state = panelOf(panel);
    expect(state.room?.roomTitle).toBe('Classe de 4e B');
    expect(state.connected).toBe(true);
    expect(state.participants.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(state.chatTotal).toBe(1);
  });

  it('does not count a chat message twice when the room sends it again', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 1);
    const panel = connectPanel(hub, 1);
    room.events([chat('m1', 'a'), chat('m2', 'b')], true);
    room.events([chat('m2', 'b'), chat('m3', 'c')]);
    await settleHub(hub);
    expect(panelOf(panel).chatTotal).toBe(3);
  });

  it('after a reload, marks as left whoever a complete snapshot no longer shows', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 2);
    const panel = connectPanel(hub, 2);
    room.events([joined('a'), joined('b'), count(2)], true);
    await settleHub(hub);
    room.disconnect();
    const reloaded = connectRoom(hub, 2);
    reloaded.events([joined('a'), count(1)], true);
    await settleHub(hub);
    expect(panelOf(panel).participants.map((p) => p.id)).toEqual(['a']);
  });

  it('keeps absent rows present when the snapshot is incomplete (virtualised list)', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 2);
    const panel = connectPanel(hub, 2);
    room.events([joined('a'), joined('b'), joined('c'), count(3)], true);
    await settleHub(hub);
    const reloaded = connectRoom(hub, 2);
    reloaded.events([joined('a'), count(3)], true);
    await settleHub(hub);
    expect(panelOf(panel).participants.map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps two rooms in two tabs apart', async () => {
    const hub = hubTestBed().makeHub();
    const roomA = connectRoom(hub, 1);
    const roomB = connectRoom(hub, 2, { detection: { ...detection, roomKey: 'other', roomTitle: 'Autre' } });
    const panelA = connectPanel(hub, 1);
    const panelB = connectPanel(hub, 2);
    roomA.events([joined('a'), count(1)], true);
    roomB.events([joined('x'), joined('y'), count(2)], true);
    // Both rooms are handled before either panel is checked (no race between the two).
    await settleHub(hub);
    expect(panelOf(panelA).participantCount).toBe(1);
    expect(panelOf(panelA).room?.roomTitle).toBe('Classe de 4e B');
    expect(panelOf(panelB).participantCount).toBe(2);
    expect(panelOf(panelB).room?.roomTitle).toBe('Autre');
  });

  it('ignores a room that does not say hello first', async () => {
    const hub = hubTestBed().makeHub();
    const room = fakePort<RoomToHub, HubToRoom>();
    hub.connectRoom(room.port, 9);
    room.send({ kind: 'room/events', events: [joined('a')], snapshot: true, batch: 1 });
    const panel = connectPanel(hub, 9);
    await settleHub(hub);
    await vi.advanceTimersByTimeAsync(5000);
    expect(room.posted).toEqual([]);
    expect(panelOf(panel).room).toBeNull();
  });

  it('gives the floor to the first raised hand, logs the turn and asks the room to lower that hand', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 4);
    const panel = connectPanel(hub, 4);
    room.events([joined('a'), joined('b'), count(2)], true);
    room.events([{ type: 'hand.raised', id: 'b', at: 2 }, { type: 'hand.raised', id: 'a', at: 3 }]);
    await settleHub(hub);
    expect(panelOf(panel).queue?.waiting.map((entry) => entry.participantId)).toEqual(['b', 'a']);

    panel.send({ kind: 'panel/command', tabId: 4, command: { type: 'queue.next' }, at: Date.now() });
    await settleHub(hub);
    expect(panelOf(panel).queue?.speaking?.participantId).toBe('b');
    const request = room.posted.find((m) => m.kind === 'hub/act');
    expect(request).toMatchObject({ kind: 'hub/act', action: { type: 'hand.lower', participantId: 'b' } });
  });

  it('relays a room action from the panel and its verified result back to that panel', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 5);
    const panel = connectPanel(hub, 5);
    await settleHub(hub);
    panel.send({ kind: 'panel/act', tabId: 5, requestId: 'r1', action: { type: 'viewers.lock', locks: { microphone: true } } });
    expect(room.posted.find((m) => m.kind === 'hub/act')).toMatchObject({ requestId: 'r1', action: { type: 'viewers.lock' } });
    room.send({ kind: 'room/acted', requestId: 'r1', result: { status: 'done' } });
    await settleHub(hub);
    expect(panel.posted.find((m) => m.kind === 'hub/acted')).toEqual({ kind: 'hub/acted', requestId: 'r1', result: { status: 'done' } });
  });

  it('refuses commands from a panel for a tab it does not watch', async () => {
    const hub = hubTestBed().makeHub();
    const room = connectRoom(hub, 6);
    const intruder = connectPanel(hub, 99);
    await settleHub(hub);
    intruder.send({ kind: 'panel/act', tabId: 6, requestId: 'x', action: { type: 'chat.post', text: 'spam' } });
    intruder.send({ kind: 'panel/command', tabId: 6, command: { type: 'session.ended' }, at: Date.now() });
    await settleHub(hub);
    expect(room.posted.some((m) => m.kind === 'hub/act')).toBe(false);
    const watcher = connectPanel(hub, 6);
    expect(panelOf(watcher).room).not.toBeNull();
    expect(panelOf(watcher).attendance?.endedAt).toBeNull();
  });

  it('runs a manual session for a tab it cannot read: attendance by hand, actions as guided steps', async () => {
    const hub = hubTestBed().makeHub();
    const panel = connectPanel(hub, 30);
    panel.send({ kind: 'panel/manual-start', tabId: 30, title: 'Réunion Via' });
    await vi.waitFor(() => expect(panelOf(panel).room).toMatchObject({ platform: 'generic', version: 'manual', roomTitle: 'Réunion Via' }));
    panel.send({ kind: 'panel/command', tabId: 30, command: { type: 'attendance.arrived', name: 'Léa Martin' }, at: Date.now() });
    panel.send({ kind: 'panel/command', tabId: 30, command: { type: 'attendance.arrived', name: 'Hugo Roux' }, at: Date.now() });
    await settleHub(hub);
    expect(panelOf(panel).participants.map((p) => p.name)).toEqual(['Léa Martin', 'Hugo Roux']);
    const hugo = panelOf(panel).participants.find((p) => p.name === 'Hugo Roux')!;
    panel.send({ kind: 'panel/command', tabId: 30, command: { type: 'attendance.left', participantId: hugo.id }, at: Date.now() });
    await settleHub(hub);
    await vi.advanceTimersByTimeAsync(1000);
    expect(panelOf(panel).attendance?.presentCount).toBe(1);

    panel.send({ kind: 'panel/act', tabId: 30, requestId: 'lock', action: { type: 'viewers.lock', locks: { microphone: true, publicChat: true } } });
    expect(panel.posted.find((m) => m.kind === 'hub/acted')).toMatchObject({
      result: { status: 'manual', steps: [{ fr: expect.stringContaining('micro') }, { fr: expect.stringContaining('discussion publique') }] },
    });
  });

  it('names a manual session the moderator left untitled in the moderator language, given by the worker', async () => {
    const hub = hubTestBed({ untitled: 'Session' }).makeHub();
    const panel = connectPanel(hub, 31);
    panel.send({ kind: 'panel/manual-start', tabId: 31, title: '   ' });
    await vi.waitFor(() => expect(panelOf(panel).room?.roomTitle).toBe('Session'));
  });
});
