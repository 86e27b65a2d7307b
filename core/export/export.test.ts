import { attendance } from '../session/attendance';
import type { SessionEvent } from '../session/events';
import { joined, left, MINUTE, SECOND, sessionStarted, T0 } from '../../test/support/session';
import { attendanceCsv, formatCsvDate, guardCell } from './csv';
import { fileSlug, formatDuration } from './format';
import { attendanceJson } from './json';
import { matchRoster, parseRoster } from './roster';

const m = (minutes: number) => T0 + minutes * MINUTE;
const TZ = 'Europe/Paris';
const ended = (at: number): SessionEvent => ({ type: 'session.ended', at });

const log: SessionEvent[] = [
  sessionStarted(m(0)),
  joined(m(-5), 'p', 'Mme Durand', { role: 'moderator', you: true }),
  joined(m(1), 'a', 'Léa Martin'),
  left(m(20), 'a'),
  joined(m(22), 'a2', 'Léa Martin'),
  joined(m(12), 'b', 'Dupont; "Jo"'),
  ended(m(45) + 30 * SECOND),
];
const report = attendance(log, m(60));

function cellsOf(text: string, separator: string): string[][] {
  return text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((line) => line.split(separator));
}

describe('CSV attendance export', () => {
  it('writes Excel-FR bytes: BOM, semicolons, CRLF, French headers and dates', () => {
    const file = attendanceCsv(report, { style: 'excel-fr', title: 'Maths 4e B', timeZone: TZ });
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.mime).toBe('text/csv;charset=utf-8');
    expect(file.fileName).toBe('presences-maths-4e-b-2025-03-10.csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text).toBe(file.text);
    expect(text.split('\r\n')).toEqual([
      '\uFEFFNom;Modérateur;Première arrivée;Dernier départ;Présence totale;Présent à la fin;En retard;Connexions;Heures relevées par',
      'Mme Durand;oui;10/03/2025 14:55;;0:50:30;oui;non;1;page',
      'Léa Martin;non;10/03/2025 15:01;;0:42:30;oui;non;2;page',
      '"Dupont; ""Jo""";non;10/03/2025 15:12;;0:33:30;oui;oui;1;page',
      '',
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('writes plain English CSV: comma, no BOM, ISO-like dates', () => {
    const file = attendanceCsv(report, { style: 'en', title: 'Maths', timeZone: 'UTC' });
    expect(file.bytes[0]).toBe('N'.charCodeAt(0));
    expect(file.text.split('\r\n').slice(0, 3)).toEqual([
      'Name,Moderator,First arrival,Last departure,Total presence,Present at end,Late,Connections,Times from',
      'Mme Durand,yes,2025-03-10 13:55,,0:50:30,yes,no,1,page',
      'Léa Martin,no,2025-03-10 14:01,,0:42:30,yes,no,2,page',
    ]);
    expect(file.text).toContain('"Dupont; ""Jo""",no,');
  });

  it('gives the last departure of someone who left', () => {
    const gone = attendance([sessionStarted(m(0)), joined(m(0), 'a', 'Ana'), left(m(30) + 5 * SECOND, 'a')], m(60));
    expect(cellsOf(attendanceCsv(gone, { style: 'excel-fr', title: 'x', timeZone: TZ }).text, ';')[1]).toEqual([
      'Ana', 'non', '10/03/2025 15:00', '10/03/2025 15:30', '0:30:05', 'non', 'non', '1', 'page',
    ]);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a name starting with %j', (first) => {
    const name = `${first}HYPERLINK("http://evil.example","clic")`;
    const rows = attendance([sessionStarted(m(0)), joined(m(0), 'x', name)], m(10));
    const text = attendanceCsv(rows, { style: 'excel-fr', title: 'x', timeZone: TZ }).text;
    const body = text.split('\r\n')[1]!;
    // The name cell (quoted because it holds quotes, and for \r a line break) starts with a quote mark.
    expect(body.startsWith(`"'${first}`)).toBe(true);
    expect(guardCell(name)).toBe(`'${name}`);
  });

  it('leaves harmless cells alone', () => {
    expect(guardCell('Léa')).toBe('Léa');
    expect(guardCell('Jean-Pierre')).toBe('Jean-Pierre');
    expect(guardCell('')).toBe('');
  });

  it('adds the roster column and a row for each absent pupil', () => {
    const roster = parseRoster('MARTIN Léa\nDupont Zoé');
    if (!roster.ok) throw new Error('roster');
    const match = matchRoster(roster.entries, report);
    const cells = cellsOf(attendanceCsv(report, { style: 'excel-fr', title: 'x', timeZone: TZ, roster: match }).text, ';');
    expect(cells[0]!.at(-1)).toBe('Liste d’appel');
    expect(cells.slice(1).map((row) => [row[0], row.at(-1)])).toEqual([
      ['Mme Durand', ''],
      ['Léa Martin', 'présent'],
      ['"Dupont', 'hors liste'],
      ['Dupont Zoé', 'absent'],
    ]);
  });

  it.each(['=', '+', '-', '@'])('neutralises the name of an absent pupil starting with %j (the class list comes from elsewhere)', (first) => {
    const name = `${first}HYPERLINK("http://evil.example")`;
    const roster = parseRoster(`MARTIN Léa\n${name}`);
    if (!roster.ok) throw new Error('roster');
    const match = matchRoster(roster.entries, report);
    expect(match.absent.map((entry) => entry.name)).toEqual([name]);
    const lines = attendanceCsv(report, { style: 'excel-fr', title: 'x', timeZone: TZ, roster: match }).text.split('\r\n');
    expect(lines.at(-2)).toBe(`"'${first}HYPERLINK(""http://evil.example"")";;;;;;;0;;absent`);
  });

  it('formats dates, durations and file names', () => {
    expect(formatCsvDate(Date.UTC(2025, 6, 1, 22, 5), 'excel-fr', TZ)).toBe('02/07/2025 00:05');
    expect(formatDuration(0)).toBe('0:00:00');
    expect(formatDuration(26 * 3600_000 + 61_000)).toBe('26:01:01');
    expect(fileSlug('Français 3e — Groupe A/B')).toBe('francais-3e-groupe-a-b');
    expect(fileSlug('../../')).toBe('seance');
    expect(fileSlug('x'.repeat(100))).toHaveLength(60);
  });
});

describe('JSON attendance export', () => {
  it('writes attendance with metadata and ISO times', () => {
    const file = attendanceJson(report, { title: 'Maths 4e B', platform: 'bigbluebutton', exportedAt: new Date(m(50)), timeZone: TZ });
    expect(file.mime).toBe('application/json');
    expect(file.fileName).toBe('presences-maths-4e-b-2025-03-10.json');
    const data = JSON.parse(file.text);
    expect(data).toMatchObject({
      format: 'moderato-attendance',
      version: 1,
      exportedAt: '2025-03-10T14:50:00.000Z',
      session: { title: 'Maths 4e B', platform: 'bigbluebutton', startedAt: '2025-03-10T14:00:00.000Z', endedAt: '2025-03-10T14:45:30.000Z' },
      presentAtEnd: 3,
    });
    expect(data.participants[1]).toMatchObject({
      name: 'Léa Martin',
      connections: 2,
      totalPresenceMs: 42.5 * MINUTE,
      intervals: [
        { joinedAt: '2025-03-10T14:01:00.000Z', leftAt: '2025-03-10T14:20:00.000Z' },
        { joinedAt: '2025-03-10T14:22:00.000Z', leftAt: null },
      ],
    });
    expect(data).not.toHaveProperty('absent');
    expect(data.serverRecord).toBeNull();
    expect(data.participants.map((p: { timesFrom: string }) => p.timesFrom)).toEqual(['page', 'page', 'page']);
  });
});

describe('exports say whose times each row shows', () => {
  const withServer: SessionEvent[] = [
    sessionStarted(m(0)),
    joined(m(1), 'a', 'Léa Martin'),
    joined(m(2), 'z', 'Zoé'),
    { type: 'server.person', person: { key: 'k-lea', name: 'Léa Martin', moderator: false, ids: ['w_1'], intervals: [{ joinedAt: m(0.5), leftAt: null }] }, at: m(3) },
    { type: 'server.person', person: { key: 'k-sam', name: 'Sam', moderator: false, ids: ['w_2'], intervals: [{ joinedAt: m(1), leftAt: m(9) }] }, at: m(3) },
    { type: 'server.read', status: 'ok', at: m(3) },
  ];
  const mixed = attendance(withServer, m(10));

  it('in the CSV, a column per row: server or page', () => {
    const rows = cellsOf(attendanceCsv(mixed, { style: 'excel-fr', title: 'x', timeZone: TZ }).text, ';');
    expect(rows.map((row) => [row[0], row[2], row.at(-1)])).toEqual([
      ['Nom', 'Première arrivée', 'Heures relevées par'],
      ['Léa Martin', '10/03/2025 15:00', 'serveur'],
      ['Sam', '10/03/2025 15:01', 'serveur'],
      ['Zoé', '10/03/2025 15:02', 'page'],
    ]);
    expect(cellsOf(attendanceCsv(mixed, { style: 'en', title: 'x', timeZone: TZ }).text, ',').map((row) => row.at(-1))).toEqual(['Times from', 'server', 'server', 'page']);
  });

  it('in the JSON, per participant, with how the server record was last read', () => {
    const data = JSON.parse(attendanceJson(mixed, { title: 'x', exportedAt: new Date(m(10)) }).text);
    expect(data.participants.map((p: { name: string; timesFrom: string }) => [p.name, p.timesFrom])).toEqual([
      ['Léa Martin', 'server'],
      ['Sam', 'server'],
      ['Zoé', 'page'],
    ]);
    expect(data.serverRecord).toEqual({ status: 'ok', lastReadAt: '2025-03-10T14:03:00.000Z', lastSuccessfulReadAt: '2025-03-10T14:03:00.000Z' });
  });
});
