// Every selector of the BBB adapter against every fixture page, and the meta-test that keeps the
// expectations complete.
import { FIXTURES, SELECTORS, type SelectorSpec } from '../../platforms/bigbluebutton/selectors';
import { loadFixture } from './bbbFixtures';

const entries = Object.entries(SELECTORS) as [string, SelectorSpec][];

test('every selector has an expectation for every fixture', () => {
  for (const [name, spec] of entries) {
    for (const fixture of FIXTURES) expect(spec.expect[fixture], `${name} on ${fixture}`).toEqual(expect.any(Number));
    expect(Object.keys(spec.expect).sort(), name).toEqual([...FIXTURES].sort());
  }
});

test('a selector expected on a fixture applies to that fixture\'s version', () => {
  for (const [name, spec] of entries) {
    for (const fixture of FIXTURES) {
      const version = fixture.split('/')[0] as SelectorSpec['versions'][number];
      if (spec.expect[fixture] > 0) expect(spec.versions, `${name} on ${fixture}`).toContain(version);
    }
  }
});

describe.each(FIXTURES)('selectors on %s', (fixture) => {
  test.each(entries.map(([name]) => name))('%s finds the expected count', async (name) => {
    const { doc } = loadFixture(fixture);
    const spec = SELECTORS[name as keyof typeof SELECTORS] as SelectorSpec;
    expect(doc.querySelectorAll(spec.css).length).toBe(spec.expect[fixture]);
  });
});
