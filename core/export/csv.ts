/**
 * Attendance as a CSV file.
 *
 * 'excel-fr' opens correctly by double-click in a French Excel: UTF-8 with a byte order mark
 * (without it Excel reads Windows-1252 and breaks accents), `;` as separator (`,` is the decimal
 * separator there), CRLF line ends, French headers, dates `dd/mm/yyyy hh:mm` in local time. No
 * column holds a decimal number (durations are `h:mm:ss`), so no decimal comma is needed.
 * 'en' is plain CSV: comma, CRLF, no BOM, English headers, dates `yyyy-mm-dd hh:mm`.
 *
 * Names are typed by participants, so a name like `=HYPERLINK(…)` must not become a formula in
 * the teacher's spreadsheet: any cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with `'`. Quoting of separators, quotes and line breaks is papaparse's.
 *
 * The last attendance column says whose times the row shows: the server's own record (BBB's
 * Learning Analytics Dashboard) or the page; "homonyme" when the two could not be matched.
 */
import Papa from 'papaparse';
import type { Attendance, AttendanceRow } from '../session/attendance';
import { dateParts, fileSlug, formatDuration, isoDay, type ExportFile } from './format';
import type { RosterMatch } from './roster';

export type CsvStyle = 'excel-fr' | 'en';

export interface AttendanceCsvOptions {
  style: CsvStyle;
  /** Room or class title, for the file name. */
  title: string;
  /** When given, a roster column is added and absent pupils get a row of their own. */
  roster?: RosterMatch;
  /** IANA time zone for dates; default the browser's. */
  timeZone?: string;
}

const HEADERS: Record<CsvStyle, string[]> = {
  'excel-fr': ['Nom', 'Modérateur', 'Première arrivée', 'Dernier départ', 'Présence totale', 'Présent à la fin', 'En retard', 'Connexions', 'Heures relevées par'],
  en: ['Name', 'Moderator', 'First arrival', 'Last departure', 'Total presence', 'Present at end', 'Late', 'Connections', 'Times from'],
};
const SOURCE: Record<CsvStyle, { server: string; page: string; ambiguous: string }> = {
  'excel-fr': { server: 'serveur', page: 'page', ambiguous: ' (homonyme, à vérifier)' },
  en: { server: 'server', page: 'page', ambiguous: ' (same name, to check)' },
};
const ROSTER_HEADER: Record<CsvStyle, string> = { 'excel-fr': 'Liste d’appel', en: 'Roster' };
const ROSTER_STATUS: Record<CsvStyle, Record<'present' | 'absent' | 'unknown', string>> = {
  'excel-fr': { present: 'présent', absent: 'absent', unknown: 'hors liste' },
  en: { present: 'present', absent: 'absent', unknown: 'not on roster' },
};
const YES_NO: Record<CsvStyle, [string, string]> = { 'excel-fr': ['oui', 'non'], en: ['yes', 'no'] };

const DANGEROUS_FIRST = /^[=+\-@\t\r]/;

/** Neutralises a cell a spreadsheet would read as a formula. */
export function guardCell(value: string): string {
  return DANGEROUS_FIRST.test(value) ? `'${value}` : value;
}

export function formatCsvDate(at: number, style: CsvStyle, timeZone?: string): string {
  const p = dateParts(at, timeZone);
  return style === 'excel-fr' ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function attendanceCsv(attendance: Attendance, options: AttendanceCsvOptions): ExportFile {
  const { style, roster, timeZone } = options;
  const [yes, no] = YES_NO[style];
  const flag = (value: boolean) => (value ? yes : no);
  const date = (at: number | null) => (at === null ? '' : formatCsvDate(at, style, timeZone));

  const statusOf = new Map<AttendanceRow, string>();
  if (roster) {
    for (const { row } of roster.present) statusOf.set(row, ROSTER_STATUS[style].present);
    for (const row of roster.unknown) statusOf.set(row, ROSTER_STATUS[style].unknown);
  }

  const header = roster ? [...HEADERS[style], ROSTER_HEADER[style]] : HEADERS[style];
  const lines: string[][] = [header];
  for (const row of attendance.rows) {
    const cells = [
      row.label,
      flag(row.moderator),
      date(row.firstArrivalAt),
      date(row.lastDepartureAt),
      formatDuration(row.totalPresenceMs),
      flag(row.presentAtEnd),
      flag(row.late),
      String(row.intervals.length),
      SOURCE[style][row.source] + (row.ambiguous ? SOURCE[style].ambiguous : ''),
    ];
    // Moderators and the teacher are not on a class list: their roster cell stays empty.
    if (roster) cells.push(statusOf.get(row) ?? '');
    lines.push(cells);
  }
  if (roster) {
    for (const entry of roster.absent) lines.push([entry.name, '', '', '', '', '', '', '0', '', ROSTER_STATUS[style].absent]);
  }

  const csv = Papa.unparse(
    lines.map((cells) => cells.map(guardCell)),
    { delimiter: style === 'excel-fr' ? ';' : ',', newline: '\r\n', quotes: false, header: false },
  );
  const text = style === 'excel-fr' ? `\uFEFF${csv}\r\n` : `${csv}\r\n`;
  const day = attendance.sessionStartedAt ?? attendance.rows[0]?.firstArrivalAt ?? null;
  const stamp = day === null ? 'sans-date' : isoDay(day, timeZone);
  return {
    fileName: `presences-${fileSlug(options.title)}-${stamp}.csv`,
    mime: 'text/csv;charset=utf-8',
    bytes: new TextEncoder().encode(text),
    text,
  };
}
