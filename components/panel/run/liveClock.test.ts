import { agendaClock } from '../../../core/session/agenda';
import type { SessionEvent } from '../../../core/session/events';
import { classPhase } from './liveClock';

const MIN = 60_000;
const T = Date.UTC(2026, 2, 10, 14, 0);
const set: SessionEvent = { type: 'agenda.set', at: T, items: [{ id: 'a', title: 'Accueil', plannedMinutes: 5 }, { id: 'b', title: 'Activité', plannedMinutes: 20 }] };
const phaseAt = (log: SessionEvent[], now: number) => classPhase(agendaClock(log, now));

describe('where the class is', () => {
  it('is "before" until the clock starts, "during" on the first items, "ending" from the last item on', () => {
    expect(phaseAt([], T)).toBe('before');
    expect(phaseAt([set], T + MIN)).toBe('before');
    const started: SessionEvent = { type: 'agenda.started', at: T + MIN };
    expect(phaseAt([set, started], T + 2 * MIN)).toBe('during');
    const next: SessionEvent = { type: 'agenda.next', at: T + 6 * MIN };
    expect(phaseAt([set, started, next], T + 7 * MIN)).toBe('ending');
    const finished: SessionEvent = { type: 'agenda.next', at: T + 30 * MIN };
    expect(phaseAt([set, started, next, finished], T + 31 * MIN)).toBe('ending');
  });

  it('runs a free timer "during" the class (no last item to reach)', () => {
    expect(phaseAt([{ type: 'agenda.started', at: T }], T + MIN)).toBe('during');
  });
});
