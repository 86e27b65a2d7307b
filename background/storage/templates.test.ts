import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { openModeratoDb } from './db';
import { DB_VERSION } from './schema';
import { createSessionRepository } from './sessions';
import { createTemplateRepository, InvalidTemplateError } from './templates';
import { defaultTemplates } from '../../core/templates/defaults';
import type { Template } from '../../core/templates/schema';

const NOW = new Date(Date.UTC(2025, 2, 10, 14, 0, 0));
let dbCount = 0;
const freshName = () => `templates-test-${++dbCount}`;

async function freshRepository() {
  const db = await openModeratoDb(freshName());
  return { db, repo: createTemplateRepository(db) };
}

function template(id: string, name = id, extra: Partial<Template> = {}): Template {
  return { ...defaultTemplates('fr', NOW)[0]!, id, name, ...extra };
}

describe('schema upgrade', () => {
  it('opens a version 1 database without losing its sessions and events, and adds the templates store', async () => {
    const name = freshName();
    // A profile written by Moderato with schema version 1, built with raw idb as that version did.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
        sessions.createIndex('byRoomKey', 'roomKey');
        sessions.createIndex('byStartedAt', 'startedAt');
        db.createObjectStore('events', { keyPath: ['sessionId', 'seq'] });
      },
    });
    const session = {
      id: 's1',
      roomKey: 'https://bbb.example/html5client|Maths 4e',
      platform: 'bigbluebutton',
      roomTitle: 'Maths 4e',
      startedAt: 1000,
      endedAt: null,
      lastEventAt: 1002,
      nextSeq: 2,
    };
    await v1.put('sessions', session);
    await v1.put('events', { sessionId: 's1', seq: 0, event: { type: 'session.started', at: 1000, roomTitle: 'Maths 4e' } });
    await v1.put('events', { sessionId: 's1', seq: 1, event: { type: 'participants.count', at: 1002, count: 12 } });
    v1.close();

    const db = await openModeratoDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['events', 'meta', 'sessions', 'templates']));
    expect(await db.get('sessions', 's1')).toEqual(session);
    expect(await db.getAllFromIndex('sessions', 'byRoomKey', session.roomKey)).toEqual([session]);
    const sessions = createSessionRepository(db);
    expect(await sessions.events('s1')).toEqual([
      { type: 'session.started', at: 1000, roomTitle: 'Maths 4e' },
      { type: 'participants.count', at: 1002, count: 12 },
    ]);
    // The old session keeps working with the new code.
    await sessions.append('s1', [{ type: 'participants.count', at: 1003, count: 13 }]);
    expect((await sessions.get('s1'))?.nextSeq).toBe(3);
    expect(db.transaction('templates').store.indexNames.contains('byName')).toBe(true);
    const templates = createTemplateRepository(db);
    expect(await templates.list()).toEqual([]);
    db.close();
  });
});

