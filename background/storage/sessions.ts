import type { Db } from './db';
import type { SessionRecord, StoredEvent } from './schema';
import type { PlatformId } from '../../core/session/events';

/** Sessions are kept this long by default, then deleted with their logs. */
export const DEFAULT_RETENTION_DAYS = 90;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;
const RETENTION_KEY = 'retentionDays';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Sessions whose last activity is before this instant are past the retention period. */
export function retentionCutoff(now: number, days: number): number {
  return now - days * DAY_MS;
}

/** A stored setting read back safely: an odd value falls back to the default. */
export function validRetentionDays(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_RETENTION_DAYS && value <= MAX_RETENTION_DAYS
    ? value
    : DEFAULT_RETENTION_DAYS;
}

/** An open session idle for longer than this is a new class, not a resumed one. */
export const RESUME_WINDOW_MS = 6 * 60 * 60 * 1000;

type PersistedEvent = StoredEvent['event'];

export interface NewSession {
  roomKey: string;
  platform: PlatformId;
  roomTitle: string;
  startedAt: number;
}

/** Appending to a session that no longer exists (the moderator deleted it while it was live). */
export class SessionGoneError extends Error {
  override name = 'SessionGoneError';
  constructor(sessionId: string) {
    super(`Unknown session ${sessionId}`);
  }
}

export function createSessionRepository(db: Db) {
  return {
    async create(session: NewSession): Promise<SessionRecord> {
      const record: SessionRecord = {
        ...session,
        id: crypto.randomUUID(),
        endedAt: null,
        lastEventAt: session.startedAt,
        nextSeq: 0,
      };
      await db.add('sessions', record);
      return record;
    },

    /** The newest session of this room that was not ended and was active recently. */
    async findResumable(roomKey: string, now: number): Promise<SessionRecord | null> {
      const candidates = await db.getAllFromIndex('sessions', 'byRoomKey', roomKey);
      const open = candidates
        .filter((s) => s.endedAt === null && now - s.lastEventAt <= RESUME_WINDOW_MS)
        .sort((a, b) => b.lastEventAt - a.lastEventAt);
      return open[0] ?? null;
    },

    get(id: string): Promise<SessionRecord | undefined> {
      return db.get('sessions', id);
    },

    /**
     * Appends a batch to the session's log in one transaction: either the whole batch and the
     * session's new sequence counter (and its end, when the batch ends it) are stored, or nothing is.
     */
    async append(sessionId: string, events: PersistedEvent[]): Promise<void> {
      if (events.length === 0) return;
      const tx = db.transaction(['sessions', 'events'], 'readwrite');
      const sessions = tx.objectStore('sessions');
      const session = await sessions.get(sessionId);
      if (!session) throw new SessionGoneError(sessionId);
      let seq = session.nextSeq;
      for (const event of events) {
        void tx.objectStore('events').add({ sessionId, seq: seq++, event });
        // The end is stored with the event that says it, so the room's next class is a new session.
        if (event.type === 'session.ended' && session.endedAt === null) session.endedAt = event.at;
      }
      session.nextSeq = seq;
      session.lastEventAt = Math.max(session.lastEventAt, events[events.length - 1]!.at);
      void sessions.put(session);
      await tx.done;
    },

    /** The whole log of a session, in the order it was written. */
    async events(sessionId: string): Promise<PersistedEvent[]> {
      const range = IDBKeyRange.bound([sessionId, 0], [sessionId, Infinity]);
      const stored = await db.getAll('events', range);
      return stored.map((s) => s.event);
    },

    /** Every session, newest first. */
    async list(): Promise<SessionRecord[]> {
      const all = await db.getAllFromIndex('sessions', 'byStartedAt');
      return all.reverse();
    },

    /** Deletes a session and its whole log in one transaction. */
    async delete(sessionId: string): Promise<void> {
      const tx = db.transaction(['sessions', 'events'], 'readwrite');
      void tx.objectStore('sessions').delete(sessionId);
      void tx.objectStore('events').delete(IDBKeyRange.bound([sessionId, 0], [sessionId, Infinity]));
      await tx.done;
    },

    /** Deletes every session and every log. */
    async deleteAll(): Promise<void> {
      const tx = db.transaction(['sessions', 'events'], 'readwrite');
      void tx.objectStore('sessions').clear();
      void tx.objectStore('events').clear();
      await tx.done;
    },

    /**
     * Deletes, in one transaction, every session whose last activity is before `cutoff`, with its
     * log. Returns the ids deleted.
     */
    async deleteOlderThan(cutoff: number): Promise<string[]> {
      const tx = db.transaction(['sessions', 'events'], 'readwrite');
      const sessions = tx.objectStore('sessions');
      const events = tx.objectStore('events');
      const old = (await sessions.getAll()).filter((s) => Math.max(s.lastEventAt, s.endedAt ?? 0) < cutoff);
      for (const session of old) {
        void sessions.delete(session.id);
        void events.delete(IDBKeyRange.bound([session.id, 0], [session.id, Infinity]));
      }
      await tx.done;
      return old.map((s) => s.id);
    },

    /** The retention setting, in days (default 90). */
    async retentionDays(): Promise<number> {
      return validRetentionDays((await db.get('meta', RETENTION_KEY))?.value);
    },

    async setRetentionDays(days: number): Promise<void> {
      if (validRetentionDays(days) !== days) throw new RangeError(`Retention must be ${MIN_RETENTION_DAYS}–${MAX_RETENTION_DAYS} days`);
      await db.put('meta', { key: RETENTION_KEY, value: days });
    },

    /** Applies the retention setting (on start-up and once a day). Returns the ids deleted. */
    async applyRetention(now: number): Promise<string[]> {
      return this.deleteOlderThan(retentionCutoff(now, await this.retentionDays()));
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
