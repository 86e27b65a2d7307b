import { attendance } from '../session/attendance';
import type { SessionEvent } from '../session/events';
import { joined, left, MINUTE, sessionStarted, T0, updated } from '../../test/support/session';
import { messagesFor } from '../i18n/messages';
import { rosterErrorText } from '../../components/panel/importErrorText';
import { matchKey, matchRoster, MAX_ROSTER_BYTES, parseRoster, sameRosterName, type RosterEntry } from './roster';

const m = (minutes: number) => T0 + minutes * MINUTE;

function entries(text: string): RosterEntry[] {
  const result = parseRoster(text);
  if (!result.ok) throw new Error(result.errors.map((e) => rosterErrorText(messagesFor('en'), e)).join('\n'));
  return result.entries;
}
const names = (text: string) => entries(text).map((e) => e.name);

describe('roster: reading', () => {
  it('reads a pasted list, one name per line, "Nom, Prénom" allowed', () => {
    expect(entries('Léa Martin\r\n\r\n  MARTIN,  Hugo \nZoé Dupont-Moreau\n')).toEqual([
      { name: 'Léa Martin', line: 1 },
      { name: 'MARTIN Hugo', line: 3 },
      { name: 'Zoé Dupont-Moreau', line: 4 },
    ]);
    expect(parseRoster('Léa').ok && (parseRoster('Léa') as { source: string }).source).toBe('list');
  });

  it('skips the header of a one-column export', () => {
    expect(names('Élève\nLéa Martin\nHugo Petit')).toEqual(['Léa Martin', 'Hugo Petit']);
  });

  it('reads a CSV with a full-name column found by its header', () => {
    expect(names('\uFEFFClasse;Prénom Nom;Date de naissance\n4B;Léa Martin;01/02/2012\n4B;"Hugo ; Petit";03/04/2012')).toEqual([
      'Léa Martin',
      'Hugo ; Petit',
    ]);
    expect(names('Name,Group,Email\nLea Martin,A,lea@example.org')).toEqual(['Lea Martin']);
    expect(names('Nom;Classe\nMARTIN Léa;4B')).toEqual(['MARTIN Léa']);
  });

  it('combines first and last name columns, with a tab or comma separator', () => {
    expect(names('NOM\tPRÉNOM\tCLASSE\nMARTIN\tLéa\t4B\nLE GALL\tJean-Noël\t4B')).toEqual(['Léa MARTIN', 'Jean-Noël LE GALL']);
    expect(names('Last name,First name\nMartin,Léa')).toEqual(['Léa Martin']);
  });

  it('gives line numbers that point into the file', () => {
    expect(entries('Nom;Classe\nMartin Léa;4B\n;4B\nPetit Hugo;4B')).toEqual([
      { name: 'Martin Léa', line: 2 },
      { name: 'Petit Hugo', line: 4 },
    ]);
  });

  it('explains a table without a name column', () => {
    const result = parseRoster('Identifiant;Classe\n123;4B');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.code).toBe('no-name-column');
    expect(rosterErrorText(messagesFor('fr'), result.errors[0]!)).toMatch(/Aucune colonne de noms trouvée parmi : « Identifiant », « Classe »/);
    expect(rosterErrorText(messagesFor('en'), result.errors[0]!)).toMatch(/No name column found/);
  });

  it.each([
    ['empty', '\n  \n', 'empty'],
    ['binary', 'PK\u0003\u0004\u0000\u0000', 'not-text'],
    ['too big', 'a'.repeat(MAX_ROSTER_BYTES + 1), 'file-too-big'],
    ['too many', Array.from({ length: 2001 }, (_, i) => `Élève ${i}`).join('\n'), 'too-many'],
  ])('refuses an %s list', (_label, text, code) => {
    const result = parseRoster(text);
    expect(result.ok ? null : result.errors.map((e) => e.code)).toEqual([code]);
  });
});

