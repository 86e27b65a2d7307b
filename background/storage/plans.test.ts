import 'fake-indexeddb/auto';
import { openModeratoDb } from './db';
import { createPlanRepository, InvalidPlanError, type PlanRecord } from './plans';

let dbCount = 0;
const T = Date.UTC(2025, 2, 10, 14, 0, 0);

async function fresh() {
  return createPlanRepository(await openModeratoDb(`plans-test-${++dbCount}`));
}

const plan = (id: string, startsAt: number, extra: Partial<PlanRecord> = {}): PlanRecord => ({
  id,
  templateId: 'tpl',
  title: `Classe ${id}`,
  startsAt,
  participantsLink: 'https://bbb.example/b/abc-123',
  moderatorLink: '',
  ...extra,
});

describe('plan repository', () => {
  it('stores plans and lists them soonest first', async () => {
    const repo = await fresh();
    await repo.put(plan('b', T + 2000));
    await repo.put(plan('a', T + 1000));
    await repo.put(plan('c', T + 3000, { moderatorLink: 'https://bbb.example/b/mod' }));
    expect((await repo.list()).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect((await repo.get('c'))?.moderatorLink).toBe('https://bbb.example/b/mod');
    await repo.put(plan('a', T + 5000, { title: '  Renamed  ' }));
    expect((await repo.list()).map((p) => [p.id, p.title])).toEqual([
      ['b', 'Classe b'],
      ['c', 'Classe c'],
      ['a', 'Renamed'],
    ]);
    await repo.delete('b');
    expect((await repo.list()).map((p) => p.id)).toEqual(['c', 'a']);
  });

  it('refuses a plan with a bad link or no title, writing nothing', async () => {
    const repo = await fresh();
    await expect(repo.put(plan('x', T, { participantsLink: 'javascript:alert(1)' }))).rejects.toBeInstanceOf(InvalidPlanError);
    await expect(repo.put(plan('y', T, { title: ' ' }))).rejects.toThrow(/title-empty/);
    await expect(repo.put(plan('z', T, { moderatorLink: 'file:///etc/passwd' }))).rejects.toThrow(/bad-moderator-link/);
    expect(await repo.list()).toEqual([]);
  });

  it('removes plans that started before a time', async () => {
    const repo = await fresh();
    await repo.put(plan('past', T - 1));
    await repo.put(plan('now', T));
    expect(await repo.deleteStartedBefore(T)).toBe(1);
    expect((await repo.list()).map((p) => p.id)).toEqual(['now']);
  });
});
