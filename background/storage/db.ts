/**
 * One writer per store. The background (service worker) owns `sessions` and `events`: its hub
 * creates sessions and appends their logs, its retention alarm deletes old ones, and the side
 * panel's deletions and retention changes are asked of it (PanelToHubSessions). The side panel
 * owns `templates`, `plans`, `packs` and `meta` (its settings and flags); the background only
 * reads plans (reminders), packs (rooms ask for theirs) and the retention setting, except that its
 * retention alarm deletes planned classes already past the retention period (see retention.ts).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgrades, type ModeratoDb } from './schema';

export type Db = IDBPDatabase<ModeratoDb>;

/** The error an open gives up with when another connection keeps the database blocked. */
export class DatabaseBlockedError extends Error {
  override name = 'BlockedError';
  constructor() {
    super('The Moderato database is blocked by another connection that does not close.');
  }
}

/**
 * Opens Moderato's database in the extension's origin (never from a content script: there it
 * would belong to the room page). A newer Moderato opening the same profile asks this connection
 * to close (`blocking`), so an upgrade is never stuck behind a stale service worker. When another
 * connection refuses to close, the open gives up with a DatabaseBlockedError instead of waiting
 * forever, so the caller can tell the moderator and try again later.
 */
export function openModeratoDb(name = DB_NAME): Promise<Db> {
  return new Promise<Db>((resolve, reject) => {
    let blocked = false;
    openDB<ModeratoDb>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let version = oldVersion; version < DB_VERSION; version++) {
          upgrades[version]!(db, tx);
        }
      },
      blocked() {
        blocked = true;
        reject(new DatabaseBlockedError());
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    }).then(
      // Opened after all (the other connection closed late): keep it only if nobody was told otherwise.
      (db) => (blocked ? db.close() : resolve(db)),
      reject,
    );
  });
}
