/**
 * The IndexedDB schema, one numbered version at a time. Each upgrade step takes the database from
 * version N-1 to N; opening runs every step above the stored version, in order, so a profile
 * written by any earlier Moderato is brought forward without losing anything.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { PlatformId } from '../../core/session/events';
import type { Template } from '../../core/templates/schema';
import type { SelectorPack } from '../../core/packs/schema';
import type { PlannedClass } from '../../core/templates/planMatch';

export const DB_NAME = 'moderato';

export interface SessionRecord {
  id: string;
  roomKey: string;
  platform: PlatformId;
  roomTitle: string;
  startedAt: number;
  /**
   * When the session ended (the moderator or the room said so): stored with the log's
   * session.ended event. An open session can be resumed by its room; an ended one never is.
   */
  endedAt: number | null;
  /** Time of the newest stored event, so a stale open session is not resumed days later. */
  lastEventAt: number;
  /** Next sequence number to give an event of this session. */
  nextSeq: number;
}

/** One entry of a session's append-only log, as stored (chat text is never in it). */
export interface StoredEvent {
  sessionId: string;
  seq: number;
  /** The event itself, already stripped of anything that must not be persisted. */
  event: { type: string; at: number } & Record<string, unknown>;
}

export interface ModeratoDbV1 extends DBSchema {
  sessions: {
    key: string;
    value: SessionRecord;
    indexes: { byRoomKey: string; byStartedAt: number };
  };
  events: {
    key: [string, number];
    value: StoredEvent;
  };
}

/** A template as stored: the template itself and its place in the moderator's list. */
export type StoredTemplate = Template & { position: number };

/** Small flags about the profile itself (e.g. whether the default templates were offered). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export interface ModeratoDbV2 extends ModeratoDbV1 {
  templates: {
    key: string;
    value: StoredTemplate;
    indexes: { byName: string };
  };
  meta: {
    key: string;
    value: MetaRecord;
  };
}

/** A class planned ahead: when, with which template, and the links to hand out (core's model). */
export type PlanRecord = PlannedClass;

export interface ModeratoDbV3 extends ModeratoDbV2 {
  plans: {
    key: string;
    value: PlanRecord;
    indexes: { byStartsAt: number };
  };
}

export interface ModeratoDbV4 extends ModeratoDbV3 {
  /** Selector packs the moderator taught or imported, one per site origin. */
  packs: {
    key: string;
    value: SelectorPack;
  };
}

export type ModeratoDb = ModeratoDbV4;

type UpgradeStep = (
  db: IDBPDatabase<ModeratoDb>,
  tx: IDBPTransaction<ModeratoDb, StoreNames<ModeratoDb>[], 'versionchange'>,
) => void;

/** upgrades[i] takes the database from version i to version i + 1. Append, never edit. */
export const upgrades: UpgradeStep[] = [
  // 0 → 1: sessions and their event logs.
  (db) => {
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('byRoomKey', 'roomKey');
    sessions.createIndex('byStartedAt', 'startedAt');
    db.createObjectStore('events', { keyPath: ['sessionId', 'seq'] });
  },
  // 1 → 2: class and meeting templates, and the profile's flags. Sessions are not touched.
  (db) => {
    const templates = db.createObjectStore('templates', { keyPath: 'id' });
    templates.createIndex('byName', 'name');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // 2 → 3: planned classes (for reminders). Sessions and templates are not touched.
  (db) => {
    const plans = db.createObjectStore('plans', { keyPath: 'id' });
    plans.createIndex('byStartsAt', 'startsAt');
  },
  // 3 → 4: taught selector packs, keyed by origin. Nothing else is touched.
  (db) => {
    db.createObjectStore('packs', { keyPath: 'origin' });
  },
  // 4 → 5: a session whose log says it ended gets its endedAt (earlier versions logged the end
  // without storing it, so the room's next class resumed the ended session).
  (_db, tx) => {
    const events = tx.objectStore('events');
    void tx
      .objectStore('sessions')
      .openCursor()
      .then(async function next(cursor): Promise<void> {
        if (!cursor) return;
        const session = cursor.value;
        if (session.endedAt === null) {
          const log = await events.getAll(IDBKeyRange.bound([session.id, 0], [session.id, Infinity]));
          const end = log.find((stored) => stored.event.type === 'session.ended');
          if (end) await cursor.update({ ...session, endedAt: end.event.at });
        }
        return next(await cursor.continue());
      });
  },
];

export const DB_VERSION = upgrades.length;