describe('roster: matching rule', () => {
  it.each([
    ['Léa Martin', 'léa martin'],
    ['Léa Martin', 'LEA MARTIN'],
    ['Léa Martin', '  Léa   Martin '],
    ['Léa Martin', 'MARTIN Léa'],
    ['Léa Martin', 'Martin, Léa'],
    ['Jean-Noël Le Gall', 'LE GALL Jean Noël'],
    ['Jean-Noël Le Gall', 'jean noel le-gall'],
    ['Chloé N’Diaye', "Chloe N'Diaye"],
    ['Zoé', 'Zoe\u0301'.normalize('NFD')],
  ])('matches %j with %j', (a, b) => {
    expect(sameRosterName(a, b)).toBe(true);
  });

  it.each([
    ['Léa Martin', 'Léa'],
    ['Léa Martin', 'Léa M.'],
    ['Léa Martin', 'Léa Martins'],
    ['Léa Martin', 'Lea Marti'],
    ['Jean Pierre Martin', 'Pierre Jean Martin'],
    ['Léa Martin', 'Léa Martin 2'],
    ['Léa Martin', 'iPad de Léa'],
    ['', ''],
  ])('refuses to match %j with %j', (a, b) => {
    expect(sameRosterName(a, b)).toBe(false);
  });

  it('uses the smallest rotation as the key', () => {
    expect(matchKey('MARTIN Léa')).toBe(matchKey('Léa Martin'));
  });
});

describe('roster: who came', () => {
  const log: SessionEvent[] = [
    sessionStarted(m(0)),
    joined(m(0), 'p', 'Mme Durand', { role: 'moderator', you: true }),
    joined(m(0), 'co', 'M. Bernard', { role: 'moderator' }),
    joined(m(1), 'a', 'lea martin'),
    joined(m(2), 'b', 'iPad de Hugo'),
    updated(m(3), 'b', 'Hugo'),
    joined(m(4), 'c', 'Tom Petit'),
    joined(m(5), 'd', 'Sam Roux'),
    joined(m(6), 'e', 'Sam Roux'),
    left(m(30), 'c'),
  ];
  const rows = attendance(log, m(45));

  it('splits the list into present and absent, and the room into matched and unknown', () => {
    const match = matchRoster(entries('MARTIN Léa\nHugo Lambert\nTom Petit\nSam Roux\nNina Blanc'), rows);
    expect(match.present.map(({ entry, row }) => [entry.name, row.label])).toEqual([
      ['MARTIN Léa', 'lea martin'],
      ['Tom Petit', 'Tom Petit'],
      ['Sam Roux', 'Sam Roux (1)'],
    ]);
    expect(match.absent.map((e) => e.name)).toEqual(['Hugo Lambert', 'Nina Blanc']);
    // "Hugo" alone is not "Hugo Lambert"; the second Sam Roux is a second person not on the list.
    expect(match.unknown.map((r) => r.label)).toEqual(['Hugo', 'Sam Roux (2)']);
  });

  it('counts someone who left as present (attendance says for how long)', () => {
    const match = matchRoster(entries('Tom Petit'), rows);
    expect(match.present[0]!.row.presentAtEnd).toBe(false);
  });

  it('pairs homonyms one to one', () => {
    const match = matchRoster(entries('Sam Roux\nSam Roux'), rows);
    expect(match.present.map(({ row }) => row.label)).toEqual(['Sam Roux (1)', 'Sam Roux (2)']);
    expect(match.absent).toEqual([]);
  });

  it('tries former names after current ones', () => {
    const renamed = attendance([sessionStarted(m(0)), joined(m(1), 'x', 'Inès Haddad'), updated(m(2), 'x', 'Inès H')], m(10));
    expect(matchRoster(entries('Inès Haddad'), renamed).present.map(({ row }) => row.name)).toEqual(['Inès H']);
  });

  it('leaves moderators out unless asked', () => {
    expect(matchRoster(entries('Bernard M'), rows).absent).toHaveLength(1);
    const withModerators = matchRoster(entries('M. Bernard'), rows, { includeModerators: true });
    expect(withModerators.present.map(({ row }) => row.name)).toEqual(['M. Bernard']);
    expect(withModerators.unknown.map((r) => r.name)).not.toContain('Mme Durand');
  });
});
