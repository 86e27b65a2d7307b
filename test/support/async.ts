/**
 * Waiting in tests, one way for all. Under fake timers (`vi.useFakeTimers()`) both move the fake
 * clock and never wait; under real timers they wait as little as the code under test needs.
 */
import { vi } from 'vitest';

const turn = () => new Promise((done) => setTimeout(done, 0));

/** A render or an observer callback may start another zero-delay timer: a few turns end such chains. */
async function turns(): Promise<void> {
  for (let index = 0; index < 3; index += 1) await turn();
}

/**
 * Lets every timer due within `ms` run, with what they start at once (zero-delay timers,
 * promises, MutationObserver callbacks): a renderer's batch, a paced read, a throttled write.
 */
export async function settle(ms = 0): Promise<void> {
  if (vi.isFakeTimers()) {
    await vi.advanceTimersByTimeAsync(ms);
    return;
  }
  await turns();
  if (ms === 0) return;
  await new Promise((done) => setTimeout(done, ms));
  await turns();
}

/**
 * Retries `assertion` until it passes (under fake timers, advancing the clock between tries).
 * Only for a state that must come: a negative check passes at the first try, before anything had
 * the time to go wrong; check it after `settle` instead.
 */
export function eventually<T>(assertion: () => T | Promise<T>, timeoutMs = 3000): Promise<T> {
  return vi.waitFor(assertion, { timeout: timeoutMs, interval: 10 });
}
