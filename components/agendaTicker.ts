import { createEffect, createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { agendaClock, type AgendaClock } from '../core/session/agenda';
import type { LoggedEvent } from '../core/session/events';

export const TICK_MS = 1000;

/**
 * The agenda clock, recomputed when the log changes and once a second while it runs. A single
 * interval exists only while the status is "running": a paused, idle or finished clock costs
 * nothing between updates.
 */
export function createAgendaTicker(log: Accessor<readonly LoggedEvent[]>, warnBeforeMs?: Accessor<number | undefined>): Accessor<AgendaClock> {
  const [tick, setTick] = createSignal(0);
  const clock = createMemo(() => {
    tick();
    return agendaClock(log(), Date.now(), { warnBeforeMs: warnBeforeMs?.() });
  });
  const running = createMemo(() => clock().status === 'running');
  createEffect(() => {
    if (!running()) return;
    const timer = setInterval(() => setTick((count) => count + 1), TICK_MS);
    onCleanup(() => clearInterval(timer));
  });
  return clock;
}
