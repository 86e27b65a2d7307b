/**
 * The people half of every reader's diff (BigBlueButton, Collaborate, taught packs): from a fresh
 * reading of the rows shown and the platform's count, who joined, who changed, who left.
 *
 * Leaves with virtualised lists: a row that disappears may just have scrolled out, so the count
 * is the only truth about departures.
 * - When the rows shown are as many as the count, the list is complete: anyone known who is not
 *   shown has left (this also settles people who left while scrolled out of view).
 * - Otherwise rows that disappeared are leaves only if the count dropped by at least as many since
 *   the last reading; when more rows vanished than that, nobody is marked gone until the list is
 *   complete again.
 * - Without a count, nobody is ever marked gone: a false leave is worse than a late one.
 * Pure: no DOM here.
 */
import type { ParticipantState, RoomEvent } from '../core/session/events';

export interface PresenceChange {
  /** Joins, updates and leaves, then the count when it changed. */
  events: RoomEvent[];
  left: string[];
}

export class Presence {
  /** Everyone believed present, shown or scrolled out of view. */
  private readonly present = new Map<string, ParticipantState>();
  private shown = new Set<string>();
  private count: number | null = null;

  /** `same`: whether two readings of a person show the same thing (what an update is about). */
  constructor(private readonly same: (before: ParticipantState, now: ParticipantState) => boolean) {}

  update(current: ReadonlyMap<string, ParticipantState>, count: number | null): PresenceChange {
    const events: RoomEvent[] = [];
    // forEach, not for…of: readers call this several times a second, and entries would be garbage.
    current.forEach((state, id) => {
      const before = this.present.get(id);
      if (before === state) return;
      if (!before) events.push({ type: 'participant.joined', participant: state });
      else if (!this.same(before, state)) events.push({ type: 'participant.updated', participant: state });
      this.present.set(id, state);
    });
    const left = this.leaves(current, count);
    for (const id of left) {
      this.present.delete(id);
      events.push({ type: 'participant.left', id });
    }
    if (count !== null && count !== this.count) events.push({ type: 'participants.count', count });
    this.shown = new Set(current.keys());
    if (count !== null) this.count = count;
    return { events, left };
  }

  /** The person as last read (for actions). */
  get(id: string): ParticipantState | undefined {
    return this.present.get(id);
  }

  /** Whether the rows shown are the whole list. */
  complete(shown: number, count: number | null): boolean {
    return count !== null && shown >= count;
  }

  private leaves(current: ReadonlyMap<string, ParticipantState>, count: number | null): string[] {
    if (count === null) return [];
    if (this.complete(current.size, count)) return [...this.present.keys()].filter((id) => !current.has(id));
    const vanished = [...this.shown].filter((id) => !current.has(id) && this.present.has(id));
    const drop = this.count === null ? 0 : this.count - count;
    return vanished.length > 0 && vanished.length <= drop ? vanished : [];
  }
}
