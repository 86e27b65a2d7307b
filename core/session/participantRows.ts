/**
 * One row per person for Animer's participant list: who is here (live state), their turns and
 * talk time (speaking queue) and their arrival and departure (attendance), joined once so each
 * name is shown once. Flat rows: a row whose fields did not change keeps its node.
 */
import type { Attendance } from './attendance';
import type { ParticipantState } from './events';
import type { QueueState, SpeakerSummary } from './queue';

export interface PersonRow {
  /** The attendance row's key (one person across reconnections), else the participant id. */
  key: string;
  name: string;
  you: boolean;
  moderator: boolean;
  presenter: boolean;
  handRaised: boolean;
  talking: boolean;
  present: boolean;
  turns: number;
  talkMs: number;
  arrivedAt: number | null;
  /** null while present. */
  leftAt: number | null;
  late: boolean;
  /** How many times the person joined (each join/leave interval). */
  intervals: number;
}

export type PeopleFilter = 'all' | 'hand' | 'silent' | 'left';

export function personRows(participants: readonly ParticipantState[], attendance: Attendance | null, queue: QueueState | null): PersonRow[] {
  const live = new Map(participants.map((person) => [person.id, person]));
  const speakers = new Map<string, SpeakerSummary>((queue?.people ?? []).map((person) => [person.participantId, person]));
  const shown = new Set<string>();
  const rows: PersonRow[] = [];
  for (const row of attendance?.rows ?? []) {
    const here = row.ids.map((id) => live.get(id)).filter((person): person is ParticipantState => person !== undefined);
    const turns = row.ids.map((id) => speakers.get(id)).filter((summary): summary is SpeakerSummary => summary !== undefined);
    row.ids.forEach((id) => shown.add(id));
    rows.push({
      key: row.key,
      name: row.label,
      you: row.you,
      moderator: row.moderator,
      presenter: here.some((person) => person.presenter),
      handRaised: here.some((person) => person.handRaised),
      talking: here.some((person) => person.talking),
      present: row.presentAtEnd,
      turns: turns.reduce((sum, summary) => sum + summary.turns, 0),
      talkMs: turns.reduce((sum, summary) => sum + summary.talkMs, 0),
      arrivedAt: row.firstArrivalAt,
      leftAt: row.presentAtEnd ? null : row.lastDepartureAt,
      late: row.late,
      intervals: row.intervals.length,
    });
  }
  // Someone the attendance has not counted yet (it is sent at most once a second) is still listed.
  for (const person of participants) {
    if (shown.has(person.id)) continue;
    const summary = speakers.get(person.id);
    rows.push({
      key: person.id,
      name: person.name,
      you: person.you,
      moderator: person.role === 'moderator',
      presenter: person.presenter,
      handRaised: person.handRaised,
      talking: person.talking,
      present: true,
      turns: summary?.turns ?? 0,
      talkMs: summary?.talkMs ?? 0,
      arrivedAt: null,
      leftAt: null,
      late: false,
      intervals: 1,
    });
  }
  return rows;
}

/** Case, accents and spacing aside: "lea" finds "Léa Martin". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}

export function matchesFilter(row: PersonRow, filter: PeopleFilter): boolean {
  switch (filter) {
    case 'hand':
      return row.present && row.handRaised;
    case 'silent':
      return row.present && !row.you && row.turns === 0;
    case 'left':
      return !row.present;
    default:
      return true;
  }
}

export function filterPeople(rows: readonly PersonRow[], filter: PeopleFilter, search: string): PersonRow[] {
  const wanted = searchKey(search);
  return rows.filter((row) => matchesFilter(row, filter) && (wanted === '' || searchKey(row.name).includes(wanted)));
}

/** How many rows each filter would show (the filter buttons say it). */
export function filterCounts(rows: readonly PersonRow[]): Record<PeopleFilter, number> {
  const counts: Record<PeopleFilter, number> = { all: rows.length, hand: 0, silent: 0, left: 0 };
  for (const row of rows) for (const filter of ['hand', 'silent', 'left'] as const) if (matchesFilter(row, filter)) counts[filter] += 1;
  return counts;
}
