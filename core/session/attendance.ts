/**
 * Attendance: one row per person, with every presence interval.
 *
 * - Same id, new name: a rename. One row, former names kept.
 * - Two different ids with the same name present together: two people, two rows, told apart by a
 *   label ("Léa Martin (1)", "Léa Martin (2)", numbered by first arrival).
 * - Rejoin merge rule: a new id whose name equals (ignoring case, accents' encoding and extra
 *   spaces) the name of a row whose people have all left is that person coming back (BBB gives a
 *   new id on rejoin), so it joins that row; with several such rows, the one who left last.
 *   A homonym arriving after the first one left would be merged too: the row keeps every id, so
 *   the report can show it. A name held by someone present never merges.
 * - Late: first arrival more than `lateGraceMs` after the session start (session.started, else
 *   the first event of the log).
 * - The session ends at session.ended (events after it are not attendance), else at `now`; open
 *   intervals count up to that end and make the person "present at the end".
 * - The server's own record (server.* events, BBB's Learning Analytics Dashboard), when read, is
 *   put together with the page's rows by serverAttendance.ts; each row says whose times it shows.
 * Cost: one map lookup per event, so 500 participants over 4 hours are a few ms.
 */
import type { LoggedEvent, ParticipantState } from './events';
import { normalizeName } from './names';
import { foldUpTo, type ViewBuilder } from './fold';
import { addServerEvent, reconcile, serverRecordFold, serverRecordState, type PresenceDraft, type ServerRecordFold } from './serverAttendance';
import type { ServerRecordState, TimesSource } from './serverAttendance';

export type { ServerRecordState } from './serverAttendance';

export const DEFAULT_LATE_GRACE_MS = 5 * 60_000;

export interface AttendanceInterval {
  joinedAt: number;
  /** null: still present at the end. */
  leftAt: number | null;
}

export interface AttendanceRow {
  /** The first id the person had. */
  key: string;
  ids: string[];
  name: string;
  /** `name`, or `name (n)` when several rows carry the same name. */
  label: string;
  formerNames: string[];
  moderator: boolean;
  you: boolean;
  intervals: AttendanceInterval[];
  firstArrivalAt: number;
  /** null when present at the end. */
  lastDepartureAt: number | null;
  totalPresenceMs: number;
  presentAtEnd: boolean;
  arrivalAfterStartMs: number;
  late: boolean;
  /** Whose join and leave times these are: the server's record, or what the page showed. */
  source: TimesSource;
  /** The server's record and the page could not be matched with certainty (same name twice). */
  ambiguous: boolean;
}

export interface Attendance {
  sessionStartedAt: number | null;
  endedAt: number | null;
  /** In order of first arrival. */
  rows: AttendanceRow[];
  presentCount: number;
  server: ServerRecordState | null;
}

export interface AttendanceOptions {
  lateGraceMs?: number;
}

interface RowDraft {
  ids: string[];
  name: string;
  formerNames: string[];
  moderator: boolean;
  you: boolean;
  intervals: AttendanceInterval[];
  /** Ids of this person present right now (one, or none). */
  presentIds: Set<string>;
}

interface AttendanceFold {
  rows: RowDraft[];
  rowById: Map<string, RowDraft>;
  rowsByName: Map<string, RowDraft[]>;
  sessionStartedAt: number | null;
  firstEventAt: number | null;
  endedAt: number | null;
  server: ServerRecordFold;
}

export function attendance(events: readonly LoggedEvent[], now: number, options: AttendanceOptions = {}): Attendance {
  return foldUpTo(attendanceBuilder(options), events, now);
}

/**
 * The same attendance kept up to date event by event, for a live session: `add` each event as it
 * is logged, `read` whenever a view is needed (the cost is the people, not the log).
 */
export function attendanceBuilder(options: AttendanceOptions = {}): ViewBuilder<Attendance> {
  const fold: AttendanceFold = {
    rows: [],
    rowById: new Map(),
    rowsByName: new Map(),
    sessionStartedAt: null,
    firstEventAt: null,
    endedAt: null,
    server: serverRecordFold(),
  };
  const lateGraceMs = options.lateGraceMs ?? DEFAULT_LATE_GRACE_MS;
  return {
    add(event) {
      // The server's record may be read once more after the end: its times are clipped to it.
      if (event.type === 'server.person' || event.type === 'server.read') return addServerEvent(fold.server, event);
      if (fold.endedAt !== null) return; // Nothing counts after the end.
      fold.firstEventAt ??= event.at;
      if (event.type === 'session.ended') fold.endedAt = event.at;
      else applyAttendanceEvent(fold, event);
    },
    read: (now) => readAttendance(fold, fold.endedAt ?? now, lateGraceMs),
  };
}

