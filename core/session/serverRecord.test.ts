import { describe, expect, it } from 'vitest';
import { mergeIntervals, readServerAnswer } from './serverRecord';
import { MINUTE, T0 } from '../../test/support/session';
import { HOSTILE_NAMES } from '../../test/corpus/hostile';

const m = (minutes: number) => T0 + minutes * MINUTE;

/** The endpoint's envelope around a record, as BBB's ApiController.learningDashboard builds it. */
const success = (record: unknown) => ({ response: { returncode: 'SUCCESS', data: JSON.stringify(record), sessionToken: 'tok' } });
const failed = (message: string) => ({ response: { returncode: 'FAILED', message, sessionToken: 'tok' } });

// Since late 2024: sessions per internal id (extra fields, as BBB sends them, are ignored).
const SESSIONS_RECORD = {
  intId: 'meeting-int',
  name: 'Maths 4e B',
  users: {
    'ext-alice-1': {
      userKey: 'ext-alice-1',
      extId: 'ext-alice',
      name: 'Alice Martin',
      isModerator: false,
      isDialIn: false,
      currentIntId: 'w_a2',
      intIds: {
        w_a1: { intId: 'w_a1', sessions: [{ registeredOn: m(1), leftOn: m(20) }], userLeftFlag: true },
        w_a2: { intId: 'w_a2', sessions: [{ registeredOn: m(25), leftOn: m(30) }, { registeredOn: m(32), leftOn: 0 }], userLeftFlag: false },
      },
      talk: { totalTime: 0, lastTalkStartedOn: 0 },
      raiseHand: [],
      totalOfMessages: 3,
    },
    'ext-prof-1': {
      userKey: 'ext-prof-1',
      extId: 'ext-prof',
      name: 'Mme Lefort',
      isModerator: true,
      intIds: { w_p: { intId: 'w_p', sessions: [{ registeredOn: m(0), leftOn: 0 }], userLeftFlag: false } },
    },
  },
};

// Before late 2024 (BBB 2.4–2.7): one flat session per internal id.
const FLAT_RECORD = {
  users: {
    'ext-bob-1': {
      userKey: 'ext-bob-1',
      extId: 'ext-bob',
      name: 'Bob',
      isModerator: false,
      intIds: {
        w_b1: { intId: 'w_b1', registeredOn: m(2), leftOn: m(10), userLeftFlag: true },
        w_b2: { intId: 'w_b2', registeredOn: m(12), leftOn: 0, userLeftFlag: false },
      },
      emojis: [{ name: 'raiseHand', sentOn: m(3) }],
    },
  },
};

