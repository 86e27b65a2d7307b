import { describe, expect, it } from 'vitest';
import { agendaClock } from './agenda';
import type { AgendaItem, ModeratorEvent, SessionEvent } from './events';
import { MINUTE, SECOND, T0 } from '../../test/support/session';

const at = (minutes: number) => T0 + minutes * MINUTE;
const ev = (minutes: number, event: ModeratorEvent): SessionEvent => ({ ...event, at: at(minutes) }) as SessionEvent;

const ITEMS: AgendaItem[] = [
  { id: 'intro', title: 'Accueil', plannedMinutes: 5 },
  { id: 'cours', title: 'Cours', plannedMinutes: 20, objective: 'Théorème de Pythagore' },
  { id: 'exos', title: 'Exercices', plannedMinutes: 15 },
];
const PLAN: ModeratorEvent = { type: 'agenda.set', items: ITEMS };

describe('agendaClock', () => {
  it('is idle before the start, projecting the whole plan from now', () => {
    const clock = agendaClock([ev(-10, PLAN)], at(0));
    expect(clock.status).toBe('idle');
    expect(clock.elapsedMs).toBe(0);
    expect(clock.projectedEndAt).toBe(at(40));
    expect(clock.plannedEndAt).toBeNull();
    expect(clock.behindPlanMs).toBe(0);
    expect(clock.items.map((item) => item.state)).toEqual(['upcoming', 'upcoming', 'upcoming']);
  });

  it('counts the current item and projects the end when on time', () => {
    const log = [ev(0, PLAN), ev(0, { type: 'agenda.started' }), ev(5, { type: 'agenda.next' })];
    const clock = agendaClock(log, at(12));
    expect(clock.status).toBe('running');
    expect(clock.currentIndex).toBe(1);
    expect(clock.currentItem?.title).toBe('Cours');
    expect(clock.elapsedMs).toBe(7 * MINUTE);
    expect(clock.remainingMs).toBe(13 * MINUTE);
    expect(clock.plannedEndAt).toBe(at(40));
    expect(clock.projectedEndAt).toBe(at(40));
    expect(clock.behindPlanMs).toBe(0);
    expect(clock.warning).toBe('ok');
    expect(clock.items.map((item) => [item.state, item.actualMs])).toEqual([
      ['done', 5 * MINUTE],
      ['current', 7 * MINUTE],
      ['upcoming', 0],
    ]);
  });

  it('freezes the item during a pause, and the pause makes the class late', () => {
    const log = [
      ev(0, PLAN),
      ev(0, { type: 'agenda.started' }),
      ev(2, { type: 'agenda.paused' }),
      ev(5, { type: 'agenda.resumed' }),
    ];
    expect(agendaClock(log.slice(0, 3), at(4)).elapsedMs).toBe(2 * MINUTE);
    expect(agendaClock(log.slice(0, 3), at(4)).status).toBe('paused');
    const clock = agendaClock(log, at(6));
    expect(clock.elapsedMs).toBe(3 * MINUTE);
    expect(clock.pausedMs).toBe(3 * MINUTE);
    expect(clock.runningMs).toBe(3 * MINUTE);
    expect(clock.behindPlanMs).toBe(3 * MINUTE);
    expect(clock.projectedEndAt).toBe(at(43));
  });

  it('warns before the end of the item, then reports the overrun', () => {
    const log = [ev(0, PLAN), ev(0, { type: 'agenda.started' })];
    expect(agendaClock(log, at(2)).warning).toBe('ok');
    expect(agendaClock(log, at(3) + SECOND).warning).toBe('warning');
    expect(agendaClock(log, at(5)).warning).toBe('warning');
    const late = agendaClock(log, at(7));
    expect(late.warning).toBe('overrun');
    expect(late.overrunMs).toBe(2 * MINUTE);
    expect(late.remainingMs).toBe(0);
    expect(late.behindPlanMs).toBe(2 * MINUTE);
    expect(agendaClock(log, at(3) + SECOND, { warnBeforeMs: 30 * SECOND }).warning).toBe('ok');
  });

  it('extends the current item by +1 and +5 minutes', () => {
    const log = [
      ev(0, PLAN),
      ev(0, { type: 'agenda.started' }),
      ev(4, { type: 'agenda.extended', minutes: 1 }),
      ev(4, { type: 'agenda.extended', minutes: 5 }),
    ];
    const clock = agendaClock(log, at(8));
    expect(clock.allowedMs).toBe(11 * MINUTE);
    expect(clock.remainingMs).toBe(3 * MINUTE);
    expect(clock.warning).toBe('ok');
    // The extension moves the projected end: 6 minutes behind the plan.
    expect(clock.behindPlanMs).toBe(6 * MINUTE);
    expect(clock.items[0]?.extendedMs).toBe(6 * MINUTE);
  });

  it('goes back with previous, continuing the earlier time, and jumps', () => {
    const log = [
      ev(0, PLAN),
      ev(0, { type: 'agenda.started' }),
      ev(5, { type: 'agenda.next' }),
      ev(8, { type: 'agenda.previous' }),
      ev(10, { type: 'agenda.jumped', index: 2 }),
    ];
    const back = agendaClock(log.slice(0, 4), at(9));
    expect(back.currentIndex).toBe(0);
    expect(back.elapsedMs).toBe(6 * MINUTE);
    expect(back.overrunMs).toBe(1 * MINUTE);
    const jumped = agendaClock(log, at(11));
    expect(jumped.currentIndex).toBe(2);
    expect(jumped.elapsedMs).toBe(1 * MINUTE);
    expect(jumped.items.map((item) => item.actualMs)).toEqual([7 * MINUTE, 3 * MINUTE, 1 * MINUTE]);
    // Cours had 17 planned minutes left; they still count in the projection (nothing after exos).
    expect(jumped.projectedEndAt).toBe(at(11) + 14 * MINUTE);
  });

  it('keeps a paused clock paused when moving to another item', () => {
    const log = [
      ev(0, PLAN),
      ev(0, { type: 'agenda.started' }),
      ev(3, { type: 'agenda.paused' }),
      ev(4, { type: 'agenda.next' }),
    ];
    const clock = agendaClock(log, at(10));
    expect(clock.status).toBe('paused');
    expect(clock.currentIndex).toBe(1);
    expect(clock.elapsedMs).toBe(0);
    expect(clock.items[0]?.actualMs).toBe(3 * MINUTE);
  });

  it('finishes on next from the last item, and reports per item durations', () => {
    const log = [
      ev(0, PLAN),
      ev(0, { type: 'agenda.started' }),
      ev(6, { type: 'agenda.next' }),
      ev(30, { type: 'agenda.next' }),
      ev(42, { type: 'agenda.next' }),
      ev(50, { type: 'agenda.next' }), // ignored once finished
    ];
    const clock = agendaClock(log, at(60));
    expect(clock.status).toBe('finished');
    expect(clock.finishedAt).toBe(at(42));
    expect(clock.projectedEndAt).toBe(at(42));
    expect(clock.behindPlanMs).toBe(2 * MINUTE);
    expect(clock.warning).toBe('ok');
    expect(clock.items.map((item) => item.actualMs)).toEqual([6 * MINUTE, 24 * MINUTE, 12 * MINUTE]);
    expect(clock.items.map((item) => item.state)).toEqual(['done', 'done', 'done']);
  });

  it('marks items never run as skipped, and brings the projected end earlier', () => {
    const log = [ev(0, PLAN), ev(0, { type: 'agenda.started' }), ev(5, { type: 'agenda.jumped', index: 2 })];
    const clock = agendaClock(log, at(10));
    expect(clock.items.map((item) => item.state)).toEqual(['done', 'skipped', 'current']);
    expect(clock.projectedEndAt).toBe(at(20));
    expect(clock.behindPlanMs).toBe(-20 * MINUTE);
  });

  it('runs as a free timer without an agenda', () => {
    const log = [ev(0, { type: 'agenda.started' }), ev(10, { type: 'agenda.paused' }), ev(12, { type: 'agenda.resumed' })];
    const clock = agendaClock(log, at(20));
    expect(clock.status).toBe('running');
    expect(clock.currentItem).toBeNull();
    expect(clock.elapsedMs).toBe(18 * MINUTE);
    expect(clock.remainingMs).toBeNull();
    expect(clock.warning).toBe('ok');
    expect(clock.behindPlanMs).toBe(0);
    const ended = agendaClock([...log, ev(25, { type: 'agenda.next' })], at(30));
    expect(ended.status).toBe('finished');
    expect(ended.elapsedMs).toBe(23 * MINUTE);
  });

  it('ignores events after now, so a past moment can be replayed', () => {
    const log = [ev(0, PLAN), ev(0, { type: 'agenda.started' }), ev(5, { type: 'agenda.next' })];
    const clock = agendaClock(log, at(4));
    expect(clock.currentIndex).toBe(0);
    expect(clock.elapsedMs).toBe(4 * MINUTE);
  });

  it('keeps the time of items when the agenda is edited mid-session', () => {
    const quiz = { id: 'quiz', title: 'Quiz', plannedMinutes: 5 };
    const edited: ModeratorEvent = { type: 'agenda.set', items: [ITEMS[0]!, quiz, ...ITEMS.slice(1)] };
    const log = [ev(0, PLAN), ev(0, { type: 'agenda.started' }), ev(5, { type: 'agenda.next' }), ev(7, edited)];
    const clock = agendaClock(log, at(9));
    expect(clock.currentItem?.id).toBe('cours');
    expect(clock.currentIndex).toBe(2);
    expect(clock.elapsedMs).toBe(4 * MINUTE);
    expect(clock.items.map((item) => item.state)).toEqual(['done', 'skipped', 'current', 'upcoming']);
  });
});
