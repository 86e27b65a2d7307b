import type { TimedRoomEvent } from '../../core/session/events';
import type { HubToRoom } from '../../core/protocol';
import type { SessionRepository } from '../storage/sessions';
import { connectPanel, connectRoom, count, detection, hubTestBed, joined, memoryBacklog, panelOf, settleHub, useHubClock, type TestHub } from '../../test/support/hub';

const missed = (n: number, at = 1): TimedRoomEvent => ({ type: 'chat.missed', count: n, at });
const acks = (room: { posted: HubToRoom[] }) => room.posted.flatMap((m) => (m.kind === 'hub/ack' ? m.batches : []));
/** Lets the hub finish, and the paced acknowledgements go out. */
const settleAcks = async (hub: TestHub) => {
  await settleHub(hub);
  await vi.advanceTimersByTimeAsync(1000);
};
const storedTypes = async (repository: Promise<SessionRepository>, sessionId: string) => (await (await repository).events(sessionId)).map((e) => e.type);

/** A repository whose appends fail (quota) while `failing.on`. */
function failingAppends(real: Promise<SessionRepository>, failing: { on: boolean }) {
  return async () => {
    const repository = await real;
    return {
      ...repository,
      append: async (...args: Parameters<SessionRepository['append']>) => {
        if (failing.on) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        return repository.append(...args);
      },
    };
  };
}

/**
 * A worker whose writes failed while a room sent its first snapshot (two joins and a count): the
 * events are kept outside it, and storage still fails. The browser then stops that worker.
 */
async function workerStoppedWithABacklog() {
  const { makeHub, repository } = hubTestBed();
  const backlog = memoryBacklog();
  const failing = { on: false };
  const first = makeHub({ repository: failingAppends(repository, failing), backlog, storageRetryDelaysMs: [60_000] });
  const room = connectRoom(first, 1);
  await settleHub(first);
  failing.on = true;
  room.events([joined('a'), joined('b'), count(2)], true);
  await settleHub(first);
  return { makeHub, repository, backlog, failing };
}