describe('template repository', () => {
  it('seeds the defaults on first run only', async () => {
    const { repo } = await freshRepository();
    expect(await repo.seedDefaults('fr', NOW)).toBe(true);
    const seeded = await repo.list();
    expect(seeded.map((t) => [t.name, t.position])).toEqual([
      ['Classe virtuelle (45 min)', 0],
      ['Réunion entre collègues (1 h)', 1],
    ]);
    for (const t of seeded) await repo.delete(t.id);
    expect(await repo.seedDefaults('fr', NOW)).toBe(false);
    expect(await repo.list()).toEqual([]);
  });

  it('does not seed a profile that already has templates', async () => {
    const { repo } = await freshRepository();
    await repo.put(template('mine', 'Ma classe'));
    expect(await repo.seedDefaults('en', NOW)).toBe(false);
    expect((await repo.list()).map((t) => t.id)).toEqual(['mine']);
  });

  it('puts, gets, lists in order and keeps the place of an updated template', async () => {
    const { repo } = await freshRepository();
    await repo.put(template('a'));
    await repo.put(template('b'));
    await repo.put(template('c'));
    await repo.put(template('a', 'A renamed'));
    expect((await repo.list()).map((t) => [t.id, t.name, t.position])).toEqual([
      ['a', 'A renamed', 0],
      ['b', 'b', 1],
      ['c', 'c', 2],
    ]);
    expect((await repo.get('b'))?.name).toBe('b');
    expect(await repo.get('zzz')).toBeUndefined();
  });

  it('refuses to store an invalid template', async () => {
    const { repo } = await freshRepository();
    await expect(repo.put(template('bad', '', {}))).rejects.toBeInstanceOf(InvalidTemplateError);
    await expect(repo.put({ ...template('bad2'), links: { participants: 'javascript:alert(1)' } })).rejects.toThrow(/bad2/);
    expect(await repo.list()).toEqual([]);
  });

  it('strips fields that are not part of a template', async () => {
    const { repo } = await freshRepository();
    await repo.put({ ...template('a'), extra: 'x', position: 99 } as Template);
    const stored = await repo.get('a');
    expect(stored).not.toHaveProperty('extra');
    expect(stored?.position).toBe(0);
  });

  it('duplicates at the end with a new id and a "(copie)" name', async () => {
    const { repo } = await freshRepository();
    await repo.put(template('a', 'Maths'));
    await repo.put(template('b', 'Français'));
    const copy = await repo.duplicate('a', { newId: 'a2', updatedAt: NOW });
    expect(copy).toMatchObject({ id: 'a2', name: 'Maths (copie)', position: 2, updatedAt: NOW.toISOString() });
    expect((await repo.get('a2'))?.agenda).toEqual((await repo.get('a'))?.agenda);
    await expect(repo.duplicate('missing')).rejects.toThrow(/Unknown template/);
  });

  it('reorders, keeping templates it was not told about after the others', async () => {
    const { repo } = await freshRepository();
    for (const id of ['a', 'b', 'c', 'd']) await repo.put(template(id));
    await repo.reorder(['c', 'a']);
    expect((await repo.list()).map((t) => [t.id, t.position])).toEqual([
      ['c', 0],
      ['a', 1],
      ['b', 2],
      ['d', 3],
    ]);
  });

  it('deletes', async () => {
    const { repo } = await freshRepository();
    await repo.put(template('a'));
    await repo.delete('a');
    expect(await repo.list()).toEqual([]);
  });

  it('finds templates by name through the byName index', async () => {
    const { db, repo } = await freshRepository();
    await repo.put(template('a', 'Maths 4e'));
    expect((await db.getAllFromIndex('templates', 'byName', 'Maths 4e')).map((t) => t.id)).toEqual(['a']);
  });

  it('imports all templates in one transaction, replacing in place and appending new ones', async () => {
    const { repo } = await freshRepository();
    await repo.put(template('a', 'Maths'));
    await repo.put(template('b', 'Français'));
    await repo.importAll([template('n1', 'Histoire'), template('a', 'Maths (remplacé)'), template('n2', 'SVT')]);
    expect((await repo.list()).map((t) => [t.id, t.name, t.position])).toEqual([
      ['a', 'Maths (remplacé)', 0],
      ['b', 'Français', 1],
      ['n1', 'Histoire', 2],
      ['n2', 'SVT', 3],
    ]);
  });

  it('writes nothing when one imported template is invalid', async () => {
    const { repo } = await freshRepository();
    await repo.put(template('a', 'Maths'));
    await expect(repo.importAll([template('n1'), template('a', 'Changed'), { ...template('n3'), slotMinutes: -1 }])).rejects.toBeInstanceOf(
      InvalidTemplateError,
    );
    expect((await repo.list()).map((t) => [t.id, t.name])).toEqual([['a', 'Maths']]);
  });

  it('writes nothing when a write fails halfway through an import', async () => {
    const { repo } = await freshRepository();
    await repo.put(template('a', 'Maths'));
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls += 1;
      if (calls === 3) throw new DOMException('Simulated quota error', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      await expect(repo.importAll([template('n1'), template('a', 'Changed'), template('n3')])).rejects.toThrow(/Simulated quota error/);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(3);
    expect((await repo.list()).map((t) => [t.id, t.name])).toEqual([['a', 'Maths']]);
  });
});
