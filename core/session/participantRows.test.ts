import { describe, expect, it } from 'vitest';
import { attendance } from './attendance';
import { queueState } from './queue';
import type { LoggedEvent, SessionEvent } from './events';
import { filterCounts, filterPeople, personRows } from './participantRows';
import { joined, left, MINUTE, person, sessionStarted, T0, talkOn, talkOff } from '../../test/support/session';

const m = (minutes: number) => T0 + minutes * MINUTE;

function scene() {
  const log: SessionEvent[] = [
    sessionStarted(m(0)),
    joined(m(0), 'me', 'Mme Lefort', { you: true, role: 'moderator' }),
    joined(m(1), 'a', 'Léa Martin'),
    joined(m(2), 'b', 'Hugo Roux'),
    joined(m(3), 'c', 'Emma Morel'),
    left(m(10), 'c'),
    talkOn(m(4), 'b'),
    talkOff(m(6), 'b'),
  ];
  const turn: LoggedEvent[] = [
    { type: 'queue.added', entryId: 'e1', name: 'Hugo Roux', participantId: 'b', source: 'manual', at: m(3) } as LoggedEvent,
    { type: 'queue.floorGiven', entryId: 'e1', at: m(4) } as LoggedEvent,
    { type: 'queue.done', at: m(6) } as LoggedEvent,
  ];
  const events = [...log, ...turn].sort((x, y) => x.at - y.at) as LoggedEvent[];
  const participants = [person('me', 'Mme Lefort', { you: true, role: 'moderator' }), person('a', 'Léa Martin', { handRaised: true }), person('b', 'Hugo Roux')];
  return personRows(participants, attendance(events, m(12)), queueState(events, m(12)));
}

describe('participant rows', () => {
  it('joins live state, turns and attendance into one row per person', () => {
    const rows = scene();
    expect(rows.map((row) => row.name)).toEqual(['Mme Lefort', 'Léa Martin', 'Hugo Roux', 'Emma Morel']);
    expect(rows.find((row) => row.name === 'Hugo Roux')).toMatchObject({ present: true, turns: 1, talkMs: 2 * MINUTE, arrivedAt: m(2), leftAt: null });
    expect(rows.find((row) => row.name === 'Léa Martin')).toMatchObject({ handRaised: true, turns: 0 });
    expect(rows.find((row) => row.name === 'Emma Morel')).toMatchObject({ present: false, leftAt: m(10), intervals: 1 });
  });

  it('filters: hand raised, not yet spoken (present pupils only), left; and searches without accents or case', () => {
    const rows = scene();
    const names = (filter: Parameters<typeof filterPeople>[1], search = '') => filterPeople(rows, filter, search).map((row) => row.name);
    expect(names('hand')).toEqual(['Léa Martin']);
    expect(names('silent')).toEqual(['Léa Martin']);
    expect(names('left')).toEqual(['Emma Morel']);
    expect(names('all', '  LEA ')).toEqual(['Léa Martin']);
    expect(names('left', 'lea')).toEqual([]);
    expect(filterCounts(rows)).toEqual({ all: 4, hand: 1, silent: 1, left: 1 });
  });

  it('lists someone the attendance has not counted yet', () => {
    const rows = personRows([person('z', 'Zoé Martin', { handRaised: true })], null, null);
    expect(rows).toEqual([expect.objectContaining({ key: 'z', name: 'Zoé Martin', present: true, handRaised: true, arrivedAt: null })]);
  });
});
