import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { openModeratoDb } from './db';
import { createSessionRepository, RESUME_WINDOW_MS } from './sessions';
import { upgrades } from './schema';

let dbCount = 0;
async function freshRepository() {
  const db = await openModeratoDb(`test-${++dbCount}`);
  return createSessionRepository(db);
}

const room = { roomKey: 'https://bbb.example/html5client|Maths 4e', platform: 'bigbluebutton', roomTitle: 'Maths 4e' } as const;

describe('session repository', () => {
  it('appends batches in order and reads the whole log back', async () => {
    const repo = await freshRepository();
    const session = await repo.create({ ...room, startedAt: 1000 });
    await repo.append(session.id, [
      { type: 'participants.count', at: 1001, count: 1 },
      { type: 'participants.count', at: 1002, count: 2 },
    ]);
    await repo.append(session.id, [{ type: 'participants.count', at: 1003, count: 3 }]);
    const events = await repo.events(session.id);
    expect(events.map((e) => e.count)).toEqual([1, 2, 3]);
    expect((await repo.get(session.id))?.nextSeq).toBe(3);
    expect((await repo.get(session.id))?.lastEventAt).toBe(1003);
  });

  it('keeps the logs of two sessions apart', async () => {
    const repo = await freshRepository();
    const a = await repo.create({ ...room, startedAt: 1 });
    const b = await repo.create({ ...room, roomKey: 'other', startedAt: 2 });
    await repo.append(a.id, [{ type: 'participants.count', at: 3, count: 10 }]);
    await repo.append(b.id, [{ type: 'participants.count', at: 4, count: 20 }]);
    expect((await repo.events(a.id)).map((e) => e.count)).toEqual([10]);
    expect((await repo.events(b.id)).map((e) => e.count)).toEqual([20]);
  });

  it('resumes the open session of the same room, not an ended or stale one', async () => {
    const repo = await freshRepository();
    const ended = await repo.create({ ...room, startedAt: 0 });
    await repo.append(ended.id, [{ type: 'session.ended', at: 10 }]);
    const open = await repo.create({ ...room, startedAt: 100 });
    expect((await repo.findResumable(room.roomKey, 200))?.id).toBe(open.id);
    expect(await repo.findResumable(room.roomKey, 100 + RESUME_WINDOW_MS + 1)).toBeNull();
    expect(await repo.findResumable('another room', 200)).toBeNull();
  });

  it('refuses a batch for a session it does not know, writing nothing', async () => {
    const repo = await freshRepository();
    await expect(repo.append('missing-session', [{ type: 'participants.count', at: 1, count: 1 }])).rejects.toThrow(
      /Unknown session/,
    );
    const session = await repo.create({ ...room, startedAt: 0 });
    expect(await repo.events(session.id)).toEqual([]);
  });
});

describe('the end of a session', () => {
  it('is stored with the event that ends it, so the room opens a new session next time', async () => {
    const repo = await freshRepository();
    const session = await repo.create({ ...room, startedAt: 1000 });
    await repo.append(session.id, [
      { type: 'participants.count', at: 1001, count: 1 },
      { type: 'session.ended', at: 1002 },
    ]);
    expect((await repo.get(session.id))?.endedAt).toBe(1002);
    expect(await repo.findResumable(room.roomKey, 1003)).toBeNull();
    // Events after the end (pupils leaving) are still kept, and the end stays where it was.
    await repo.append(session.id, [{ type: 'participants.count', at: 1004, count: 0 }]);
    expect((await repo.get(session.id))?.endedAt).toBe(1002);
    expect(await repo.events(session.id)).toHaveLength(3);
  });
});

describe('schema upgrade 4 → 5', () => {
  it('stores the end of sessions whose log says they ended before the end was stored', async () => {
    const name = `sessions-upgrade-${++dbCount}`;
    const old = await openDB(name, 4, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let version = oldVersion; version < 4; version++) upgrades[version]!(db as never, tx as never);
      },
    });
    const record = { ...room, startedAt: 0, endedAt: null, lastEventAt: 30, nextSeq: 3 };
    await old.put('sessions', { ...record, id: 'ended' });
    await old.put('sessions', { ...record, id: 'open', nextSeq: 1 });
    await old.put('events', { sessionId: 'ended', seq: 0, event: { type: 'session.started', at: 0 } });
    await old.put('events', { sessionId: 'ended', seq: 1, event: { type: 'session.ended', at: 20 } });
    await old.put('events', { sessionId: 'ended', seq: 2, event: { type: 'participants.count', at: 30, count: 0 } });
    await old.put('events', { sessionId: 'open', seq: 0, event: { type: 'session.started', at: 0 } });
    old.close();

    const repo = createSessionRepository(await openModeratoDb(name));
    expect((await repo.get('ended'))?.endedAt).toBe(20);
    expect((await repo.get('open'))?.endedAt).toBeNull();
    expect(await repo.events('ended')).toHaveLength(3);
  });
});
