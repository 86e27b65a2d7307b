import { toPersisted, type ModeratorEvent, type SessionEvent } from '../session/events';
import { chat, handUp, joined, left, MINUTE, SECOND, sessionStarted, T0, talkOff, talkOn } from '../../test/support/session';
import { defaultTemplates } from '../templates/defaults';
import { sessionReport } from './report';

const m = (minutes: number) => T0 + minutes * MINUTE;
const mod = (at: number, event: ModeratorEvent): SessionEvent => ({ ...event, at });

const log: SessionEvent[] = [
  joined(m(-2), 'p', 'Mme Durand', { role: 'moderator', you: true }),
  sessionStarted(m(0)),
  mod(m(0), { type: 'agenda.set', items: [
    { id: 'a', title: 'Accueil', plannedMinutes: 5 },
    { id: 'b', title: 'Activité', plannedMinutes: 10 },
    { id: 'c', title: 'Synthèse', plannedMinutes: 5 },
  ] }),
  mod(m(0), { type: 'agenda.started' }),
  mod(m(0), { type: 'checklist.step', checklist: 'start', stepId: 'bienvenue', outcome: 'done' }),
  mod(m(0), { type: 'checklist.step', checklist: 'start', stepId: 'presenter-regles', outcome: 'failed', detail: 'chat locked' }),
  joined(m(1), 'a', 'Alice'),
  mod(m(1), { type: 'checklist.step', checklist: 'start', stepId: 'presenter-regles', outcome: 'manual-confirmed' }),
  chat(m(2), 'c1', 'Alice', 'Bonjour'),
  chat(m(2) + 10 * SECOND, 'q1', 'Bilal', 'On commence quand ?'),
  chat(m(2) + 20 * SECOND, 'c2', 'Alice', 'ok'),
  chat(m(2) + 30 * SECOND, 's1', 'System', 'Le présentateur a changé', true),
  mod(m(6), { type: 'agenda.next' }),
  joined(m(7), 'b', 'Bilal'),
  handUp(m(8), 'b'),
  mod(m(9), { type: 'queue.floorGiven', entryId: 'hand:b:1' }),
  talkOn(m(9), 'b'),
  mod(m(10), { type: 'queue.added', entryId: 'm1', participantId: 'a', name: 'Alice', source: 'manual' }),
  talkOff(m(11), 'b'),
  mod(m(11), { type: 'queue.done' }),
  mod(m(12), { type: 'queue.floorGiven', entryId: 'm1' }),
  talkOn(m(12), 'a'),
  talkOff(m(12) + 30 * SECOND, 'a'),
  mod(m(13), { type: 'queue.done' }),
  mod(m(14), { type: 'queue.added', entryId: 'x1', participantId: 'b', name: 'Bilal', source: 'manual' }),
  mod(m(14) + 30 * SECOND, { type: 'queue.floorGiven', entryId: 'x1' }),
  mod(m(15), { type: 'queue.skipped', entryId: 'x1' }),
  mod(m(16), { type: 'agenda.paused' }),
  mod(m(18), { type: 'agenda.resumed' }),
  chat(m(20), 'q2', 'Alice', 'Pourquoi ?'),
  mod(m(21), { type: 'chat.answered', messageId: 'q1' }),
  mod(m(25), { type: 'agenda.next' }),
  mod(m(28), { type: 'agenda.next' }),
  left(m(29), 'b'),
  mod(m(29), { type: 'checklist.step', checklist: 'end', stepId: 'couper-tous-micros', outcome: 'done' }),
  mod(m(30), { type: 'session.ended' }),
];