function applyAttendanceEvent(fold: AttendanceFold, event: LoggedEvent): void {
  switch (event.type) {
    case 'session.started':
      fold.sessionStartedAt ??= event.at;
      return;
    case 'participant.joined':
    case 'participant.updated':
      // An update for someone not present is a join we missed (e.g. a snapshot after a reload).
      arrive(fold, event.participant, event.at);
      return;
    case 'participant.left': {
      const row = fold.rowById.get(event.id);
      if (!row || !row.presentIds.delete(event.id)) return;
      if (row.presentIds.size === 0) row.intervals[row.intervals.length - 1]!.leftAt = event.at;
      return;
    }
    default:
      return;
  }
}

function arrive(fold: AttendanceFold, participant: ParticipantState, at: number): void {
  const row = fold.rowById.get(participant.id) ?? returningRow(fold, participant.name) ?? newRow(fold);
  if (!fold.rowById.has(participant.id)) {
    fold.rowById.set(participant.id, row);
    row.ids.push(participant.id);
  }
  rename(fold, row, participant.name);
  row.moderator = participant.role === 'moderator';
  row.you ||= participant.you;
  if (row.presentIds.has(participant.id)) return;
  if (row.presentIds.size === 0) row.intervals.push({ joinedAt: at, leftAt: null });
  row.presentIds.add(participant.id);
}

/** The row of someone with this name who has left, the latest to leave first. */
function returningRow(fold: AttendanceFold, name: string): RowDraft | undefined {
  let best: RowDraft | undefined;
  for (const row of fold.rowsByName.get(normalizeName(name)) ?? []) {
    if (row.presentIds.size > 0) continue;
    if (!best || lastLeftAt(row) > lastLeftAt(best)) best = row;
  }
  return best;
}

function lastLeftAt(row: RowDraft): number {
  return row.intervals[row.intervals.length - 1]?.leftAt ?? Number.NEGATIVE_INFINITY;
}

function newRow(fold: AttendanceFold): RowDraft {
  const row: RowDraft = { ids: [], name: '', formerNames: [], moderator: false, you: false, intervals: [], presentIds: new Set() };
  fold.rows.push(row);
  return row;
}

function rename(fold: AttendanceFold, row: RowDraft, name: string): void {
  if (row.name === name) return;
  const before = normalizeName(row.name);
  const after = normalizeName(name);
  if (row.name !== '' && before !== after) {
    if (!row.formerNames.includes(row.name)) row.formerNames.push(row.name);
    const sameName = fold.rowsByName.get(before) ?? [];
    fold.rowsByName.set(before, sameName.filter((other) => other !== row));
  }
  if (row.name === '' || before !== after) {
    const sameName = fold.rowsByName.get(after) ?? [];
    sameName.push(row);
    fold.rowsByName.set(after, sameName);
  }
  row.name = name;
}

function readAttendance(fold: AttendanceFold, end: number, lateGraceMs: number): Attendance {
  const start = fold.sessionStartedAt ?? fold.firstEventAt;
  const page: PresenceDraft[] = fold.rows.map((row) => ({
    ids: row.ids,
    name: row.name,
    formerNames: row.formerNames,
    moderator: row.moderator,
    you: row.you,
    intervals: row.intervals,
    source: 'page',
    ambiguous: false,
  }));
  const server = serverRecordState(fold.server);
  const people = fold.server.people.size ? reconcile(page, [...fold.server.people.values()], server?.lastOkReadAt ?? null, start, end) : page;
  const labels = disambiguatedLabels(people);
  const rows = people.map((row, index): AttendanceRow => {
    const firstArrivalAt = row.intervals[0]!.joinedAt;
    const last = row.intervals[row.intervals.length - 1]!;
    const totalPresenceMs = row.intervals.reduce((sum, interval) => sum + Math.max(0, (interval.leftAt ?? end) - interval.joinedAt), 0);
    const arrivalAfterStartMs = start === null ? 0 : Math.max(0, firstArrivalAt - start);
    return {
      key: row.ids[0]!,
      ids: [...row.ids],
      name: row.name,
      label: labels[index]!,
      formerNames: [...row.formerNames],
      moderator: row.moderator,
      you: row.you,
      intervals: row.intervals.map((interval) => ({ ...interval })),
      firstArrivalAt,
      lastDepartureAt: last.leftAt,
      totalPresenceMs,
      presentAtEnd: last.leftAt === null,
      arrivalAfterStartMs,
      late: arrivalAfterStartMs > lateGraceMs,
      source: row.source,
      ambiguous: row.ambiguous,
    };
  });
  return {
    sessionStartedAt: fold.sessionStartedAt,
    endedAt: fold.endedAt,
    rows,
    presentCount: rows.filter((row) => row.presentAtEnd).length,
    server,
  };
}

/** Rows are already in order of first arrival, so numbering in that order is stable. */
function disambiguatedLabels(rows: { name: string }[]): string[] {
  const total = new Map<string, number>();
  for (const row of rows) total.set(normalizeName(row.name), (total.get(normalizeName(row.name)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = normalizeName(row.name);
    if (total.get(key) === 1) return row.name;
    const rank = (seen.get(key) ?? 0) + 1;
    seen.set(key, rank);
    return `${row.name} (${rank})`;
  });
}
