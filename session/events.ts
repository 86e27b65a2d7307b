/**
 * The vocabulary of a session. Adapters turn a room page into RoomEvents; the moderator's actions
 * become ModeratorEvents; both are stamped with a time and appended to the session's log.
 * Every view (attendance, queue, agenda clock, chat load, report) is a pure function of that log.
 */

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
  | { type: 'chat.message'; message: ChatMessage };

export type RoomEventType = RoomEvent['type'];

/** A room event as stored: stamped by the content script when it was read. */
export type TimedRoomEvent = RoomEvent & { at: number };
