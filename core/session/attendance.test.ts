import { describe, expect, it } from 'vitest';
import { attendance } from './attendance';
import type { SessionEvent } from './events';
import { joined, left, MINUTE, sessionStarted, T0, updated } from '../../test/support/session';

const m = (minutes: number) => T0 + minutes * MINUTE;
const row = (log: SessionEvent[], now: number, name: string) => {
  const found = attendance(log, now).rows.find((r) => r.label === name);
  if (!found) throw new Error(`no row labelled ${name}`);
  return found;
};

describe('attendance', () => {
  it('records every interval, first arrival, last departure and total presence', () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'a', 'Alice'),
      left(m(20), 'a'),
      joined(m(25), 'a', 'Alice'),
      left(m(50), 'a'),
    ];
    expect(row(log, m(60), 'Alice')).toMatchObject({
      ids: ['a'],
      intervals: [
        { joinedAt: m(1), leftAt: m(20) },
        { joinedAt: m(25), leftAt: m(50) },
      ],
      firstArrivalAt: m(1),
      lastDepartureAt: m(50),
      totalPresenceMs: 44 * MINUTE,
      presentAtEnd: false,
      late: false,
    });
  });

  it('counts an open interval up to now, or up to the end of the session', () => {
    const log = [sessionStarted(m(0)), joined(m(10), 'a', 'Alice'), joined(m(10), 'a', 'Alice')];
    expect(row(log, m(30), 'Alice')).toMatchObject({ totalPresenceMs: 20 * MINUTE, presentAtEnd: true, lastDepartureAt: null });
    const ended = [...log, { type: 'session.ended', at: m(40) } as SessionEvent, left(m(45), 'a')];
    const report = attendance(ended, m(90));
    expect(report.endedAt).toBe(m(40));
    expect(report.rows[0]).toMatchObject({ totalPresenceMs: 30 * MINUTE, presentAtEnd: true, intervals: [{ joinedAt: m(10), leftAt: null }] });
    expect(report.presentCount).toBe(1);
  });

  it('marks late arrivals after the grace period, which is configurable', () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(-2), 'p', 'Mme Durand', { role: 'moderator', you: true }),
      joined(m(4), 'a', 'Alice'),
      joined(m(6), 'b', 'Bilal'),
    ];
    const rows = attendance(log, m(30)).rows;
    expect(rows.map((r) => [r.name, r.arrivalAfterStartMs, r.late, r.moderator, r.you])).toEqual([
      ['Mme Durand', 0, false, true, true],
      ['Alice', 4 * MINUTE, false, false, false],
      ['Bilal', 6 * MINUTE, true, false, false],
    ]);
    expect(attendance(log, m(30), { lateGraceMs: 3 * MINUTE }).rows.map((r) => r.late)).toEqual([false, true, true]);
  });

  it('keeps two people with the same name as two rows, labelled by arrival', () => {
    const log = [sessionStarted(m(0)), joined(m(1), 'x1', 'Léa Martin'), joined(m(2), 'x2', 'Léa  martin'), joined(m(3), 'b', 'Bilal')];
    const rows = attendance(log, m(10)).rows;
    expect(rows.map((r) => [r.label, r.ids])).toEqual([
      ['Léa Martin (1)', ['x1']],
      ['Léa  martin (2)', ['x2']],
      ['Bilal', ['b']],
    ]);
  });

  it('follows a rename on the same id, keeping the former names', () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'a', 'iPhone de Alice'),
      updated(m(2), 'a', 'Alice D.'),
      updated(m(3), 'a', 'Alice Dupont'),
      updated(m(4), 'a', 'Alice Dupont', { talking: true }),
    ];
    const rows = attendance(log, m(10)).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Alice Dupont', formerNames: ['iPhone de Alice', 'Alice D.'], intervals: [{ joinedAt: m(1), leftAt: null }] });
  });

  it('merges a rejoin under a new id into the row of the same name who left', () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'a1', 'Alice'),
      left(m(10), 'a1'),
      joined(m(12), 'a2', 'Alice'),
      left(m(20), 'a2'),
      joined(m(21), 'a3', 'alice'),
    ];
    const rows = attendance(log, m(30)).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: 'a1',
      ids: ['a1', 'a2', 'a3'],
      intervals: [
        { joinedAt: m(1), leftAt: m(10) },
        { joinedAt: m(12), leftAt: m(20) },
        { joinedAt: m(21), leftAt: null },
      ],
      totalPresenceMs: 26 * MINUTE,
      late: false,
    });
  });

  it('does not merge a new id into a namesake who is still present', () => {
    const log = [sessionStarted(m(0)), joined(m(1), 'a1', 'Alice'), joined(m(2), 'a2', 'Alice'), left(m(5), 'a2'), joined(m(6), 'a3', 'Alice')];
    const rows = attendance(log, m(10)).rows;
    // a3 comes back as a2 (the one who left), not as a1 (still present).
    expect(rows.map((r) => [r.label, r.ids, r.totalPresenceMs])).toEqual([
      ['Alice (1)', ['a1'], 9 * MINUTE],
      ['Alice (2)', ['a2', 'a3'], 7 * MINUTE],
    ]);
  });

  it('takes the first event as the start when the session start is not logged', () => {
    const log = [joined(m(0), 'p', 'Prof', { role: 'moderator' }), joined(m(9), 'a', 'Alice')];
    const report = attendance(log, m(10));
    expect(report.sessionStartedAt).toBeNull();
    expect(report.rows[1]).toMatchObject({ arrivalAfterStartMs: 9 * MINUTE, late: true });
  });

  // Its cost is measured by the benchmark (npm run bench), not asserted here.
  it('handles 500 participants over 4 hours with constant churn', () => {
    const log: SessionEvent[] = [sessionStarted(m(0))];
    // Every pupil is present 0-30 min, then leaves and rejoins under a new id 7 times (every 30 min).
    for (let round = 0; round < 8; round += 1) {
      for (let i = 0; i < 500; i += 1) log.push(joined(m(round * 30) + i, `p${i}-${round}`, `Élève ${i}`));
      for (let i = 0; i < 500; i += 1) log.push(left(m(round * 30 + 25) + i, `p${i}-${round}`));
    }
    const report = attendance(log, m(240));
    expect(report.rows).toHaveLength(500);
    expect(report.rows[42]).toMatchObject({ name: 'Élève 42', totalPresenceMs: 8 * 25 * MINUTE, presentAtEnd: false });
    expect(report.rows[42]!.ids).toHaveLength(8);
  });
});
