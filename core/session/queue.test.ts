import { describe, expect, it } from 'vitest';
import type { ModeratorEvent, SessionEvent } from './events';
import { queueState } from './queue';
import { handDown, handUp, joined, left, SECOND, T0, talkOff, talkOn, updated } from '../../test/support/session';

const t = (seconds: number) => T0 + seconds * SECOND;
const ev = (seconds: number, event: ModeratorEvent): SessionEvent => ({ ...event, at: t(seconds) }) as SessionEvent;
const waitingNames = (events: SessionEvent[], now = t(1000)) => queueState(events, now).waiting.map((e) => e.name);

const CLASS: SessionEvent[] = [
  joined(t(0), 'prof', 'Mme Durand', { role: 'moderator', you: true }),
  joined(t(1), 'a', 'Alice'),
  joined(t(2), 'b', 'Bilal'),
  joined(t(3), 'c', 'Chloé'),
  joined(t(4), 'd', 'Dina'),
];

describe('queueState: order and fairness', () => {
  it('queues raised hands in raise order, never twice', () => {
    const log = [...CLASS, handUp(t(10), 'c'), handUp(t(11), 'a'), handUp(t(12), 'c'), updated(t(13), 'c', 'Chloé', { handRaised: true })];
    const state = queueState(log, t(20));
    expect(state.waiting.map((e) => e.entryId)).toEqual(['hand:c:1', 'hand:a:1']);
    expect(state.waiting[0]).toMatchObject({ name: 'Chloé', source: 'hand', addedAt: t(10), participantId: 'c' });
  });

  it('drops a lowered hand, but not once the person has the floor', () => {
    const log = [
      ...CLASS,
      handUp(t(10), 'a'),
      handUp(t(11), 'b'),
      handDown(t(12), 'a'),
      ev(13, { type: 'queue.floorGiven', entryId: 'hand:b:1' }),
      handDown(t(14), 'b'),
    ];
    const state = queueState(log, t(20));
    expect(state.waiting).toEqual([]);
    expect(state.speaking).toMatchObject({ name: 'Bilal', startedAt: t(13), outcome: 'speaking' });
  });

  it('adds manual entries at the end, without duplicating someone already waiting', () => {
    const log = [
      ...CLASS,
      handUp(t(10), 'a'),
      ev(11, { type: 'queue.added', entryId: 'm1', participantId: 'a', name: 'Alice', source: 'manual' }),
      ev(12, { type: 'queue.added', entryId: 'm2', name: 'Élève au tableau', source: 'manual' }),
      ev(13, { type: 'queue.added', entryId: 'm3', name: ' élève  au tableau', source: 'manual' }),
      ev(14, { type: 'queue.added', entryId: 'm4', participantId: 'd', name: 'Dina', source: 'manual' }),
      handDown(t(15), 'd'), // a manual entry stays when the hand goes down
    ];
    expect(queueState(log, t(20)).waiting.map((e) => e.entryId)).toEqual(['hand:a:1', 'm2', 'm4']);
  });

  it('moves and removes entries', () => {
    const log = [
      ...CLASS,
      handUp(t(10), 'a'),
      handUp(t(11), 'b'),
      handUp(t(12), 'c'),
      ev(13, { type: 'queue.moved', entryId: 'hand:c:1', toIndex: 0 }),
      ev(14, { type: 'queue.moved', entryId: 'hand:a:1', toIndex: 99 }),
    ];
    expect(waitingNames(log)).toEqual(['Chloé', 'Bilal', 'Alice']);
    expect(waitingNames([...log, ev(15, { type: 'queue.removed', entryId: 'hand:b:1' })])).toEqual(['Chloé', 'Alice']);
  });

  it('sends a skipped person to the end once, and out of the queue the second time', () => {
    const base = [...CLASS, handUp(t(10), 'a'), handUp(t(11), 'b'), handUp(t(12), 'c')];
    const once = [...base, ev(13, { type: 'queue.skipped', entryId: 'hand:a:1' })];
    expect(waitingNames(once)).toEqual(['Bilal', 'Chloé', 'Alice']);
    expect(queueState(once, t(20)).waiting[2]?.skipped).toBe(true);
    const twice = [...once, ev(14, { type: 'queue.skipped', entryId: 'hand:a:1' })];
    expect(waitingNames(twice)).toEqual(['Bilal', 'Chloé']);
    // A later mute/talk update still showing the hand up does not bring Alice back.
    expect(waitingNames([...twice, updated(t(15), 'a', 'Alice', { handRaised: true, muted: false })])).toEqual(['Bilal', 'Chloé']);
    // A new raise after lowering does.
    expect(waitingNames([...twice, handDown(t(16), 'a'), handUp(t(17), 'a')])).toEqual(['Bilal', 'Chloé', 'Alice']);
  });

  it('skipping the current speaker withdraws the floor without counting a turn', () => {
    const log = [
      ...CLASS,
      handUp(t(10), 'a'),
      handUp(t(11), 'b'),
      ev(12, { type: 'queue.floorGiven', entryId: 'hand:a:1' }),
      ev(20, { type: 'queue.skipped', entryId: 'hand:a:1' }),
    ];
    const state = queueState(log, t(30));
    expect(state.speaking).toBeNull();
    expect(state.waiting.map((e) => [e.name, e.skipped])).toEqual([['Bilal', false], ['Alice', true]]);
    expect(state.turns).toEqual([expect.objectContaining({ name: 'Alice', outcome: 'skipped', endedAt: t(20) })]);
    expect(state.people.find((p) => p.participantId === 'a')?.turns).toBe(0);
  });

  it('counts turns per person and lists who has not spoken yet', () => {
    const log = [
      ...CLASS,
      handUp(t(10), 'a'),
      handUp(t(11), 'b'),
      ev(12, { type: 'queue.floorGiven', entryId: 'hand:a:1' }),
      handDown(t(13), 'a'),
      ev(30, { type: 'queue.floorGiven', entryId: 'hand:b:1' }), // ends Alice's turn
      ev(40, { type: 'queue.done' }),
      handDown(t(41), 'b'),
      handUp(t(50), 'a'),
      ev(51, { type: 'queue.floorGiven', entryId: 'hand:a:2' }),
      ev(60, { type: 'queue.done', entryId: 'hand:a:2' }),
      left(t(70), 'd'),
    ];
    const state = queueState(log, t(80));
    expect(state.turns.map((turn) => [turn.name, turn.startedAt, turn.endedAt, turn.outcome])).toEqual([
      ['Alice', t(12), t(30), 'done'],
      ['Bilal', t(30), t(40), 'done'],
      ['Alice', t(51), t(60), 'done'],
    ]);
    expect(state.people.map((p) => [p.name, p.turns])).toEqual([['Alice', 2], ['Bilal', 1], ['Chloé', 0], ['Dina', 0]]);
    // Dina left; the moderator (you) is never listed.
    expect(state.notYetSpoken.map((p) => p.name)).toEqual(['Chloé']);
  });

  it('suggests the first waiting person among those with the fewest turns', () => {
    const log = [
      ...CLASS,
      handUp(t(10), 'a'),
      ev(11, { type: 'queue.floorGiven', entryId: 'hand:a:1' }),
      ev(12, { type: 'queue.done' }),
      handDown(t(13), 'a'),
      handUp(t(14), 'a'),
      handUp(t(15), 'c'),
      handUp(t(16), 'b'),
    ];
    const state = queueState(log, t(20));
    expect(state.waiting.map((e) => e.name)).toEqual(['Alice', 'Chloé', 'Bilal']);
    expect(state.suggestedNext?.name).toBe('Chloé');
  });

  it('drops the waiting hand of someone who leaves', () => {
    const log = [...CLASS, handUp(t(10), 'a'), handUp(t(11), 'b'), left(t(12), 'a')];
    expect(waitingNames(log)).toEqual(['Bilal']);
  });
});

