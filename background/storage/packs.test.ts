import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { openModeratoDb } from './db';
import { createPackRepository, InvalidPackError } from './packs';
import { DB_VERSION, upgrades } from './schema';
import { createSessionRepository } from './sessions';
import { createTemplateRepository } from './templates';
import { defaultTemplates } from '../../core/templates/defaults';
import { emptyPack, type SelectorPack } from '../../core/packs/schema';

const NOW = new Date(Date.UTC(2025, 2, 10, 14, 0, 0));
let dbCount = 0;
const freshName = () => `packs-test-${++dbCount}`;

function pack(origin: string, roles: SelectorPack['roles'] = { participantRow: 'li.user' }): SelectorPack {
  return { ...emptyPack(origin, NOW), roles };
}

describe('schema upgrade to the packs store', () => {
  it('opens a database of the previous version without losing anything, and adds the packs store', async () => {
    const name = freshName();
    // The last version without the packs store (upgrade 3 → 4 adds it).
    const previous = 3;
    // A profile written by the previous Moderato, built by its own upgrade steps.
    const old = await openDB(name, previous, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let version = oldVersion; version < previous; version++) upgrades[version]!(db as never, tx as never);
      },
    });
    expect(old.objectStoreNames.contains('packs')).toBe(false);
    const session = {
      id: 's1',
      roomKey: 'https://via.example.fr/salle|Maths',
      platform: 'via',
      roomTitle: 'Maths',
      startedAt: 1000,
      endedAt: null,
      lastEventAt: 1001,
      nextSeq: 1,
    };
    await old.put('sessions', session);
    await old.put('events', { sessionId: 's1', seq: 0, event: { type: 'participants.count', at: 1001, count: 3 } });
    const template = { ...defaultTemplates('fr', NOW)[0]!, position: 0 };
    await old.put('templates', template);
    await old.put('meta', { key: 'templatesSeeded', value: NOW.toISOString() });
    const plan = { id: 'p1', templateId: template.id, title: 'Maths', startsAt: 5000, participantsLink: 'https://via.example.fr/p', moderatorLink: '' };
    await old.put('plans', plan);
    old.close();

    const db = await openModeratoDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['events', 'meta', 'packs', 'plans', 'sessions', 'templates']));
    expect(await db.get('sessions', 's1')).toEqual(session);
    expect(await createSessionRepository(db).events('s1')).toEqual([{ type: 'participants.count', at: 1001, count: 3 }]);
    expect(await createTemplateRepository(db).list()).toEqual([template]);
    expect(await db.get('meta', 'templatesSeeded')).toEqual({ key: 'templatesSeeded', value: NOW.toISOString() });
    expect(await db.get('plans', 'p1')).toEqual(plan);
    expect(await createPackRepository(db).list()).toEqual([]);
    db.close();
  });
});

describe('pack repository', () => {
  it('puts, gets, lists and deletes packs by origin', async () => {
    const repo = createPackRepository(await openModeratoDb(freshName()));
    await repo.put(pack('https://via.example.fr'));
    await repo.put(pack('https://collab.example.com', { chatMessage: '.msg' }));
    expect(await repo.get('https://via.example.fr')).toEqual(pack('https://via.example.fr'));
    expect((await repo.list()).map((p) => p.origin)).toEqual(['https://collab.example.com', 'https://via.example.fr']);
    // One pack per origin: a second put replaces the first.
    await repo.put(pack('https://via.example.fr', { chatMessage: '.line' }));
    expect((await repo.get('https://via.example.fr'))?.roles).toEqual({ chatMessage: '.line' });
    await repo.delete('https://via.example.fr');
    expect(await repo.get('https://via.example.fr')).toBeUndefined();
    expect(await repo.list()).toHaveLength(1);
  });

  it('refuses an invalid pack and writes nothing', async () => {
    const repo = createPackRepository(await openModeratoDb(freshName()));
    const hostile = pack('https://via.example.fr', { chatMessage: 'div[style*=url(javascript:alert(1))]' });
    await expect(repo.put(hostile)).rejects.toBeInstanceOf(InvalidPackError);
    await expect(repo.put(hostile)).rejects.toMatchObject({ errors: [{ code: 'selector-url', path: 'roles.chatMessage' }] });
    expect(await repo.list()).toEqual([]);
  });

  it('never returns a stored record that does not validate', async () => {
    const db = await openModeratoDb(freshName());
    await db.put('packs', { ...pack('https://via.example.fr'), roles: { participantRow: '*' } });
    const repo = createPackRepository(db);
    expect(await repo.get('https://via.example.fr')).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });

  it('keeps what still holds of a pack taught under older rules: only the roles refused today are left out', async () => {
    const db = await openModeratoDb(freshName());
    const older = pack('https://via.example.fr', {
      participantRow: 'ul.users > li',
      participantName: 'span:not(.a ~ .b)',
      chatMessage: '.chat .msg',
      chatInput: 'textarea',
      chatSend: '[aria-label="Envoyer"]',
    });
    await db.put('packs', older);
    const repo = createPackRepository(db);
    expect((await repo.get('https://via.example.fr'))?.roles).toEqual({ participantRow: 'ul.users > li', chatMessage: '.chat .msg', chatInput: 'textarea' });
    expect(await repo.list()).toHaveLength(1);
  });
});
