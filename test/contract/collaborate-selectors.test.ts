// Every selector of the Collaborate adapter against every fixture page, and the meta-test that
// keeps the expectations complete.
import { FIXTURES, SELECTORS, type SelectorSpec } from '../../platforms/collaborate/selectors';
import { loadFixture } from '../fixtures/collaborate/load';

const entries = Object.entries(SELECTORS) as [string, SelectorSpec][];

test('every selector has an expectation for every fixture', () => {
  for (const [name, spec] of entries) {
    for (const fixture of FIXTURES) expect(spec.expect[fixture], `${name} on ${fixture}`).toEqual(expect.any(Number));
    expect(Object.keys(spec.expect).sort(), name).toEqual([...FIXTURES].sort());
  }
});

describe.each(FIXTURES)('selectors on %s', (fixture) => {
  const { doc } = loadFixture(fixture);
  test.each(entries.map(([name]) => name))('%s finds the expected count', (name) => {
    const spec = SELECTORS[name as keyof typeof SELECTORS] as SelectorSpec;
    expect(doc.querySelectorAll(spec.css).length).toBe(spec.expect[fixture]);
  });
});

test('the drifted page keeps no known id or class a required capability relies on', () => {
  const { doc } = loadFixture('room-drifted.en');
  for (const [name, spec] of entries) if (spec.required) expect(doc.querySelector(spec.css), name).toBeNull();
});