describe('session report', () => {
  const report = sessionReport(log.map(toPersisted), m(90));

  it('gives the session start, end and duration', () => {
    expect(report).toMatchObject({ startedAt: m(0), endedAt: m(30), ended: true, durationMs: 30 * MINUTE });
  });

  it('compares the agenda planned with what happened', () => {
    expect(report.agenda.items.map((i) => [i.id, i.plannedMs / MINUTE, i.actualMs / MINUTE, i.differenceMs / MINUTE, i.state])).toEqual([
      ['a', 5, 6, 1, 'done'],
      ['b', 10, 17, 7, 'done'],
      ['c', 5, 3, -2, 'done'],
    ]);
    expect(report.agenda).toMatchObject({ plannedMs: 20 * MINUTE, actualMs: 26 * MINUTE, pausedMs: 2 * MINUTE, behindPlanMs: 8 * MINUTE, finished: true });
  });

  it('summarises attendance without the moderator using Moderato', () => {
    expect(report.attendance).toEqual({ total: 2, presentAtEnd: 1, late: 1 });
  });

  it('counts turns (not skipped ones) and talk time per person', () => {
    expect(report.speaking).toEqual({
      turns: 2,
      totalTalkMs: 2.5 * MINUTE,
      people: [
        { name: 'Bilal', turns: 1, talkMs: 2 * MINUTE },
        { name: 'Alice', turns: 1, talkMs: 30 * SECOND },
      ],
    });
  });

  it('gives chat statistics from the stored log, without any text', () => {
    expect(report.chat).toEqual({
      messages: 4,
      missed: 0,
      senders: 2,
      topSenders: [
        { sender: 'Alice', messages: 3 },
        { sender: 'Bilal', messages: 1 },
      ],
      questionsAsked: 2,
      questionsAnswered: 1,
      peakPerMinute: { messages: 3, from: m(2) },
    });
  });

  it('counts messages that passed unread in the total and the busiest minute, under no sender', () => {
    const withMissed: SessionEvent[] = [...log.filter((e) => e.at <= m(3)), { type: 'chat.missed', count: 40, at: m(2) + 40 * SECOND }];
    const chat = sessionReport(withMissed, m(3)).chat;
    expect(chat).toMatchObject({ messages: 43, missed: 40, senders: 2, peakPerMinute: { messages: 43, from: m(2) } });
    expect(chat.topSenders.map((s) => s.sender)).toEqual(['Alice', 'Bilal']);
  });

  it('keeps the last outcome of each checklist step', () => {
    expect(report.checklists.map((s) => [s.checklist, s.stepId, s.outcome, s.at])).toEqual([
      ['start', 'bienvenue', 'done', m(0)],
      ['start', 'presenter-regles', 'manual-confirmed', m(1)],
      ['end', 'couper-tous-micros', 'done', m(29)],
    ]);
  });

  it('uses the template for step labels and lists steps never done as pending', () => {
    const template = defaultTemplates('fr', new Date(T0))[0]!;
    const withTemplate = sessionReport(log, m(90), template);
    const start = withTemplate.checklists.filter((s) => s.checklist === 'start');
    expect(start.map((s) => [s.stepId, s.outcome])).toEqual([
      ['autoriser-micros-cameras', 'pending'],
      ['bienvenue', 'done'],
      ['couper-micros', 'pending'],
      ['presenter-ordre-du-jour', 'pending'],
      ['presenter-regles', 'manual-confirmed'],
    ]);
    expect(start[1]!.label).toBe('Souhaiter la bienvenue');
    expect(withTemplate.checklists.filter((s) => s.checklist === 'before')).toHaveLength(3);
    // The log's own agenda wins over the template's.
    expect(withTemplate.agenda.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('takes the template agenda as the plan when the log has none', () => {
    const template = defaultTemplates('fr', new Date(T0))[0]!;
    const bare = sessionReport([sessionStarted(m(0)), mod(m(0), { type: 'agenda.started' }), mod(m(7), { type: 'agenda.next' })], m(10), template);
    expect(bare.agenda.items.slice(0, 2).map((i) => [i.id, i.actualMs / MINUTE, i.state])).toEqual([
      ['accueil', 7, 'done'],
      ['objectif', 3, 'current'],
    ]);
    expect(bare.agenda.plannedMs).toBe(45 * MINUTE);
    expect(bare).toMatchObject({ ended: false, endedAt: null, durationMs: 10 * MINUTE });
  });

  it('reports an empty log as an empty session', () => {
    expect(sessionReport([], m(0))).toMatchObject({
      startedAt: null,
      durationMs: 0,
      attendance: { total: 0, presentAtEnd: 0, late: 0 },
      chat: { messages: 0, peakPerMinute: { messages: 0, from: null } },
      checklists: [],
    });
  });

  it('ignores events after now', () => {
    expect(sessionReport(log, m(5)).chat.messages).toBe(3);
  });
});