describe('readServerAnswer', () => {
  it('reads the sessions shape: every interval of every internal id, in time order, open ones open', () => {
    const reading = readServerAnswer(success(SESSIONS_RECORD));
    expect(reading).toEqual({
      status: 'ok',
      people: [
        {
          key: 'ext-alice-1',
          name: 'Alice Martin',
          moderator: false,
          ids: ['w_a1', 'w_a2', 'ext-alice'],
          intervals: [
            { joinedAt: m(1), leftAt: m(20) },
            { joinedAt: m(25), leftAt: m(30) },
            { joinedAt: m(32), leftAt: null },
          ],
        },
        { key: 'ext-prof-1', name: 'Mme Lefort', moderator: true, ids: ['w_p', 'ext-prof'], intervals: [{ joinedAt: m(0), leftAt: null }] },
      ],
    });
  });

  it('reads the older flat shape the same way', () => {
    expect(readServerAnswer(success(FLAT_RECORD))).toEqual({
      status: 'ok',
      people: [
        {
          key: 'ext-bob-1',
          name: 'Bob',
          moderator: false,
          ids: ['w_b1', 'w_b2', 'ext-bob'],
          intervals: [
            { joinedAt: m(2), leftAt: m(10) },
            { joinedAt: m(12), leftAt: null },
          ],
        },
      ],
    });
  });

  it("tells the server's refusals apart", () => {
    expect(readServerAnswer(failed('Learning Dashboard disabled for this meeting'))).toMatchObject({ status: 'disabled' });
    expect(readServerAnswer(failed('Access denied'))).toMatchObject({ status: 'denied' });
    expect(readServerAnswer(failed('Invalid Session'))).toMatchObject({ status: 'denied' });
    expect(readServerAnswer(failed('Meeting not found'))).toMatchObject({ status: 'not-running' });
    expect(readServerAnswer(failed('Learning Dashboard data not found'))).toMatchObject({ status: 'no-data' });
    expect(readServerAnswer(failed('Something new'))).toEqual({ status: 'unreachable', detail: 'Something new' });
    // A message that names an Object property is no refusal Moderato knows either.
    for (const message of ['constructor', '__proto__', 'toString']) expect(readServerAnswer(failed(message))).toEqual({ status: 'unreachable', detail: message });
  });

  it('rejects a malformed answer whole, saying where', () => {
    const cases: [unknown, RegExp][] = [
      ['<html>login</html>', /^the answer: /],
      [{ response: { returncode: 'MAYBE' } }, /^the answer at response\.returncode: /],
      [{ response: { returncode: 'SUCCESS', data: '{not json' } }, /^the record is not JSON$/],
      [success({ users: { u: { ...SESSIONS_RECORD.users['ext-prof-1'], name: 42 } } }), /^the record at users\.u\.name: /],
      [success({ users: { u: { ...SESSIONS_RECORD.users['ext-prof-1'], intIds: { w: { sessions: [{ registeredOn: 'soon', leftOn: 0 }] } } } } }), /users\.u\.intIds\.w/],
      [success({ users: { u: { ...SESSIONS_RECORD.users['ext-prof-1'], intIds: { w: { intId: 'w' } } } } }), /neither `sessions` nor/],
      [success({ users: { u: { ...SESSIONS_RECORD.users['ext-prof-1'], intIds: { w: { registeredOn: m(5), leftOn: m(1) } } } } }), /leaves before it joins/],
      [success({ meeting: 'no users' }), /^the record at users: /],
    ];
    for (const [answer, detail] of cases) {
      const reading = readServerAnswer(answer);
      expect(reading.status).toBe('malformed');
      expect(reading.status === 'malformed' && reading.detail).toMatch(detail);
    }
    // One bad user spoils the whole answer: nothing of it is used.
    const oneBad = { users: { ...SESSIONS_RECORD.users, bad: { userKey: 'bad' } } };
    expect(readServerAnswer(success(oneBad)).status).toBe('malformed');
  });
});

describe('mergeIntervals', () => {
  it('unites overlapping intervals (two tabs of one person), an open one swallowing what follows', () => {
    expect(
      mergeIntervals([
        { joinedAt: 30, leftAt: 40 },
        { joinedAt: 0, leftAt: 10 },
        { joinedAt: 5, leftAt: 20 },
        { joinedAt: 35, leftAt: null },
        { joinedAt: 50, leftAt: 60 },
      ]),
    ).toEqual([
      { joinedAt: 0, leftAt: 20 },
      { joinedAt: 30, leftAt: null },
    ]);
  });
});

describe('readServerAnswer with hostile names', () => {
  it('keeps any name as plain text, however long or odd', () => {
    const users = Object.fromEntries(
      HOSTILE_NAMES.map((name, i) => [`k${i}`, { userKey: `k${i}`, extId: `e${i}`, name, isModerator: false, intIds: { [`w${i}`]: { sessions: [{ registeredOn: m(1), leftOn: 0 }] } } }]),
    );
    const reading = readServerAnswer(success({ users }));
    expect(reading.status === 'ok' && reading.people.map((p) => p.name)).toEqual([...HOSTILE_NAMES]);
  });
});
