import { openModeratoDb } from '../storage/db';
import { createSessionRepository } from '../storage/sessions';
import { createSessionHub } from './sessionHub';
import { chat, connectPanel, connectRoom, count, detection, hubTestBed, joined, panelOf, settleHub, useHubClock } from '../../test/support/hub';

let dbCount = 0;
const freshRepository = () => openModeratoDb(`hub-storage-${++dbCount}`).then(createSessionRepository);

describe('session hub: the stored log', () => {
  beforeEach(() => useHubClock());
  afterEach(() => vi.useRealTimers());

  it('stores the log without chat text', async () => {
    const { makeHub, repository } = hubTestBed();
    const hub = makeHub();
    const room = connectRoom(hub, 1);
    room.events([chat('m1', 'mon numéro est 06…')], true);
    await settleHub(hub);
    const repo = await repository;
    const session = await repo.findResumable(detection.roomKey, Date.now());
    const stored = await repo.events(session!.id);
    expect(stored.map((e) => e.type)).toEqual(['session.started', 'chat.message']);
    expect(JSON.stringify(stored)).not.toContain('mon numéro');
  });

  it('rebuilds the session from IndexedDB after the worker restarts', async () => {
    const { makeHub, woken } = hubTestBed();
    const first = makeHub();
    const room = connectRoom(first, 3);
    room.events([joined('a'), joined('b'), joined('c'), count(3), chat('m1', 'salut')], true);
    await settleHub(first);

    const restarted = makeHub();
    const panel = connectPanel(restarted, 3);
    expect(panelOf(panel).room).toBeNull();
    expect(woken).toEqual([3]);
    // The room answers the wake-up: same tab, same room, its reader is still running (no snapshot).
    connectRoom(restarted, 3, { recentChat: [{ id: 'm1', sender: 'Léa', shownTime: '10:00', text: 'salut', system: false }] });
    await settleHub(restarted);
    const state = panelOf(panel);
    expect(state.participantCount).toBe(3);
    expect(state.chatTotal).toBe(1);
    expect(state.chat[0]?.text).toBe('salut');
  });

  it('tells the panel when storage is full, keeps the events, and stores them once it is not', async () => {
    const real = await freshRepository();
    let full = false;
    const repository = {
      ...real,
      append: async (...args: Parameters<typeof real.append>) => {
        if (full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        return real.append(...args);
      },
    };
    const hub = createSessionHub({ repository: async () => repository, now: () => Date.now(), wakeRoom: () => undefined, pushDelayMs: 0, storageRetryDelaysMs: [50] });
    const room = connectRoom(hub, 8);
    const panel = connectPanel(hub, 8);
    await settleHub(hub);
    full = true;
    room.events([joined('a'), count(1)], true);
    await settleHub(hub);
    expect(panelOf(panel).storageProblem).toBe('quota');
    expect(panelOf(panel).participantCount).toBe(1);

    full = false;
    await vi.advanceTimersByTimeAsync(50);
    await settleHub(hub);
    expect(panelOf(panel).storageProblem).toBeNull();
    const session = await real.findResumable(detection.roomKey, Date.now());
    const types = (await real.events(session!.id)).map((e) => e.type);
    expect(types).toEqual(['session.started', 'participant.joined', 'participants.count']);
  });

  it('keeps a room waiting while its storage is blocked, says so, and loses nothing once it opens', async () => {
    const real = await freshRepository();
    let blocked = true;
    const hub = createSessionHub({
      repository: async () => {
        if (blocked) throw Object.assign(new Error('blocked'), { name: 'BlockedError' });
        return real;
      },
      now: () => Date.now(),
      wakeRoom: () => undefined,
      pushDelayMs: 0,
      storageRetryDelaysMs: [50],
    });
    const panel = connectPanel(hub, 40);
    const room = connectRoom(hub, 40);
    room.events([joined('a'), joined('b'), count(2)], true);
    await settleHub(hub);
    expect(panelOf(panel).storageProblem).toBe('blocked');
    expect(panelOf(panel).room).toBeNull();

    blocked = false;
    await vi.advanceTimersByTimeAsync(50);
    await settleHub(hub);
    expect(panelOf(panel).participantCount).toBe(2);
    expect(panelOf(panel).storageProblem).toBeNull();
    const session = await real.findResumable(detection.roomKey, Date.now());
    expect((await real.events(session!.id)).map((e) => e.type)).toEqual(['session.started', 'participant.joined', 'participant.joined', 'participants.count']);
  });
});
