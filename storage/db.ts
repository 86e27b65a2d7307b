import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgrades, type ModeratoDb } from './schema';

export type Db = IDBPDatabase<ModeratoDb>;

/**
 * Opens Moderato's database in the extension's origin (never from a content script: there it
 * would belong to the room page). A newer Moderato opening the same profile asks this connection
 * to close (`blocking`), so an upgrade is never stuck behind a stale service worker.
 */
export function openModeratoDb(name = DB_NAME): Promise<Db> {
  return openDB<ModeratoDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) {
        upgrades[version]!(db, tx);
      }
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
