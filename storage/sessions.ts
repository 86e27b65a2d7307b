import type { Db } from './db';
import type { SessionRecord, StoredEvent } from './schema';
import type { PlatformId } from '../session/events';

/** An open session idle for longer than this is a new class, not a resumed one. */
export const RESUME_WINDOW_MS = 6 * 60 * 60 * 1000;

type PersistedEvent = StoredEvent['event'];

export interface NewSession {
  roomKey: string;
  platform: PlatformId;
  roomTitle: string;
  startedAt: number;
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
     * session's new sequence counter are stored, or nothing is.
     */
    async append(sessionId: string, events: PersistedEvent[]): Promise<void> {
      if (events.length === 0) return;
      const tx = db.transaction(['sessions', 'events'], 'readwrite');
      const sessions = tx.objectStore('sessions');
      const session = await sessions.get(sessionId);
      if (!session) throw new Error(`Unknown session ${sessionId}`);
      let seq = session.nextSeq;
      for (const event of events) {
        void tx.objectStore('events').add({ sessionId, seq: seq++, event });
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

    async end(sessionId: string, at: number): Promise<void> {
      const session = await db.get('sessions', sessionId);
      if (!session || session.endedAt !== null) return;
      await db.put('sessions', { ...session, endedAt: at });
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
