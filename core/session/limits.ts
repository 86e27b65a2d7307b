/**
 * Bounds on what a room page says, applied where its readings become session events
 * (room/runRoom.ts): a page can show a 10,000-character name or a 100,000-character message, and
 * every copy of it would be kept, stored and exported. Names (and ids made from them) are cut at
 * MAX_NAME_LENGTH, message texts at MAX_MESSAGE_LENGTH, with "…" where something was cut.
 */
import type { ChatMessage, ParticipantState, RoomEvent } from './events';

export const MAX_NAME_LENGTH = 256;
export const MAX_MESSAGE_LENGTH = 5_000;
/** A time as a page shows it ("14:05", "2:05 PM"). */
const MAX_TIME_LENGTH = 32;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Short ids are kept; a long one becomes its start plus a hash of the whole, the same in every event. */
function capId(id: string): string {
  if (id.length <= MAX_NAME_LENGTH) return id;
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193) >>> 0;
  return `${id.slice(0, MAX_NAME_LENGTH - 10)}…${hash.toString(16).padStart(8, '0')}`;
}

function capParticipant(participant: ParticipantState): ParticipantState {
  if (participant.id.length <= MAX_NAME_LENGTH && participant.name.length <= MAX_NAME_LENGTH) return participant;
  return { ...participant, id: capId(participant.id), name: cut(participant.name, MAX_NAME_LENGTH) };
}

function capMessage(message: ChatMessage): ChatMessage {
  const time = message.shownTime;
  if (message.id.length <= MAX_NAME_LENGTH && message.sender.length <= MAX_NAME_LENGTH && message.text.length <= MAX_MESSAGE_LENGTH && (time?.length ?? 0) <= MAX_TIME_LENGTH) {
    return message;
  }
  return {
    ...message,
    id: capId(message.id),
    sender: cut(message.sender, MAX_NAME_LENGTH),
    text: cut(message.text, MAX_MESSAGE_LENGTH),
    shownTime: time === null ? null : cut(time, MAX_TIME_LENGTH),
  };
}

/** The event with its names, ids and texts within bounds; the same object when nothing is cut. */
export function capRoomEvent(event: RoomEvent): RoomEvent {
  switch (event.type) {
    case 'participant.joined':
    case 'participant.updated': {
      const participant = capParticipant(event.participant);
      return participant === event.participant ? event : { ...event, participant };
    }
    case 'chat.message': {
      const message = capMessage(event.message);
      return message === event.message ? event : { ...event, message };
    }
    default:
      return 'id' in event && typeof event.id === 'string' && event.id.length > MAX_NAME_LENGTH ? { ...event, id: capId(event.id) } : event;
  }
}
