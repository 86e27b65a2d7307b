/**
 * The reader's memory: the last snapshot and the diff that turns a fresh reading into RoomEvents.
 * Collaborate's attendee list is virtualised: a row that vanished may have scrolled away. As in
 * the BBB reader, the shown count decides departures (platforms/presence.ts).
 */
import type { ParticipantState, RoomEvent } from '../../core/session/events';
import { Presence } from '../presence';
import type { ChatReading, PeopleReading } from './reading';

function sameVisibleState(a: ParticipantState, b: ParticipantState): boolean {
  return a.name === b.name && a.role === b.role && a.presenter === b.presenter && a.you === b.you && a.muted === b.muted && a.webcam === b.webcam;
}

export class CollaborateRoomReader {
  private readonly presence = new Presence(sameVisibleState);
  private raised: string[] = [];
  private readonly seenMessages = new Set<string>();

  people(reading: PeopleReading): RoomEvent[] {
    const events: RoomEvent[] = [];
    const current = new Map(reading.participants.map((state) => [state.id, state]));
    // Hands first, in the order shown, so joins below do not impose list order.
    const raisedNow = reading.participants.filter((state) => state.handRaised).map((state) => state.id);
    for (const id of raisedNow) if (!this.raised.includes(id)) events.push({ type: 'hand.raised', id });

    const { events: presence, left } = this.presence.update(current, reading.count);
    events.push(...presence);

    const kept: string[] = [...raisedNow];
    for (const id of this.raised) {
      if (kept.includes(id) || left.includes(id)) continue;
      // A hand scrolled out of view stays raised until its row shows otherwise.
      if (current.has(id)) events.push({ type: 'hand.lowered', id });
      else kept.push(id);
    }
    this.raised = kept;
    return events;
  }

  /** Each message once, however often the history is re-rendered or recreated. */
  chat(reading: ChatReading): RoomEvent[] {
    const events: RoomEvent[] = [];
    for (const message of reading.messages) {
      if (this.seenMessages.has(message.id)) continue;
      this.seenMessages.add(message.id);
      events.push({ type: 'chat.message', message: { ...message } });
    }
    return events;
  }
}
