import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { DatabaseBlockedError, openModeratoDb } from './db';
import { storageProblemOf } from '../hub/logWriter';

describe('opening the database', () => {
  it('gives up with a clear error when an old connection keeps it blocked, and opens once it is gone', async () => {
    const name = 'blocked-db';
    // An old connection at version 1 that ignores requests to close (no versionchange handler).
    const stale = await openDB(name, 1, {
      upgrade: (db) => {
        db.createObjectStore('sessions', { keyPath: 'id' });
        db.createObjectStore('events', { keyPath: ['sessionId', 'seq'] });
      },
    });
    stale.addEventListener('versionchange', () => undefined);
    const error = await openModeratoDb(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseBlockedError);
    expect(storageProblemOf(error)).toBe('blocked');

    stale.close();
    const db = await openModeratoDb(name);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['events', 'templates']));
    db.close();
  });
});
