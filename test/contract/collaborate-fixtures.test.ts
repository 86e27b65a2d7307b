// The Collaborate fixture pages are the builder's output, and their headers state what they hold.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildRoom } from '../support/collaborate';
import { FIXTURES, type FixtureId } from '../../platforms/collaborate/selectors';
import { fixturePath, headerOf } from '../fixtures/collaborate/load';

function build(id: FixtureId): string {
  const locale = id.endsWith('.fr') ? 'fr' : 'en';
  return buildRoom(locale, id.includes('drifted') ? 'drifted' : 'known-selectors');
}

test.each(FIXTURES)('%s is up to date with the builder', (id) => {
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(fixturePath(id))) writeFileSync(fixturePath(id), build(id));
  expect(readFileSync(fixturePath(id), 'utf8')).toBe(build(id));
});

test.each(FIXTURES)('%s starts with a header stating participants, hands and messages', (id) => {
  const facts = headerOf(readFileSync(fixturePath(id), 'utf8'));
  expect(facts.participants.length).toBe(8);
  expect(facts.raisedHands).toEqual(['Hugo Martin', 'Inès Moreau', 'Lucas Petit']);
  expect(facts.messages.length).toBe(6);
  expect(facts.count).toBe(8);
});