describe('session hub: no event is lost silently', () => {
  beforeEach(() => useHubClock());
  afterEach(() => vi.useRealTimers());

  it('acknowledges each stored batch, and ignores a batch number it already has', async () => {
    const { makeHub, repository } = hubTestBed();
    const hub = makeHub();
    const room = connectRoom(hub, 1);
    const panel = connectPanel(hub, 1);
    room.send({ kind: 'room/events', events: [joined('a')], snapshot: true, batch: 1 });
    room.send({ kind: 'room/events', events: [missed(2)], snapshot: false, batch: 2 });
    await settleAcks(hub);
    expect(acks(room)).toEqual([1, 2]);
    // A dying connection swallowed the ack: the room sends batch 2 again after reconnecting.
    room.send({ kind: 'room/events', events: [missed(2)], snapshot: false, batch: 2 });
    await settleAcks(hub);
    expect(acks(room)).toEqual([1, 2, 2]);
    expect(await storedTypes(repository, panelOf(panel).room!.sessionId)).toEqual(['session.started', 'participant.joined', 'chat.missed']);
  });

  it('acknowledges a batch sent again only once its first copy is stored', async () => {
    const { makeHub, repository } = hubTestBed();
    const failing = { on: false };
    const hub = makeHub({ repository: failingAppends(repository, failing), storageRetryDelaysMs: [60_000] });
    const room = connectRoom(hub, 1, { run: 'run-sent-again' });
    const panel = connectPanel(hub, 1);
    await settleHub(hub);
    failing.on = true;
    room.events([joined('a'), count(1)], true);
    await settleAcks(hub);
    expect(acks(room)).toEqual([]);
    // The connection drops before the write: the room reconnects and sends the batch again.
    room.disconnect();
    const again = connectRoom(hub, 1, { run: 'run-sent-again' });
    again.send({ kind: 'room/events', events: [joined('a'), count(1)], snapshot: true, batch: 1 });
    await settleAcks(hub);
    // Still not stored (and not kept: this hub has no backlog): the room must keep it.
    expect(acks(again)).toEqual([]);
    failing.on = false;
    await vi.advanceTimersByTimeAsync(60_000);
    await settleAcks(hub);
    expect(acks(again)).toEqual([1]);
    expect(await storedTypes(repository, panelOf(panel).room!.sessionId)).toEqual(['session.started', 'participant.joined', 'participants.count']);
  });

  it('loses nothing when the worker is stopped while writes fail: a restarted worker writes the kept backlog', async () => {
    const { makeHub, repository } = hubTestBed();
    const backlog = memoryBacklog();
    const failing = { on: false };
    const first = makeHub({ repository: failingAppends(repository, failing), backlog, storageRetryDelaysMs: [60_000] });
    const room = connectRoom(first, 1);
    const panel = connectPanel(first, 1);
    await settleHub(first);
    failing.on = true;
    room.events([joined('a'), joined('b'), count(2)], true);
    room.events([missed(3)]);
    await settleAcks(first);
    expect(panelOf(panel).storageProblem).toBe('quota');
    // Acknowledged once kept outside the worker: the room may forget them.
    expect(acks(room)).toEqual([1, 2]);
    const sessionId = panelOf(panel).room!.sessionId;

    // The browser stops the worker; storage recovers; a new worker starts, no room needed.
    failing.on = false;
    const restarted = makeHub({ backlog });
    await settleHub(restarted);
    expect(await storedTypes(repository, sessionId)).toEqual(['session.started', 'participant.joined', 'participant.joined', 'participants.count', 'chat.missed']);
    expect(await backlog.ids()).toEqual([]);
  });

  it('resumes a session from its log and its kept backlog when the room comes back while storage still fails', async () => {
    const { makeHub, repository, backlog, failing } = await workerStoppedWithABacklog();

    const restarted = makeHub({ repository: failingAppends(repository, failing), backlog, storageRetryDelaysMs: [1000] });
    const panel = connectPanel(restarted, 1);
    connectRoom(restarted, 1);
    await settleHub(restarted);
    expect(panelOf(panel).participantCount).toBe(2);
    failing.on = false;
    await vi.advanceTimersByTimeAsync(1000);
    await settleHub(restarted);
    const types = await storedTypes(repository, panelOf(panel).room!.sessionId);
    expect(types.filter((type) => type === 'participant.joined')).toHaveLength(2);
  });

  it('writes a kept backlog once: when its session claims it and stores it at the first try, a later worker does not store it again', async () => {
    const { makeHub, repository, backlog, failing } = await workerStoppedWithABacklog();

    // A new worker starts while storage still fails: its sweep will try again in a minute.
    const second = makeHub({ repository: failingAppends(repository, failing), backlog, storageRetryDelaysMs: [60_000] });
    await settleHub(second);
    // Storage recovers, and the room comes back before that: its session claims the backlog.
    failing.on = false;
    const panel = connectPanel(second, 1);
    connectRoom(second, 1);
    await settleHub(second);
    const sessionId = panelOf(panel).room!.sessionId;
    const joins = async () => (await storedTypes(repository, sessionId)).filter((type) => type === 'participant.joined');
    expect(await joins()).toHaveLength(2);

    // The browser stops that worker too; the next one finds nothing left to write.
    const third = makeHub({ backlog });
    await settleHub(third);
    expect(await joins()).toHaveLength(2);
    expect(await backlog.ids()).toEqual([]);
  });

  it('cuts a room flooding events to a sane rate, and counts the surplus as dropped', async () => {
    const { makeHub, repository } = hubTestBed();
    const hub = makeHub();
    const room = connectRoom(hub, 1);
    const panel = connectPanel(hub, 1);
    for (let batch = 0; batch < 20; batch++) room.events(Array.from({ length: 1000 }, () => missed(1)));
    await settleAcks(hub);
    const stored = (await storedTypes(repository, panelOf(panel).room!.sessionId)).filter((type) => type === 'chat.missed').length;
    expect(stored).toBeLessThan(20_000);
    expect(stored).toBeGreaterThan(0);
    expect(panelOf(panel).dropped).toBe(20_000 - stored);
    expect(acks(room)).toHaveLength(20); // dropped on purpose: the room need not send them again

    // At most one acknowledgement a second reaches the room page, however many batches.
    expect(room.posted.filter((m) => m.kind === 'hub/ack').length).toBeLessThanOrEqual(2);
    // A minute later the room may send again.
    await vi.advanceTimersByTimeAsync(60_000);
    room.events([missed(1)]);
    await settleHub(hub);
    expect((await storedTypes(repository, panelOf(panel).room!.sessionId)).filter((type) => type === 'chat.missed')).toHaveLength(stored + 1);
  });

  it('counts what the room itself gave up, and what could not wait for a blocked database', async () => {
    const { makeHub, repository } = hubTestBed();
    let blocked = true;
    const hub = makeHub({
      repository: async () => {
        if (blocked) throw Object.assign(new Error('blocked'), { name: 'BlockedError' });
        return repository;
      },
      storageRetryDelaysMs: [50],
    });
    const panel = connectPanel(hub, 1);
    const room = connectRoom(hub, 1, { dropped: 7 });
    for (let batch = 0; batch < 5_010; batch++) room.events([missed(1)]);
    await settleHub(hub);
    blocked = false;
    await vi.advanceTimersByTimeAsync(50);
    await settleHub(hub);
    expect(panelOf(panel).room).not.toBeNull();
    expect(panelOf(panel).dropped).toBe(7 + 10);
  });

  it('starts a new session when the live one was deleted, with who is still present, and stores what follows there', async () => {
    const { makeHub, repository } = hubTestBed();
    const hub = makeHub();
    const room = connectRoom(hub, 1);
    const panel = connectPanel(hub, 1);
    room.events([joined('a'), joined('b'), count(2)], true);
    await settleHub(hub);
    const deleted = panelOf(panel).room!.sessionId;
    await (await repository).delete(deleted);

    room.events([joined('c'), count(3)]);
    await settleHub(hub);
    await vi.advanceTimersByTimeAsync(1000);
    await settleHub(hub);
    const fresh = panelOf(panel).room!.sessionId;
    expect(fresh).not.toBe(deleted);
    expect(panelOf(panel).participantCount).toBe(3);
    room.events([joined('d'), count(4)]);
    await settleHub(hub);
    const log = await (await repository).events(fresh);
    const present = log.flatMap((e) => (e.type === 'participant.joined' ? [(e.participant as { id: string }).id] : []));
    expect(present.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect((await (await repository).list()).map((s) => s.id)).toEqual([fresh]);
    expect(detection.roomKey).toBe((await (await repository).get(fresh))?.roomKey);
  });
});
