import { messagesFor, pickLocale } from './messages';

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
