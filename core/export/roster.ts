/**
 * The class list ("liste d'appel") and who on it came.
 *
 * Reading: a pasted list (one name per line, "Nom, Prénom" allowed) or a CSV/TSV exported from a
 * school information system, whose name column is found by its header: a full-name column
 * ("Nom complet", "Prénom Nom", "Élève", "Name"…), or first and last name columns ("Prénom" +
 * "Nom", "First name" + "Last name"), or a lone "Nom" column.
 *
 * Matching rule (deliberately strict: marking the wrong pupil present is worse than asking the
 * teacher to look at an "unknown" participant):
 * - names are compared after removing accents, case, punctuation that separates name parts
 *   (hyphens, apostrophes, dots, commas, underscores) and extra spaces: "Jean-Noël LE GALL" is
 *   "jean noel le gall";
 * - the order of the name parts may be turned around as a whole ("Nom Prénom" vs "Prénom Nom",
 *   "Le Gall Jean-Noël" vs "Jean-Noël Le Gall"), but parts are never shuffled inside (so "Jean
 *   Pierre Martin" is not "Pierre Jean Martin");
 * - every part must be there and be spelled the same: no initials ("Léa M."), no first name alone
 *   ("Léa"), no nickname, no typo tolerance. Those participants are listed as unknown, for the
 *   teacher to recognise;
 * - each participant row answers for one roster entry at most, and each entry for one row: two
 *   pupils with the same name need two rows;
 * - a participant's earlier names (renamed during the class) are tried after the current one.
 */
import Papa from 'papaparse';
import type { Attendance, AttendanceRow } from '../session/attendance';
import { sizeOver, stripBom } from '../files';

export const MAX_ROSTER_BYTES = 1024 * 1024;
export const MAX_ROSTER_ENTRIES = 2000;

export interface RosterEntry {
  name: string;
  /** Line of the text it came from (1-based), to point at it. */
  line: number;
}

export type RosterErrorCode = 'file-too-big' | 'not-text' | 'empty' | 'too-many' | 'no-name-column';

/** Why a class list is refused: a code and its parameters; the panel words it (rosterErrorText). */
export interface RosterError {
  code: RosterErrorCode;
  params: Record<string, string | number>;
}

export type RosterParseResult = { ok: true; entries: RosterEntry[]; source: 'list' | 'table' } | { ok: false; errors: RosterError[] };

function rosterError(code: RosterErrorCode, params: RosterError['params'] = {}): RosterError {
  return { code, params };
}

const FULL_NAME_HEADERS = new Set([
  'prenom nom', 'nom prenom', 'nom et prenom', 'prenom et nom', 'nom complet', 'eleve', 'eleves', 'participant',
  'participants', 'etudiant', 'etudiante', 'name', 'full name', 'fullname', 'display name', 'student', 'student name',
]);
const LAST_NAME_HEADERS = new Set(['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name']);
const FIRST_NAME_HEADERS = new Set(['prenom', 'prenoms', 'first name', 'firstname', 'given name']);

/** Lowercase, no accents, name-part separators as spaces, single spaces. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/[-‐‑‒–—_'’ʼ`.,;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same key for "Prénom Nom" and "Nom Prénom": the smallest rotation of the name parts. */
export function matchKey(name: string): string {
  const parts = nameKey(name).split(' ').filter((part) => part !== '');
  let best: string | null = null;
  for (let start = 0; start < parts.length; start++) {
    const rotation = [...parts.slice(start), ...parts.slice(0, start)].join(' ');
    if (best === null || rotation < best) best = rotation;
  }
  return best ?? '';
}

export function sameRosterName(a: string, b: string): boolean {
  const key = matchKey(a);
  return key !== '' && key === matchKey(b);
}

export function parseRoster(text: string): RosterParseResult {
  const size = sizeOver(text, MAX_ROSTER_BYTES);
  if (size !== null) return { ok: false, errors: [rosterError('file-too-big', { size, max: MAX_ROSTER_BYTES })] };
  if (text.includes('\u0000')) return { ok: false, errors: [rosterError('not-text')] };
  const body = stripBom(text);
  const lines = body.split(/\r\n|\n|\r/);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  const delimiter = tableDelimiter(firstLine);

  let entries: RosterEntry[];
  let source: 'list' | 'table' = 'list';
  if (delimiter !== null) {
    const table = readTable(body, delimiter);
    if (!table.ok) return table;
    entries = table.entries;
    source = 'table';
  } else {
    entries = [];
    // A one-column export keeps its header ("Nom", "Élève"…): it is not a pupil.
    const headerLine = isKnownHeader(firstLine) ? lines.indexOf(firstLine) : -1;
    lines.forEach((line, index) => {
      if (index === headerLine) return;
      // "Martin, Léa" is one name written surname first.
      const name = line.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
      if (name !== '') entries.push({ name, line: index + 1 });
    });
  }
  if (entries.length === 0) return { ok: false, errors: [rosterError('empty')] };
  if (entries.length > MAX_ROSTER_ENTRIES) return { ok: false, errors: [rosterError('too-many', { count: entries.length, max: MAX_ROSTER_ENTRIES })] };
  return { ok: true, entries, source };
}

