/**
 * The vocabulary of a session. Adapters turn a room page into RoomEvents; the moderator's actions
 * become ModeratorEvents; both are stamped with a time and appended to the session's log.
 * Every view (attendance, queue, agenda clock, chat load, report) is a pure function of that log.
 */

import { isQuestion } from './questions';

export type PlatformId = 'bigbluebutton' | 'collaborate' | 'via' | 'generic';

export type ParticipantRole = 'moderator' | 'viewer';

/** What a room page shows about one participant at one moment. */
export interface ParticipantState {
  /** Stable within a session: the adapter derives it from what the page offers (never a row index). */
  id: string;
  name: string;
  role: ParticipantRole;
  presenter: boolean;
  /** The moderator using Moderato. */
  you: boolean;
  handRaised: boolean;
  talking: boolean;
  /** null when the participant has not joined audio, or the page does not say. */
  muted: boolean | null;
  webcam: boolean;
}

/**
 * The server's attendance record (BigBlueButton's Learning Analytics Dashboard): complete where
 * the page is not (rows beyond the mounted ones, time while the browser was away), with the
 * server's own join and leave times. See docs/platforms/bbb-learning-dashboard.md.
 */
export interface ServerPerson {
  /** The server's key for the person (BBB `userKey`), stable across rejoins. */
  key: string;
  name: string;
  moderator: boolean;
  /** Every id the server gave this person (BBB internal ids, then the external id). */
  ids: string[];
  /** In time order; `leftAt` null: still in when read. */
  intervals: { joinedAt: number; leftAt: number | null }[];
}

/**
 * ok: read and valid. disabled: the meeting has the record turned off (also breakout rooms).
 * denied: the server refuses this user (not a moderator, session not valid). not-running: the
 * meeting is not running. no-data: not written yet. unreachable: network or HTTP error.
 * malformed: an answer that is not the expected shape (ignored whole). no-token: the page gives
 * no session token to ask with.
 */
export type ServerReadStatus = 'ok' | 'disabled' | 'denied' | 'not-running' | 'no-data' | 'unreachable' | 'malformed' | 'no-token';

export interface ChatMessage {
  /** Stable key for de-duplication (platform id, or a hash of sender + time + text + occurrence). */
  id: string;
  sender: string;
  /** Time as shown by the platform (e.g. "14:05"), if any. */
  shownTime: string | null;
  text: string;
  /** Platform notices (presenter changed, chat cleared, poll…) rather than a person writing. */
  system: boolean;
}

export type RoomEvent =
  | { type: 'participant.joined'; participant: ParticipantState }
  | { type: 'participant.updated'; participant: ParticipantState }
  | { type: 'participant.left'; id: string }
  /** The platform's own total, which may exceed the rows in the DOM (virtualised lists). */
  | { type: 'participants.count'; count: number }
  | { type: 'hand.raised'; id: string }
  | { type: 'hand.lowered'; id: string }
  | { type: 'talk.started'; id: string }
  | { type: 'talk.stopped'; id: string }
  | { type: 'chat.message'; message: ChatMessage }
  /**
   * Messages the platform numbered that Moderato never saw: a burst replaced the mounted chat
   * before it could be read (BBB 3.0 keeps only its last two pages). Counted, never read.
   */
  | { type: 'chat.missed'; count: number }
  /** One person of the server's own attendance record, as last read (replaces earlier reads). */
  | { type: 'server.person'; person: ServerPerson }
  /** The outcome of reading the server's record, logged when it changes (and now and then). */
  | { type: 'server.read'; status: ServerReadStatus; detail?: string };

export type RoomEventType = RoomEvent['type'];

/** A room event as stored: stamped by the content script when it was read. */
export type TimedRoomEvent = RoomEvent & { at: number };

// ---------------------------------------------------------------------------------------------
// The moderator's actions. They are facts like the room's: stamped, appended, never edited.

export interface AgendaItem {
  id: string;
  title: string;
  plannedMinutes: number;
  objective?: string;
}

