import { createSignal, type Accessor } from 'solid-js';
import type { AgendaClock } from '../../../core/session/agenda';
import type { LoggedEvent } from '../../../core/session/events';
import { createAgendaTicker } from '../../agendaTicker';

const MINUTE = 60_000;

/** The agenda clock of Animer, one for the whole view: the "now" strip and the agenda section read the same. */
export interface LiveClock {
  clock: Accessor<AgendaClock>;
  warnMinutes: Accessor<number>;
  setWarnMinutes: (minutes: number) => void;
  sound: Accessor<boolean>;
  setSound: (on: boolean) => void;
}

export function createLiveClock(log: Accessor<readonly LoggedEvent[]>): LiveClock {
  const [warnMinutes, setWarnMinutes] = createSignal(2);
  const [sound, setSound] = createSignal(false);
  const clock = createAgendaTicker(log, () => warnMinutes() * MINUTE);
  return { clock, warnMinutes, setWarnMinutes, sound, setSound };
}

/** Where the class is: before its start (the start checklist comes first), under way, or ending. */
export type ClassPhase = 'before' | 'during' | 'ending';

export function classPhase(clock: AgendaClock): ClassPhase {
  if (clock.status === 'idle') return 'before';
  if (clock.status === 'finished') return 'ending';
  const last = clock.items.length > 0 && clock.currentIndex === clock.items.length - 1;
  return last ? 'ending' : 'during';
}