describe('queueState: talk time', () => {
  it('sums closed intervals and counts an open one up to now', () => {
    const log = [...CLASS, talkOn(t(10), 'a'), talkOff(t(25), 'a'), talkOn(t(40), 'a'), talkOn(t(45), 'b'), talkOn(t(46), 'b')];
    const state = queueState(log, t(60));
    const byName = Object.fromEntries(state.people.map((p) => [p.name, [p.talkMs, p.talking]]));
    expect(byName).toEqual({
      Alice: [35 * SECOND, true],
      Bilal: [15 * SECOND, true],
      Chloé: [0, false],
      Dina: [0, false],
    });
  });

  it('closes the interval of a participant who leaves, and all of them at the end of the session', () => {
    const log = [
      ...CLASS,
      talkOn(t(10), 'a'),
      left(t(20), 'a'),
      talkOn(t(30), 'b'),
      ev(50, { type: 'session.ended' }),
    ];
    const state = queueState(log, t(500));
    expect(state.people.find((p) => p.name === 'Alice')?.talkMs).toBe(10 * SECOND);
    expect(state.people.find((p) => p.name === 'Bilal')).toMatchObject({ talkMs: 20 * SECOND, talking: false });
  });

  it('replays a past moment by ignoring later events', () => {
    const log = [...CLASS, talkOn(t(10), 'a'), talkOff(t(100), 'a')];
    expect(queueState(log, t(40)).people.find((p) => p.name === 'Alice')?.talkMs).toBe(30 * SECOND);
  });
});