export type ChecklistId = 'start' | 'end';
export type ChecklistOutcome = 'done' | 'failed' | 'manual-confirmed' | 'skipped';
export type QueueSource = 'hand' | 'manual';

/** Same shape as the adapters' CapabilityHealth, restated so the session core depends on nothing. */
export interface HealthEntry {
  capability: string;
  status: 'works' | 'degraded' | 'manual' | 'hidden';
  method: string;
  detail?: string;
}

export type ModeratorEvent =
  | { type: 'agenda.set'; items: AgendaItem[] }
  | { type: 'agenda.started' }
  | { type: 'agenda.paused' }
  | { type: 'agenda.resumed' }
  | { type: 'agenda.next' }
  | { type: 'agenda.previous' }
  /** Adds minutes to the current item (negative values shorten it, never below zero). */
  | { type: 'agenda.extended'; minutes: number }
  | { type: 'agenda.jumped'; index: number }
  /** `entryId` is chosen by whoever appends the event, so later events can name the entry. */
  | { type: 'queue.added'; entryId: string; participantId?: string; name: string; source: QueueSource }
  | { type: 'queue.moved'; entryId: string; toIndex: number }
  | { type: 'queue.removed'; entryId: string }
  | { type: 'queue.floorGiven'; entryId: string }
  /** Ends the current turn; `entryId`, when given, must name the current speaker. */
  | { type: 'queue.done'; entryId?: string }
  | { type: 'queue.skipped'; entryId: string }
  | { type: 'chat.answered'; messageId: string }
  | { type: 'session.started'; platform: PlatformId; roomKey: string; roomTitle: string }
  | { type: 'session.ended' }
  | { type: 'checklist.step'; checklist: ChecklistId; stepId: string; outcome: ChecklistOutcome; detail?: string }
  | { type: 'health.changed'; health: HealthEntry[] };

export type ModeratorEventType = ModeratorEvent['type'];

export type TimedModeratorEvent = ModeratorEvent & { at: number };

/** One entry of a session's log: `at` is epoch ms; `seq` is the log position once stored. */
export type SessionEvent = (TimedRoomEvent | TimedModeratorEvent) & { seq?: number };

// ---------------------------------------------------------------------------------------------
// Persisted form. Pupils' chat text stays in memory; the stored log keeps what the report needs.

export interface PersistedChatMessage {
  id: string;
  sender: string;
  shownTime: string | null;
  system: boolean;
  /** Length of the text in characters. */
  length: number;
  isQuestion: boolean;
}

type PersistedChatEvent = { type: 'chat.message'; message: PersistedChatMessage; at: number; seq?: number };

export type PersistedSessionEvent = Exclude<SessionEvent, { type: 'chat.message' }> | PersistedChatEvent;

/** Either form of a log entry: views accept both, so the report runs on stored logs. */
export type LoggedEvent = SessionEvent | PersistedSessionEvent;

/** A chat message as a view sees it: with its text when live, without when read back from storage. */
export type ChatMessageRecord = ChatMessage | PersistedChatMessage;

export function toPersisted(event: SessionEvent): PersistedSessionEvent {
  if (event.type !== 'chat.message') return event;
  const { text, ...metadata } = event.message;
  const message: PersistedChatMessage = {
    ...metadata,
    length: text.length,
    isQuestion: !metadata.system && isQuestion(text),
  };
  const persisted: PersistedChatEvent = { type: 'chat.message', message, at: event.at };
  if (event.seq !== undefined) persisted.seq = event.seq;
  return persisted;
}

/** Whether a chat message, live or persisted, is a question (system notices never are). */
export function messageIsQuestion(message: ChatMessageRecord): boolean {
  if (message.system) return false;
  return 'text' in message ? isQuestion(message.text) : message.isQuestion;
}

export function messageText(message: ChatMessageRecord): string | null {
  return 'text' in message ? message.text : null;
}
