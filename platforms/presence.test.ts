import type { RoomEvent } from '../core/session/events';
import { person } from '../test/support/session';
import { Presence } from './presence';

const rows = (...names: string[]) => new Map(names.map((name) => [name, person(name, name)]));
const kinds = (events: RoomEvent[]) =>
  events.map((event) => ('participant' in event ? `${event.type} ${event.participant.id}` : 'id' in event ? `${event.type} ${event.id}` : `${event.type} ${'count' in event ? event.count : ''}`));

function presence() {
  return new Presence((a, b) => a.name === b.name && a.muted === b.muted);
}

test('joins, updates and the count, each once', () => {
  const people = presence();
  expect(kinds(people.update(rows('Ana', 'Ben'), 2).events)).toEqual(['participant.joined Ana', 'participant.joined Ben', 'participants.count 2']);
  expect(people.update(rows('Ana', 'Ben'), 2).events).toEqual([]);
  const changed = rows('Ana', 'Ben');
  changed.set('Ben', person('Ben', 'Ben', { muted: false }));
  expect(kinds(people.update(changed, 2).events)).toEqual(['participant.updated Ben']);
});

test('a complete list settles everyone not shown, even people who left while scrolled out', () => {
  const people = presence();
  people.update(rows('Ana', 'Ben', 'Chloé'), 5); // two more scrolled out of view, not known
  // Scrolled: Chloé out of view, Dina and Eli shown; the count says 5 still.
  expect(kinds(people.update(rows('Ana', 'Ben', 'Dina', 'Eli'), 5).events)).toEqual(['participant.joined Dina', 'participant.joined Eli']);
  // Everyone fits on screen again, and Chloé is not there: she left.
  const change = people.update(rows('Ana', 'Ben', 'Dina', 'Eli'), 4);
  expect(change.left).toEqual(['Chloé']);
  expect(kinds(change.events)).toEqual(['participant.left Chloé', 'participants.count 4']);
});

test('rows that vanish are leaves only when the count dropped by as many; otherwise nobody is guessed gone', () => {
  const people = presence();
  people.update(rows('Ana', 'Ben', 'Chloé', 'Dina'), 10);
  expect(people.update(rows('Ana', 'Ben', 'Chloé'), 9).left).toEqual(['Dina']);
  // Two rows gone but the count dropped by one: a scroll, or a leave, cannot tell which.
  expect(people.update(rows('Ana'), 8).left).toEqual([]);
  expect(people.get('Ben')).toBeDefined();
});

test('without a count nobody is ever marked gone', () => {
  const people = presence();
  people.update(rows('Ana', 'Ben'), null);
  expect(people.update(rows('Ana'), null).left).toEqual([]);
  expect(people.update(rows(), null).events).toEqual([]);
});
