/**
 * The room as it is now: who is present and in what state, raised hands in raise order, recent
 * chat. `applyRoomEvent` folds one event (for the hub, event by event); `roomState` folds a whole
 * log. Both run the same step, so they cannot disagree.
 *
 * The log is trusted to be de-duplicated (the hub drops chat messages whose id it already has);
 * repeated joins of a present participant (a snapshot after a reload) are harmless.
 * The server's attendance record (server.* events) is kept as fingerprints, so a room script that
 * restarts and sends the record again adds nothing to the log.
 */
import type { ChatMessageRecord, LoggedEvent, ParticipantState } from './events';

export const DEFAULT_CHAT_LIMIT = 50;
/** A successful read of the server's record that changed nothing is logged at most this often. */
export const SERVER_READ_REPEAT_MS = 55_000;

export interface RoomState {
  participants: ReadonlyMap<string, ParticipantState>;
  /** The platform's own total when it gave one (virtualised lists show fewer rows). */
  platformCount: number | null;
  /** `platformCount` when known, else the number of participants present. */
  participantCount: number;
  /** Participant ids, first raised first. */
  raisedHands: readonly string[];
  /** The last `chatLimit` messages, oldest first. */
  recentChat: readonly ChatMessageRecord[];
  /** Messages written by people since the start (platform notices are not counted). */
  chatTotal: number;
  /** Of those, how many passed too fast to be read (counted in `chatTotal`, never in `recentChat`). */
  chatMissed: number;
  chatLimit: number;
  /** Each person of the server's record as last logged (key → JSON), to drop repeats. */
  serverPeople: ReadonlyMap<string, string>;
  /** The last logged reading of the server's record. */
  serverRead: { status: string; detail: string | null; at: number } | null;
}

export function emptyRoomState(chatLimit = DEFAULT_CHAT_LIMIT): RoomState {
  return {
    participants: new Map(),
    platformCount: null,
    participantCount: 0,
    raisedHands: [],
    recentChat: [],
    chatTotal: 0,
    chatMissed: 0,
    chatLimit,
    serverPeople: new Map(),
    serverRead: null,
  };
}

/** Returns a new state; the given one is left untouched. Non-room events return it unchanged. */
export function applyRoomEvent(state: RoomState, event: LoggedEvent): RoomState {
  if (!isRoomEventType(event.type)) return state;
  const draft = copyOf(state);
  step(draft, event);
  return draft;
}

/**
 * Whether a room event would change the room state. A room that reloads, or the same room open in
 * two tabs, re-sends what it sees; those repeats need not be logged twice.
 */
export function changesRoom(state: RoomState, event: LoggedEvent): boolean {
  switch (event.type) {
    case 'participant.joined':
    case 'participant.updated': {
      const known = state.participants.get(event.participant.id);
      return !known || !sameParticipant(known, event.participant);
    }
    case 'participant.left':
      return state.participants.has(event.id);
    case 'participants.count':
      return state.platformCount !== event.count;
    case 'hand.raised':
      return !state.raisedHands.includes(event.id);
    case 'hand.lowered':
      return state.raisedHands.includes(event.id);
    case 'talk.started':
      return state.participants.get(event.id)?.talking !== true;
    case 'talk.stopped':
      return state.participants.get(event.id)?.talking === true;
    case 'server.person':
      return state.serverPeople.get(event.person.key) !== JSON.stringify(event.person);
    case 'server.read': {
      const last = state.serverRead;
      return !last || last.status !== event.status || last.detail !== (event.detail ?? null) || event.at - last.at >= SERVER_READ_REPEAT_MS;
    }
    default:
      return true;
  }
}

function sameParticipant(a: ParticipantState, b: ParticipantState): boolean {
  return (Object.keys(b) as (keyof ParticipantState)[]).every((key) => a[key] === b[key]) &&
    Object.keys(a).length === Object.keys(b).length;
}

export function roomState(events: readonly LoggedEvent[], chatLimit = DEFAULT_CHAT_LIMIT): RoomState {
  // One private copy mutated in place: linear in the log, where copying per event would not be.
  const draft = copyOf(emptyRoomState(chatLimit));
  for (const event of events) step(draft, event);
  return draft;
}

/** The mutable twin of RoomState, only ever held inside this module. */
interface Draft {
  participants: Map<string, ParticipantState>;
  platformCount: number | null;
  participantCount: number;
  raisedHands: string[];
  recentChat: ChatMessageRecord[];
  chatTotal: number;
  chatMissed: number;
  chatLimit: number;
  /** Replaced, never changed in place: copies of the state share it (see copyOf). */
  serverPeople: ReadonlyMap<string, string>;
  serverRead: RoomState['serverRead'];
}

function copyOf(state: RoomState): Draft {
  return {
    ...state,
    participants: new Map(state.participants),
    raisedHands: [...state.raisedHands],
    recentChat: [...state.recentChat],
  };
}

const ROOM_EVENT_TYPES = new Set<string>([
  'participant.joined', 'participant.updated', 'participant.left', 'participants.count',
  'hand.raised', 'hand.lowered', 'talk.started', 'talk.stopped', 'chat.message', 'chat.missed',
  'server.person', 'server.read',
]);

function isRoomEventType(type: string): boolean {
  return ROOM_EVENT_TYPES.has(type);
}

function step(draft: Draft, event: LoggedEvent): void {
  switch (event.type) {
    case 'participant.joined':
    case 'participant.updated': {
      const participant = event.participant;
      draft.participants.set(participant.id, participant);
      // The row's hand flag reconciles the list (a snapshot after a reload carries no hand.raised).
      if (participant.handRaised) raiseHand(draft, participant.id);
      else lowerHand(draft, participant.id);
      break;
    }
    case 'participant.left':
      draft.participants.delete(event.id);
      lowerHand(draft, event.id);
      break;
    case 'participants.count':
      draft.platformCount = event.count;
      break;
    case 'hand.raised':
      raiseHand(draft, event.id);
      setFlag(draft, event.id, 'handRaised', true);
      break;
    case 'hand.lowered':
      lowerHand(draft, event.id);
      setFlag(draft, event.id, 'handRaised', false);
      break;
    case 'talk.started':
      setFlag(draft, event.id, 'talking', true);
      break;
    case 'talk.stopped':
      setFlag(draft, event.id, 'talking', false);
      break;
    case 'chat.message':
      // Platform notices (welcome, presenter changed…) are shown but are not people talking.
      if (!event.message.system) draft.chatTotal += 1;
      draft.recentChat.push(event.message);
      if (draft.recentChat.length > draft.chatLimit) draft.recentChat.shift();
      break;
    case 'chat.missed':
      draft.chatTotal += event.count;
      draft.chatMissed += event.count;
      break;
    case 'server.person':
      draft.serverPeople = new Map(draft.serverPeople).set(event.person.key, JSON.stringify(event.person));
      break;
    case 'server.read':
      draft.serverRead = { status: event.status, detail: event.detail ?? null, at: event.at };
      break;
    default:
      return;
  }
  draft.participantCount = draft.platformCount ?? draft.participants.size;
}

function raiseHand(draft: Draft, id: string): void {
  if (!draft.raisedHands.includes(id)) draft.raisedHands.push(id);
}

function lowerHand(draft: Draft, id: string): void {
  const index = draft.raisedHands.indexOf(id);
  if (index >= 0) draft.raisedHands.splice(index, 1);
}

function setFlag(draft: Draft, id: string, flag: 'handRaised' | 'talking', value: boolean): void {
  const participant = draft.participants.get(id);
  if (participant && participant[flag] !== value) draft.participants.set(id, { ...participant, [flag]: value });
}
