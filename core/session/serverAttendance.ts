/**
 * Puts the server's attendance record (server.person events) together with what the page showed.
 *
 * - A page row and a server person are one person when the page's ids include one of the server's
 *   ids (BBB 4.0 rows carry them), else when exactly one page row and exactly one server person
 *   bear the same name (the strict comparison of names.ts; a page row's former names count).
 *   Several on either side: nothing is guessed, both stay, marked ambiguous.
 * - Server people of one name who were never in at the same time are one person coming back, as
 *   attendance.ts does for the page (BBB records a guest without an external id as a new user on
 *   each join).
 * - Matched: the server's join and leave times win. The record is as of its last read: after
 *   that, a leave the page saw closes an interval the server still had open, and a join the page
 *   saw starts a new one.
 * - A server person the page never showed (beyond the mounted rows, while the browser was away)
 *   gets a row of their own; a page row the server lacks (excluded from the record, joined since
 *   the last read) keeps the page's times.
 */
import type { LoggedEvent, ServerPerson, ServerReadStatus } from './events';
import { normalizeName } from './names';
import { mergeIntervals } from './serverRecord';

export type TimesSource = 'server' | 'page';

/** The last reading of the server's record; null in the attendance when it was never read. */
export interface ServerRecordState {
  status: ServerReadStatus;
  detail: string | null;
  lastReadAt: number;
  /** The last successful read (its people are used even when a later read failed). */
  lastOkReadAt: number | null;
}

/** The server's record as the log has it: each person's latest reading, and how it was read. */
export interface ServerRecordFold {
  people: Map<string, ServerPerson>;
  state: ServerRecordState | null;
  /** A person's record is only sent after a successful read: that read's time. */
  lastPersonAt: number | null;
}

export function serverRecordFold(): ServerRecordFold {
  return { people: new Map(), state: null, lastPersonAt: null };
}

export function addServerEvent(fold: ServerRecordFold, event: Extract<LoggedEvent, { type: 'server.person' | 'server.read' }>): void {
  if (event.type === 'server.person') {
    fold.people.set(event.person.key, event.person);
    fold.lastPersonAt = Math.max(fold.lastPersonAt ?? event.at, event.at);
    return;
  }
  const lastOkReadAt = event.status === 'ok' ? event.at : (fold.state?.lastOkReadAt ?? null);
  fold.state = { status: event.status, detail: event.detail ?? null, lastReadAt: event.at, lastOkReadAt };
}

/**
 * The log keeps an unchanged successful read only about once a minute, but every changed person
 * comes from a successful read: the latest of the two is when the record was last read.
 */
export function serverRecordState(fold: ServerRecordFold): ServerRecordState | null {
  const state = fold.state;
  if (!state || fold.lastPersonAt === null) return state ? { ...state } : null;
  const lastOkReadAt = Math.max(state.lastOkReadAt ?? fold.lastPersonAt, fold.lastPersonAt);
  return { ...state, lastOkReadAt, lastReadAt: Math.max(state.lastReadAt, lastOkReadAt) };
}

export interface PresenceInterval {
  joinedAt: number;
  leftAt: number | null;
}

/** A person before the derived figures (totals, lateness, labels) are computed. */
export interface PresenceDraft {
  ids: string[];
  name: string;
  formerNames: string[];
  moderator: boolean;
  you: boolean;
  intervals: PresenceInterval[];
  source: TimesSource;
  /** Page and server could not be matched with certainty for this name. */
  ambiguous: boolean;
}

/**
 * `readAt`: when the record was last read successfully (null: never). `start` and `end`: the
 * session's; the server's times beyond the end do not count (an interval still open at the end
 * stays open), nor those that ended before the start.
 */
