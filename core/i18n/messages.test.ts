import { messagesFor, pickLocale } from './messages';
import frFile from './fr.json';
import enFile from './en.json';
import roomFrFile from './room.fr.json';
import roomEnFile from './room.en.json';

describe('locale', () => {
  it('is French by default and for French browsers', () => {
    expect(pickLocale([])).toBe('fr');
    expect(pickLocale(['fr-FR', 'en-US'])).toBe('fr');
    expect(pickLocale(['de-DE'])).toBe('fr');
  });
  it('is English when the browser prefers English', () => {
    expect(pickLocale(['en-GB', 'fr'])).toBe('en');
    expect(pickLocale(['de', 'en'])).toBe('en');
  });
  it('has every French string in English too', () => {
    const fr = messagesFor('fr');
    const en = messagesFor('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(en.handsRaised).not.toBe(fr.handsRaised);
  });
});

// What a translation platform hands back is checked here: a missing key, a dropped or renamed
// placeholder or an empty string would otherwise only show in the interface.
for (const [name, frStrings, enStrings] of [
  ['interface', frFile, enFile],
  ['room page', roomFrFile, roomEnFile],
] as const) describe(`message files (${name})`, () => {
  const fr: Record<string, unknown> = frStrings;
  const en: Record<string, unknown> = enStrings;
  const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();

  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
  it('use the same placeholders for each key', () => {
    for (const key of Object.keys(fr)) {
      expect({ key, placeholders: placeholders(String(en[key])) }).toEqual({ key, placeholders: placeholders(String(fr[key])) });
    }
  });
  it('hold only non-empty strings', () => {
    for (const [key, value] of [...Object.entries(fr), ...Object.entries(en)]) {
      expect({ key, ok: typeof value === 'string' && value.trim() !== '' }).toEqual({ key, ok: true });
    }
  });
});

it("keeps each key in one file only: the room page's strings are not the interface's", () => {
  expect(Object.keys(roomFrFile).filter((key) => key in frFile)).toEqual([]);
});
