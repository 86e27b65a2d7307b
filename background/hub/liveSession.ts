/**
 * A session while its class runs: its log, folded views and room state in memory, and how the
 * hub's incoming events are checked against it. Pure helpers; the registry owns the sessions.
 */
import type { CapabilityHealth, Detection } from '../../platforms/contract';
import { applyRoomEvent, changesRoom, type ChatMessage, type LiveViews, type LoggedEvent, type RoomState, type SessionEvent } from '../../core/session';
import type { StorageProblem } from '../../core/protocol';
import type { SessionRecord, StoredEvent } from '../storage/schema';
import type { createLogWriter } from './logWriter';

export type PersistedEvent = StoredEvent['event'];

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
  /** Room events that could not be kept (see PanelState.dropped). */
  dropped: number;
  /** The session that took over when this one was deleted while live. */
  replacedBy: LiveSession | null;
}

/** The session that now stands for this one (itself unless it was deleted while live). */
export function current(session: LiveSession): LiveSession {
  let found = session;
  while (found.replacedBy) found = found.replacedBy;
  return found;
}

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

/** Who is in the room now, as the first events of a session that takes over from this one. */
export function presentNow(session: LiveSession, at: number): SessionEvent[] {
  const events: SessionEvent[] = [...session.room.participants.values()].map((participant) => ({ type: 'participant.joined', participant, at }));
  if (session.room.platformCount !== null) events.push({ type: 'participants.count', count: session.room.platformCount, at });
  return events;
}
