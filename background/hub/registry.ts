/**
 * The session registry: one live session per room key, opened from IndexedDB (resumed when the
 * room's last session is still open, with any events a stopped worker kept unwritten) or
 * created, folded event by event, and written to its log.
 */
import type { Detection } from '../../platforms/contract';
import { applyRoomEvent, emptyRoomState, liveViews, roomState, toPersisted, type LoggedEvent, type SessionEvent } from '../../core/session';
import type { BacklogStore } from '../storage/backlog';
import type { SessionRecord } from '../storage/schema';
import type { SessionRepository } from '../storage/sessions';
import { createBacklogSweep } from './backlogSweep';
import { presentNow, type LiveSession, type PersistedEvent } from './liveSession';
import { createLogWriter } from './logWriter';

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 15_000, 60_000];

export interface RegistryDeps {
  repository(): Promise<SessionRepository>;
  now(): number;
  storageRetryDelaysMs?: number[];
  /** Where unwritten events are kept while storage fails, for a restarted worker. */
  backlog?: BacklogStore;
  /** Something the views show changed (events folded, storage problem, …). */
  onChange(session: LiveSession): void;
  /** A session deleted while live was replaced by a new one for the same room. */
  onReplaced(deleted: LiveSession, fresh: LiveSession): void;
}

export function createSessionRegistry(deps: RegistryDeps) {
  const retryDelays = deps.storageRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  /** The open session of each room (an ended one is forgotten: the room's next class is new). */
  const sessionsByRoom = new Map<string, Promise<LiveSession>>();
  /** Every session opened, ended or not, whose writes may still be pending. */
  const opened = new Set<LiveSession>();
  const forgotten = new WeakSet<LiveSession>();
  const sweep = createBacklogSweep(deps.backlog, deps.repository, retryDelays);

  async function sessionFor(detection: Detection): Promise<LiveSession> {
    for (;;) {
      let pending = sessionsByRoom.get(detection.roomKey);
      if (!pending) {
        pending = openSession(detection);
        sessionsByRoom.set(detection.roomKey, pending);
        pending.catch(() => sessionsByRoom.delete(detection.roomKey));
      }
      const session = await pending;
      if (forgotten.has(session)) {
        // Ended or deleted: the room's next session is a new one.
        if (sessionsByRoom.get(detection.roomKey) === pending) sessionsByRoom.delete(detection.roomKey);
        continue;
      }
      session.detection = detection;
      opened.add(session);
      return session;
    }
  }

  async function openSession(detection: Detection): Promise<LiveSession> {
    const repository = await deps.repository();
    const now = deps.now();
    const resumable = await repository.findResumable(detection.roomKey, now);
    if (resumable) {
      const kept = await sweep.claim(resumable.id);
      const stored = (await repository.events(resumable.id)) as unknown as LoggedEvent[];
      const log = [...stored, ...(kept as unknown as LoggedEvent[])];
      const session = live(resumable, detection, log);
      for (const event of log) if (event.type === 'chat.message') session.seenChatIds.add(event.message.id);
      void session.writer.adopt(kept);
      return session;
    }
    const record = await repository.create({
      roomKey: detection.roomKey,
      platform: detection.platform,
      roomTitle: detection.roomTitle,
      startedAt: now,
    });
    const session = live(record, detection, []);
    void recordEvents(session, [{ type: 'session.started', at: now, platform: detection.platform, roomKey: detection.roomKey, roomTitle: detection.roomTitle }]);
    return session;
  }

  function live(record: SessionRecord, detection: Detection, log: LoggedEvent[]): LiveSession {
    const session: LiveSession = {
      record,
      detection,
      log,
      views: liveViews(log),
      room: log.length ? roomState(log) : emptyRoomState(),
      seenChatIds: new Set(),
      health: [],
      chatText: new Map(),
      writer: createLogWriter<PersistedEvent>({
        write: async (batch) => (await deps.repository()).append(record.id, batch),
        retryDelaysMs: retryDelays,
        keep: deps.backlog && ((unwritten) => deps.backlog!.save(record.id, unwritten)),
        onProblem: (problem) => {
          if (problem) console.error(`Moderato: session events could not be stored (${problem}); retrying`);
          session.storageProblem = problem;
          deps.onChange(session);
        },
        onDropped: (count) => {
          session.dropped += count;
          deps.onChange(session);
        },
        onGone: () => void replace(session),
      }),
      storageProblem: null,
      dropped: 0,
      replacedBy: null,
    };
    return session;
  }

  /**
   * Folds events into the live session and appends them to the stored log. Resolves once they
   * are stored, or kept where a restarted worker finds them.
   */
  function recordEvents(session: LiveSession, events: SessionEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    for (const event of events) {
      session.log.push(event);
      session.views.add(event);
      session.room = applyRoomEvent(session.room, event);
    }
    const stored = session.writer.append(events.map(toPersisted) as unknown as PersistedEvent[]);
    if (events.some((event) => event.type === 'session.ended')) forget(session);
    deps.onChange(session);
    return stored;
  }

  /** The session's room opens a new session next time (the ended one stays bound where it is). */
  function forget(session: LiveSession) {
    forgotten.add(session);
  }

  /**
   * The moderator deleted the session while its class runs: a new session for the same room
   * takes over, starting with who is present now (what the deleted one held goes, as asked).
   */
  const replacing = new WeakSet<LiveSession>();
  async function replace(deleted: LiveSession) {
    if (replacing.has(deleted)) return;
    replacing.add(deleted);
    forget(deleted);
    const fresh = await sessionFor(deleted.detection).catch((error: unknown) => {
      console.error('Moderato: could not open a session to replace a deleted one', error);
      return null;
    });
    if (!fresh) return void replacing.delete(deleted);
    fresh.health = deleted.health;
    for (const [id, text] of deleted.chatText) fresh.chatText.set(id, text);
    void recordEvents(fresh, presentNow(deleted, deps.now()));
    deleted.replacedBy = fresh;
    deps.onReplaced(deleted, fresh);
  }

  /** Resolves once every pending write has reached IndexedDB (tests, and before suspending). */
  async function flush() {
    await sweep.settled();
    await Promise.all([...sessionsByRoom.values()].map((pending) => pending.then((session) => void opened.add(session), () => undefined)));
    await Promise.all([...opened].map((session) => session.writer.settled()));
    for (const session of opened) if (forgotten.has(session) && session.writer.backlog() === 0) opened.delete(session);
  }

  return { sessionFor, record: recordEvents, flush };
}

export type SessionRegistry = ReturnType<typeof createSessionRegistry>;
