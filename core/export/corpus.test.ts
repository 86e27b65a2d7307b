import Papa from 'papaparse';
import { attendanceCsv } from './csv';
import { attendanceJson } from './json';
import { attendance } from '../session';
import { joined, sessionStarted, T0, MINUTE } from '../../test/support/session';
import { HOSTILE_NAMES } from '../../test/corpus/hostile';

// Every hostile name of the shared corpus, through both exports.
const log = [sessionStarted(T0), ...HOSTILE_NAMES.map((name, i) => joined(T0 + i * MINUTE, `p${i}`, name))];
const rows = attendance(log, T0 + 60 * MINUTE);

describe('exports of the hostile corpus', () => {
  for (const style of ['excel-fr', 'en'] as const) {
    it(`CSV (${style}): each name is one cell, read back exactly, and none can run as a formula`, () => {
      const file = attendanceCsv(rows, { style, title: 'Corpus', timeZone: 'UTC' });
      const text = style === 'excel-fr' ? file.text.replace(/^\uFEFF/, '') : file.text;
      const parsed = Papa.parse<string[]>(text, { delimiter: style === 'excel-fr' ? ';' : ',' });
      const names = parsed.data.slice(1).filter((row) => row.length > 1).map((row) => row[0]!);
      expect(names).toHaveLength(HOSTILE_NAMES.length);
      for (const cell of parsed.data.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      for (const name of HOSTILE_NAMES) {
        const expected = /^[=+\-@\t\r]/.test(name) ? `'${name}` : name;
        expect(names).toContain(expected);
      }
    });
  }

  it('JSON keeps every name exactly as typed', () => {
    const file = attendanceJson(rows, { title: 'Corpus', exportedAt: new Date(T0) });
    const parsed = JSON.parse(file.text) as { participants: { name: string }[] };
    expect(parsed.participants.map((p) => p.name)).toEqual(expect.arrayContaining([...HOSTILE_NAMES]));
  });
});