export function reconcile(page: readonly PresenceDraft[], record: readonly ServerPerson[], readAt: number | null, start: number | null, end: number): PresenceDraft[] {
  // The record is the meeting's, and a meeting can outlive a class (a persistent room where the
  // class was ended in Moderato): the earlier classes' people are in it, and are not this one's.
  const server = start === null ? record : record.flatMap((person) => {
    const intervals = person.intervals.filter((i) => i.leftAt === null || i.leftAt >= start);
    return intervals.length > 0 ? [{ ...person, intervals }] : [];
  });
  const rows = page.map((row) => ({ ...row, intervals: row.intervals.map((i) => ({ ...i })) }));
  const matched = new Set<number>();
  const pending: ServerPerson[] = [];

  const byId = new Map<string, number>();
  rows.forEach((row, index) => row.ids.forEach((id) => byId.set(id, index)));
  for (const person of server) {
    const hits = new Set(person.ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])));
    const [index] = [...hits];
    if (hits.size === 1 && !matched.has(index!)) {
      matched.add(index!);
      rows[index!] = merged(rows[index!]!, person, readAt, end);
    } else pending.push(person);
  }

  // Names normalised once: the attendance is read on every push to the panel.
  const rowsByName = new Map<string, number[]>();
  rows.forEach((row, index) => {
    for (const name of new Set([row.name, ...row.formerNames].map(normalizeName))) rowsByName.set(name, [...(rowsByName.get(name) ?? []), index]);
  });
  const returning = rejoinsMerged(pending);
  const pendingByName = new Map<string, number>();
  for (const person of returning) pendingByName.set(normalizeName(person.name), (pendingByName.get(normalizeName(person.name)) ?? 0) + 1);

  const extra: PresenceDraft[] = [];
  for (const person of returning) {
    const name = normalizeName(person.name);
    const candidates = (rowsByName.get(name) ?? []).filter((index) => !matched.has(index));
    const homonyms = pendingByName.get(name) ?? 0;
    if (candidates.length === 1 && homonyms === 1) {
      matched.add(candidates[0]!);
      rows[candidates[0]!] = merged(rows[candidates[0]!]!, person, readAt, end);
      continue;
    }
    const ambiguous = candidates.length > 0 || homonyms > 1;
    for (const index of candidates) rows[index]!.ambiguous = true;
    const intervals = clip(person.intervals, end);
    if (intervals.length === 0) continue;
    extra.push({ ids: [...person.ids], name: person.name, formerNames: [], moderator: person.moderator, you: false, intervals, source: 'server', ambiguous });
  }
  return [...rows, ...extra]
    .filter((row) => row.intervals.length > 0)
    .sort((a, b) => a.intervals[0]!.joinedAt - b.intervals[0]!.joinedAt);
}

/**
 * Same-name people one after the other become one; with several who have left, the newcomer is
 * the one who left last coming back. Anyone in at the same time as another stays apart.
 */
function rejoinsMerged(people: readonly ServerPerson[]): ServerPerson[] {
  const chains: ServerPerson[] = [];
  const chainsByName = new Map<string, ServerPerson[]>();
  const lastLeft = (chain: ServerPerson) => chain.intervals[chain.intervals.length - 1]!.leftAt;
  for (const person of [...people].sort((a, b) => a.intervals[0]!.joinedAt - b.intervals[0]!.joinedAt)) {
    const name = normalizeName(person.name);
    const start = person.intervals[0]!.joinedAt;
    let best: ServerPerson | undefined;
    for (const chain of chainsByName.get(name) ?? []) {
      const left = lastLeft(chain);
      if (left !== null && left <= start && (!best || left > lastLeft(best)!)) best = chain;
    }
    if (best) {
      best.ids.push(...person.ids.filter((id) => !best.ids.includes(id)));
      best.intervals = mergeIntervals([...best.intervals, ...person.intervals]);
      best.moderator ||= person.moderator;
      continue;
    }
    const chain = { ...person, ids: [...person.ids], intervals: [...person.intervals] };
    chains.push(chain);
    chainsByName.set(name, [...(chainsByName.get(name) ?? []), chain]);
  }
  return chains;
}

function merged(row: PresenceDraft, person: ServerPerson, readAt: number | null, end: number): PresenceDraft {
  const intervals = clip(person.intervals, end);
  if (intervals.length === 0) return row;
  return {
    ...row,
    ids: [...row.ids, ...person.ids.filter((id) => !row.ids.includes(id))],
    formerNames: normalizeName(person.name) === normalizeName(row.name) || row.formerNames.includes(person.name) ? row.formerNames : [...row.formerNames, person.name],
    moderator: row.moderator || person.moderator,
    intervals: readAt === null ? intervals : withPageAfter(intervals, row.intervals, readAt),
    source: 'server',
  };
}

/** The server's intervals, then what the page saw after the record was read. */
function withPageAfter(server: PresenceInterval[], page: PresenceInterval[], readAt: number): PresenceInterval[] {
  const out = server.map((i) => ({ ...i }));
  const last = out[out.length - 1]!;
  if (last.leftAt === null) {
    const pageLeave = page.find((i) => i.leftAt !== null && i.leftAt > readAt && i.joinedAt <= readAt);
    if (pageLeave) last.leftAt = pageLeave.leftAt;
  }
  for (const interval of page) if (interval.joinedAt > readAt) out.push({ ...interval });
  return mergeIntervals(out);
}

/** Drops what starts after the end; what was still open at the end stays open. */
function clip(intervals: readonly PresenceInterval[], end: number): PresenceInterval[] {
  return intervals
    .filter((i) => i.joinedAt <= end)
    .map((i) => ({ joinedAt: i.joinedAt, leftAt: i.leftAt !== null && i.leftAt > end ? null : i.leftAt }));
}
