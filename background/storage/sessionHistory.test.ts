import 'fake-indexeddb/auto';
import { openModeratoDb } from './db';
import { createSessionRepository, DEFAULT_RETENTION_DAYS, retentionCutoff } from './sessions';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
let dbCount = 0;

async function fresh() {
  const db = await openModeratoDb(`history-test-${++dbCount}`);
  return { db, repo: createSessionRepository(db) };
}

const room = (title: string) => ({ roomKey: `key|${title}`, platform: 'bigbluebutton', roomTitle: title }) as const;

async function sessionWithLog(repo: ReturnType<typeof createSessionRepository>, title: string, startedAt: number, count: number) {
  const session = await repo.create({ ...room(title), startedAt });
  const events = Array.from({ length: count }, (_, i) => ({ type: 'participants.count', at: startedAt + i, count: i }));
  await repo.append(session.id, events);
  return session;
}

describe('session history', () => {
  it('lists sessions newest first', async () => {
    const { repo } = await fresh();
    await sessionWithLog(repo, 'old', NOW - 3 * DAY, 1);
    await sessionWithLog(repo, 'new', NOW - DAY, 1);
    await sessionWithLog(repo, 'mid', NOW - 2 * DAY, 1);
    expect((await repo.list()).map((s) => s.roomTitle)).toEqual(['new', 'mid', 'old']);
  });

  it('deletes one session with its log, leaving the others intact', async () => {
    const { db, repo } = await fresh();
    const a = await sessionWithLog(repo, 'a', NOW, 3);
    const b = await sessionWithLog(repo, 'b', NOW + 10, 2);
    await repo.delete(a.id);
    expect(await repo.get(a.id)).toBeUndefined();
    expect(await repo.events(a.id)).toEqual([]);
    expect((await repo.events(b.id)).map((e) => e.count)).toEqual([0, 1]);
    expect(await db.count('events')).toBe(2);
  });

  it('deletes everything', async () => {
    const { db, repo } = await fresh();
    await sessionWithLog(repo, 'a', NOW, 3);
    await sessionWithLog(repo, 'b', NOW, 2);
    await repo.deleteAll();
    expect(await repo.list()).toEqual([]);
    expect(await db.count('events')).toBe(0);
  });

  it('deletes sessions older than the cutoff and their events only', async () => {
    const { db, repo } = await fresh();
    const old = await sessionWithLog(repo, 'old', NOW - 100 * DAY, 4);
    const older = await sessionWithLog(repo, 'older', NOW - 200 * DAY, 2);
    const recent = await sessionWithLog(repo, 'recent', NOW - 10 * DAY, 3);
    const deleted = await repo.deleteOlderThan(retentionCutoff(NOW, 90));
    expect(deleted.sort()).toEqual([old.id, older.id].sort());
    expect(await repo.events(old.id)).toEqual([]);
    expect(await repo.events(older.id)).toEqual([]);
    expect((await repo.events(recent.id)).map((e) => e.count)).toEqual([0, 1, 2]);
    expect((await repo.list()).map((s) => s.id)).toEqual([recent.id]);
    expect(await db.count('events')).toBe(3);
  });

  it('keeps a session started long ago but active within the period', async () => {
    const { repo } = await fresh();
    const long = await repo.create({ ...room('long'), startedAt: NOW - 95 * DAY });
    await repo.append(long.id, [{ type: 'participants.count', at: NOW - 80 * DAY, count: 1 }]);
    expect(await repo.deleteOlderThan(retentionCutoff(NOW, 90))).toEqual([]);
  });

  it('stores the retention setting in meta and applies it', async () => {
    const { repo } = await fresh();
    expect(await repo.retentionDays()).toBe(DEFAULT_RETENTION_DAYS);
    expect(DEFAULT_RETENTION_DAYS).toBe(90);
    const s = await sessionWithLog(repo, 's', NOW - 40 * DAY, 1);
    expect(await repo.applyRetention(NOW)).toEqual([]);
    await repo.setRetentionDays(30);
    expect(await repo.retentionDays()).toBe(30);
    expect(await repo.applyRetention(NOW)).toEqual([s.id]);
    await expect(repo.setRetentionDays(0)).rejects.toThrow(RangeError);
    await expect(repo.setRetentionDays(2.5)).rejects.toThrow(RangeError);
  });

  it('computes the cutoff in whole days', () => {
    expect(retentionCutoff(NOW, 90)).toBe(NOW - 90 * DAY);
  });
});
