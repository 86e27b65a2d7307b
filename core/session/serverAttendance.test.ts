import { describe, expect, it } from 'vitest';
import { attendance } from './attendance';
import type { ServerPerson, ServerReadStatus, SessionEvent } from './events';
import { joined, left, MINUTE, sessionStarted, T0, updated } from '../../test/support/session';

const m = (minutes: number) => T0 + minutes * MINUTE;

const serverPerson = (at: number, key: string, name: string, intervals: [number, number | null][], extra: Partial<ServerPerson> = {}): SessionEvent => ({
  type: 'server.person',
  person: { key, name, moderator: false, ids: [`w_${key}`, key], intervals: intervals.map(([joinedAt, leftAt]) => ({ joinedAt, leftAt })), ...extra },
  at,
});
const read = (at: number, status: ServerReadStatus = 'ok', detail?: string): SessionEvent => ({ type: 'server.read', status, at, ...(detail ? { detail } : {}) });

const rowsOf = (log: SessionEvent[], now: number) =>
  attendance(log, now).rows.map((r) => ({ label: r.label, source: r.source, ambiguous: r.ambiguous, intervals: r.intervals.map((i) => [i.joinedAt, i.leftAt]) }));

describe('attendance with the server record', () => {
  it("uses the server's times for a person both saw, and keeps the page's for one the server lacks", () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(2), 'alice', 'Alice'),
      joined(m(3), 'zoe', 'Zoé'),
      left(m(20), 'alice'),
      serverPerson(m(21), 'ext-a', 'Alice', [[m(1.5), m(19.8)]]),
      read(m(21)),
    ];
    expect(rowsOf(log, m(30))).toEqual([
      { label: 'Alice', source: 'server', ambiguous: false, intervals: [[m(1.5), m(19.8)]] },
      { label: 'Zoé', source: 'page', ambiguous: false, intervals: [[m(3), null]] },
    ]);
  });

  it('adds the people the page never showed, with their server intervals', () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'alice', 'Alice'),
      serverPerson(m(5), 'ext-a', 'Alice', [[m(1), null]]),
      serverPerson(m(5), 'ext-k', 'Karim', [[m(0.5), m(2)], [m(3), null]]),
      read(m(5)),
    ];
    const report = attendance(log, m(10));
    expect(report.rows.map((r) => [r.label, r.source, r.totalPresenceMs])).toEqual([
      ['Karim', 'server', 8.5 * MINUTE],
      ['Alice', 'server', 9 * MINUTE],
    ]);
    expect(report.presentCount).toBe(2);
    expect(report.server).toEqual({ status: 'ok', detail: null, lastReadAt: m(5), lastOkReadAt: m(5) });
  });

  it("keeps every rejoin the server recorded, even those the page missed, and merges overlaps", () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'bob', 'Bob'),
      // The browser was away from m(5) to m(15): the page saw one long presence.
      serverPerson(m(16), 'ext-b', 'Bob', [[m(1), m(6)], [m(5), m(8)], [m(12), null]]),
      read(m(16)),
    ];
    expect(rowsOf(log, m(20))[0]!.intervals).toEqual([
      [m(1), m(8)],
      [m(12), null],
    ]);
  });

  it('after the last read, a leave or a rejoin the page saw still counts', () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'bob', 'Bob'),
      serverPerson(m(2), 'ext-b', 'Bob', [[m(0.9), null]]),
      read(m(2)),
      left(m(4), 'bob'),
      joined(m(6), 'bob2', 'Bob'),
      read(m(7), 'unreachable', 'network error'),
    ];
    expect(rowsOf(log, m(10))[0]!.intervals).toEqual([
      [m(0.9), m(4)],
      [m(6), null],
    ]);
    expect(attendance(log, m(10)).server).toMatchObject({ status: 'unreachable', detail: 'network error', lastOkReadAt: m(2) });
  });

  it('a changed person is a successful read, even when the log kept no read beside it', () => {
    const log = [
      sessionStarted(m(0)),
      read(m(0)),
      joined(m(1), 'eve', 'Eve'),
      left(m(3), 'eve'),
      joined(m(4), 'eve2', 'Eve'),
      // Read at m(6): the server has Eve's stays with its own times; the unchanged-status read
      // that came with it was not logged (it repeats the one at m(0)).
      serverPerson(m(6), 'ext-e', 'Eve', [[m(0.9), m(2.9)], [m(3.9), null]]),
    ];
    expect(rowsOf(log, m(8))[0]!.intervals).toEqual([
      [m(0.9), m(2.9)],
      [m(3.9), null],
    ]);
    expect(attendance(log, m(8)).server).toMatchObject({ status: 'ok', lastOkReadAt: m(6), lastReadAt: m(6) });
  });

  it("matches by the server's ids where the page carries them, whatever the names", () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'w_x', 'Léa'),
      updated(m(2), 'w_x', 'Léa M.'),
      serverPerson(m(3), 'ext-l', 'Léa', [[m(0.8), null]], { ids: ['w_x', 'ext-l'] }),
      read(m(3)),
    ];
    const [row] = attendance(log, m(5)).rows;
    expect(row).toMatchObject({ name: 'Léa M.', formerNames: ['Léa'], source: 'server', intervals: [{ joinedAt: m(0.8), leftAt: null }] });
  });

  it('matches a renamed person by a former name the page knew', () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'p1', 'Tom'),
      updated(m(2), 'p1', 'Thomas D.'),
      serverPerson(m(3), 'ext-t', 'Tom', [[m(0.9), null]]),
      read(m(3)),
    ];
    expect(rowsOf(log, m(5))).toEqual([{ label: 'Thomas D.', source: 'server', ambiguous: false, intervals: [[m(0.9), null]] }]);
  });

  it('does not guess between homonyms: both sides are shown, marked ambiguous', () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'l1', 'Léa Martin'),
      serverPerson(m(3), 'ext-l1', 'Léa Martin', [[m(0.9), null]]),
      serverPerson(m(3), 'ext-l2', 'Léa Martin', [[m(2), null]]),
      read(m(3)),
    ];
    expect(rowsOf(log, m(5))).toEqual([
      { label: 'Léa Martin (1)', source: 'server', ambiguous: true, intervals: [[m(0.9), null]] },
      { label: 'Léa Martin (2)', source: 'page', ambiguous: true, intervals: [[m(1), null]] },
      { label: 'Léa Martin (3)', source: 'server', ambiguous: true, intervals: [[m(2), null]] },
    ]);
  });

  it('takes same-name server people who were never in together for one person coming back (guests without an external id)', () => {
    const log = [
      sessionStarted(m(0)),
      joined(m(1), 'g1', 'Invité'),
      left(m(5), 'g1'),
      joined(m(6), 'g2', 'Invité'),
      serverPerson(m(7), 'w_g1', 'Invité', [[m(0.9), m(4.9)]]),
      serverPerson(m(7), 'w_g2', 'Invité', [[m(5.9), null]]),
      read(m(7)),
    ];
    expect(rowsOf(log, m(10))).toEqual([{ label: 'Invité', source: 'server', ambiguous: false, intervals: [[m(0.9), m(4.9)], [m(5.9), null]] }]);
    // In at the same time: two people, nothing guessed.
    const together = [sessionStarted(m(0)), joined(m(1), 'g1', 'Invité'), serverPerson(m(7), 'a', 'Invité', [[m(0.9), null]]), serverPerson(m(7), 'b', 'Invité', [[m(2), m(6)]]), read(m(7))];
    expect(rowsOf(together, m(10)).map((r) => [r.label, r.source, r.ambiguous])).toEqual([
      ['Invité (1)', 'server', true],
      ['Invité (2)', 'page', true],
      ['Invité (3)', 'server', true],
    ]);
  });

  it('the latest reading of a person replaces the earlier ones; the end clips what comes after it', () => {
    const log = [
      sessionStarted(m(0)),
      serverPerson(m(1), 'ext-a', 'Alice', [[m(0.5), null]]),
      read(m(1)),
      serverPerson(m(2), 'ext-a', 'Alice', [[m(0.5), m(1.5)]]),
      serverPerson(m(2), 'ext-late', 'Late', [[m(2), null]]),
      { type: 'session.ended', at: m(10) } as SessionEvent,
      // Read once more after the end: someone came after it, another stayed in.
      serverPerson(m(11), 'ext-after', 'After', [[m(10.5), null]]),
      serverPerson(m(11), 'ext-late', 'Late', [[m(2), m(10.8)]]),
      read(m(11)),
    ];
    const report = attendance(log, m(60));
    expect(report.rows.map((r) => [r.label, r.totalPresenceMs, r.presentAtEnd])).toEqual([
      ['Alice', 1 * MINUTE, false],
      ['Late', 8 * MINUTE, true],
    ]);
  });

  it("leaves out what ended before the session started: a meeting that outlives a class still records the earlier class's people", () => {
    const log = [
      sessionStarted(m(60)),
      joined(m(61), 'emma', 'Emma'),
      joined(m(61), 'lina2', 'Lina'),
      serverPerson(m(62), 'ext-l', 'Lina', [[m(0), m(50)]]),
      serverPerson(m(62), 'ext-h', 'Hugo', [[m(0), m(50)]]),
      serverPerson(m(62), 'ext-e', 'Emma', [[m(10), m(20)], [m(60.5), null]]),
      serverPerson(m(62), 'ext-t', 'Teacher', [[m(0), null]]),
      read(m(62)),
    ];
    expect(rowsOf(log, m(70))).toEqual([
      { label: 'Teacher', source: 'server', ambiguous: false, intervals: [[m(0), null]] },
      { label: 'Emma', source: 'server', ambiguous: false, intervals: [[m(60.5), null]] },
      { label: 'Lina', source: 'page', ambiguous: false, intervals: [[m(61), null]] },
    ]);
  });

  it('with the record disabled, attendance is the page as before', () => {
    const log = [sessionStarted(m(0)), joined(m(1), 'a', 'Alice'), read(m(2), 'disabled', 'Learning Dashboard disabled for this meeting')];
    const report = attendance(log, m(5));
    expect(report.rows.map((r) => [r.label, r.source])).toEqual([['Alice', 'page']]);
    expect(report.server).toEqual({ status: 'disabled', detail: 'Learning Dashboard disabled for this meeting', lastReadAt: m(2), lastOkReadAt: null });
  });
});
