/**
 * The reader's memory: the last snapshot and the diff that turns a fresh reading into RoomEvents.
 * Collaborate's attendee list is virtualised: a row that vanished may have scrolled away. As in
 * the BBB reader, the shown count is the only truth about departures: when the rows shown equal
 * the count, anyone not shown has left; without a count nobody is ever marked gone.
 */
import type { ParticipantState, RoomEvent } from '../../session/events';
import type { ChatReading, PeopleReading } from './reading';

function sameVisibleState(a: ParticipantState, b: ParticipantState): boolean {
  return a.name === b.name && a.role === b.role && a.presenter === b.presenter && a.you === b.you && a.muted === b.muted && a.webcam === b.webcam;
}

export class CollaborateRoomReader {
  private readonly present = new Map<string, ParticipantState>();
  private raised: string[] = [];
  private count: number | null = null;
  private readonly seenMessages = new Set<string>();

  people(reading: PeopleReading): RoomEvent[] {
    const events: RoomEvent[] = [];
    const current = new Map(reading.participants.map((state) => [state.id, state]));
    // Hands first, in the order shown, so joins below do not impose list order.
    const raisedNow = reading.participants.filter((state) => state.handRaised).map((state) => state.id);
    for (const id of raisedNow) if (!this.raised.includes(id)) events.push({ type: 'hand.raised', id });

    for (const [id, state] of current) {
      const before = this.present.get(id);
      if (!before) events.push({ type: 'participant.joined', participant: state });
      else if (!sameVisibleState(before, state)) events.push({ type: 'participant.updated', participant: state });
      this.present.set(id, state);
    }

    const complete = reading.count !== null && current.size >= reading.count;
    const left = complete ? [...this.present.keys()].filter((id) => !current.has(id)) : [];
    for (const id of left) {
      this.present.delete(id);
      events.push({ type: 'participant.left', id });
    }

    const kept: string[] = [...raisedNow];
    for (const id of this.raised) {
      if (kept.includes(id) || left.includes(id)) continue;
      // A hand scrolled out of view stays raised until its row shows otherwise.
      if (current.has(id)) events.push({ type: 'hand.lowered', id });
      else kept.push(id);
    }
    this.raised = kept;

    if (reading.count !== null && reading.count !== this.count) {
      this.count = reading.count;
      events.push({ type: 'participants.count', count: reading.count });
    }
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
