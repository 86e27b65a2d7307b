/**
 * The session registry: one live session per room key, opened from IndexedDB (resumed when the
 * room's last session is still open) or created, folded event by event, and written to its log.
 */
import type { CapabilityHealth, Detection } from '../../platforms/contract';
import {
  applyRoomEvent,
  changesRoom,
  emptyRoomState,
  liveViews,
  roomState,
  toPersisted,
  type ChatMessage,
  type LiveViews,
  type LoggedEvent,
  type RoomState,
  type SessionEvent,
} from '../../core/session';
import type { StorageProblem } from '../../core/protocol';
import type { SessionRecord, StoredEvent } from '../storage/schema';
import type { SessionRepository } from '../storage/sessions';
import { createLogWriter } from './logWriter';

type PersistedEvent = StoredEvent['event'];

/** Chat texts kept in memory per session (the log stores none). */
const CHAT_TEXT_MEMORY = 200;

export interface LiveSession {
  record: SessionRecord;
  detection: Detection;
  /** The whole log in memory (chat with its text while live), for the views. */
  log: LoggedEvent[];
  /** The panel's views, folded event by event as the log grows. */
  views: LiveViews;
  room: RoomState;
  health: CapabilityHealth[];
  seenChatIds: Set<string>;
  chatText: Map<string, string>;
  /** Writes the log in arrival order and retries when storage fails. */
  writer: ReturnType<typeof createLogWriter<PersistedEvent>>;
  storageProblem: StorageProblem | null;
}

export interface RegistryDeps {
  repository(): Promise<SessionRepository>;
  now(): number;
  storageRetryDelaysMs?: number[];
  /** Something the views show changed (events folded, storage problem, …). */
  onChange(session: LiveSession): void;
}

export function createSessionRegistry(deps: RegistryDeps) {
  /** The open session of each room (an ended one is forgotten: the room's next class is new). */
  const sessionsByRoom = new Map<string, Promise<LiveSession>>();
  /** Every session opened, ended or not, whose writes may still be pending. */
  const opened = new Set<LiveSession>();
  const ended = new WeakSet<LiveSession>();

  async function sessionFor(detection: Detection): Promise<LiveSession> {
    let pending = sessionsByRoom.get(detection.roomKey);
    if (!pending) {
      pending = openSession(detection);
      sessionsByRoom.set(detection.roomKey, pending);
      pending.catch(() => sessionsByRoom.delete(detection.roomKey));
    }
    const session = await pending;
    session.detection = detection;
    opened.add(session);
    return session;
  }

  async function openSession(detection: Detection): Promise<LiveSession> {
    const repository = await deps.repository();
    const now = deps.now();
    const resumable = await repository.findResumable(detection.roomKey, now);
    if (resumable) {
      const log = (await repository.events(resumable.id)) as unknown as LoggedEvent[];
      const seenChatIds = new Set<string>();
      for (const event of log) if (event.type === 'chat.message') seenChatIds.add(event.message.id);
      return live(resumable, detection, log, seenChatIds);
    }
    const record = await repository.create({
      roomKey: detection.roomKey,
      platform: detection.platform,
      roomTitle: detection.roomTitle,
      startedAt: now,
    });
    const session = live(record, detection, [], new Set());
    recordEvents(session, [{ type: 'session.started', at: now, platform: detection.platform, roomKey: detection.roomKey, roomTitle: detection.roomTitle }]);
    return session;
  }

  function live(record: SessionRecord, detection: Detection, log: LoggedEvent[], seenChatIds: Set<string>): LiveSession {
    const session: LiveSession = {
      record,
      detection,
      log,
      views: liveViews(log),
      room: log.length ? roomState(log) : emptyRoomState(),
      seenChatIds,
      health: [],
      chatText: new Map(),
      writer: createLogWriter<PersistedEvent>({
        write: async (batch) => (await deps.repository()).append(record.id, batch),
        retryDelaysMs: deps.storageRetryDelaysMs,
        onProblem: (problem) => {
          if (problem) console.error(`Moderato: session events could not be stored (${problem}); retrying`);
          session.storageProblem = problem;
          deps.onChange(session);
        },
      }),
      storageProblem: null,
    };
    return session;
  }

  /** Folds events into the live session and appends them to the stored log. */
  function recordEvents(session: LiveSession, events: SessionEvent[]) {
    if (events.length === 0) return;
    for (const event of events) {
      session.log.push(event);
      session.views.add(event);
      session.room = applyRoomEvent(session.room, event);
    }
    session.writer.append(events.map(toPersisted) as unknown as PersistedEvent[]);
    if (events.some((event) => event.type === 'session.ended')) forget(session);
    deps.onChange(session);
  }

  /** The session's room opens a new session next time (the ended one stays bound where it is). */
  function forget(session: LiveSession) {
    ended.add(session);
    const key = session.record.roomKey;
    const current = sessionsByRoom.get(key);
    void current?.then((live) => {
      if (live === session && sessionsByRoom.get(key) === current) sessionsByRoom.delete(key);
    });
  }

  /** Resolves once every pending write has reached IndexedDB (tests, and before suspending). */
  async function flush() {
    await Promise.all([...sessionsByRoom.values()].map((pending) => pending.then((session) => opened.add(session))));
    await Promise.all([...opened].map((session) => session.writer.settled()));
    for (const session of opened) if (ended.has(session) && session.writer.backlog() === 0) opened.delete(session);
  }

  return { sessionFor, record: recordEvents, flush };
}

export type SessionRegistry = ReturnType<typeof createSessionRegistry>;

export function rememberChat(session: LiveSession, message: ChatMessage) {
  session.chatText.set(message.id, message.text);
  if (session.chatText.size > CHAT_TEXT_MEMORY) {
    const oldest = session.chatText.keys().next().value;
    if (oldest !== undefined) session.chatText.delete(oldest);
  }
}

/**
 * Drops what the log already holds: a chat row re-rendered or re-sent after a reconnect, a
 * participant seen again unchanged (a reload's snapshot, the same room in a second tab).
 */
export function accept(session: LiveSession, events: SessionEvent[]): SessionEvent[] {
  const fresh: SessionEvent[] = [];
  let room = session.room;
  for (const event of events) {
    if (!changesRoom(room, event)) continue;
    room = applyRoomEvent(room, event);
    if (event.type === 'chat.message') {
      rememberChat(session, event.message);
      if (session.seenChatIds.has(event.message.id)) continue;
      session.seenChatIds.add(event.message.id);
    }
    fresh.push(event);
  }
  return fresh;
}

export function lastLoggedHealth(session: LiveSession) {
  for (let index = session.log.length - 1; index >= 0; index--) {
    const event = session.log[index]!;
    if (event.type === 'health.changed') return event.health;
  }
  return null;
}