/**
 * A table when the first line has a semicolon or a tab, two commas or more, or a known header
 * with a comma; otherwise a list (where one comma separates surname and first name).
 */
function tableDelimiter(firstLine: string): string | null {
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  const commas = (firstLine.match(/,/g) ?? []).length;
  if (commas >= 2) return ',';
  if (commas === 1 && firstLine.split(',').some((cell) => isKnownHeader(cell))) return ',';
  return null;
}

function headerKey(cell: string): string {
  return nameKey(cell.replace(/^"|"$/g, ''));
}

function isKnownHeader(cell: string): boolean {
  const key = headerKey(cell);
  return FULL_NAME_HEADERS.has(key) || LAST_NAME_HEADERS.has(key) || FIRST_NAME_HEADERS.has(key);
}

function readTable(body: string, delimiter: string): { ok: true; entries: RosterEntry[] } | { ok: false; errors: RosterError[] } {
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const rows = parsed.data;
  const headerIndex = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  const headers = (rows[headerIndex] ?? []).map(headerKey);
  const full = headers.findIndex((h) => FULL_NAME_HEADERS.has(h));
  const last = headers.findIndex((h) => LAST_NAME_HEADERS.has(h));
  const first = headers.findIndex((h) => FIRST_NAME_HEADERS.has(h));
  let nameOf: ((row: string[]) => string) | null = null;
  if (first >= 0 && last >= 0) nameOf = (row) => `${row[first] ?? ''} ${row[last] ?? ''}`;
  else if (full >= 0) nameOf = (row) => row[full] ?? '';
  else if (last >= 0) nameOf = (row) => row[last] ?? '';
  if (nameOf === null) {
    const shown = (rows[headerIndex] ?? []).map((cell) => `« ${cell.trim()} »`).join(', ');
    return { ok: false, errors: [rosterError('no-name-column', { headers: shown })] };
  }
  const entries: RosterEntry[] = [];
  // Papaparse keeps one row per line here (no quoted line breaks in a class list), so the row
  // index is the line number.
  rows.slice(headerIndex + 1).forEach((row, index) => {
    const name = nameOf(row).replace(/\s+/g, ' ').trim();
    if (name !== '') entries.push({ name, line: headerIndex + index + 2 });
  });
  return { ok: true, entries };
}

export interface RosterMatch {
  present: { entry: RosterEntry; row: AttendanceRow }[];
  absent: RosterEntry[];
  /** In the room but not on the list (the moderator using Moderato and, by default, moderators excepted). */
  unknown: AttendanceRow[];
}

export interface RosterMatchOptions {
  /** Count moderators (co-teachers) as participants to match. Default false. */
  includeModerators?: boolean;
}

export function matchRoster(entries: readonly RosterEntry[], attendance: Attendance, options: RosterMatchOptions = {}): RosterMatch {
  const rows = attendance.rows.filter((row) => !row.you && (options.includeModerators || !row.moderator));
  const taken = new Set<AttendanceRow>();
  const currentKeys = new Map(rows.map((row) => [row, matchKey(row.name)]));
  const formerKeys = new Map(rows.map((row) => [row, row.formerNames.map(matchKey)]));
  const match: RosterMatch = { present: [], absent: [], unknown: [] };
  const pending: RosterEntry[] = [];

  // Current names first, for every entry, so a former name never takes a row another entry owns.
  for (const entry of entries) {
    const key = matchKey(entry.name);
    const row = key === '' ? undefined : rows.find((r) => !taken.has(r) && currentKeys.get(r) === key);
    if (row) {
      taken.add(row);
      match.present.push({ entry, row });
    } else pending.push(entry);
  }
  for (const entry of pending) {
    const key = matchKey(entry.name);
    const row = key === '' ? undefined : rows.find((r) => !taken.has(r) && formerKeys.get(r)!.includes(key));
    if (row) {
      taken.add(row);
      match.present.push({ entry, row });
    } else match.absent.push(entry);
  }
  match.present.sort((a, b) => entries.indexOf(a.entry) - entries.indexOf(b.entry));
  match.unknown = rows.filter((row) => !taken.has(row));
  return match;
}
