/**
 * Writes a session's events to storage in the order they happened, even when storage fails for a
 * while (disk full, a transaction aborted, the database blocked by an old connection). Each write
 * is one transaction (all of a batch or nothing); what could not be written stays queued in
 * memory, is retried with a growing delay, and the moderator is told what is wrong meanwhile.
 */

import type { StorageProblem } from '../../core/protocol';

export interface LogWriterOptions<T> {
  write(batch: T[]): Promise<void>;
  /** Called with the problem when writing starts failing, and with null once it works again. */
  onProblem(problem: StorageProblem | null): void;
  /** Delays between retries, the last one repeating. */
  retryDelaysMs?: number[];
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 15_000, 60_000];

export function storageProblemOf(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'BlockedError' || name === 'VersionError') return 'blocked';
  return 'write-failed';
}

export function createLogWriter<T>(options: LogWriterOptions<T>) {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const pending: T[] = [];
  let failures = 0;
  let running: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  async function drain() {
    while (pending.length > 0) {
      const batch = pending.slice();
      try {
        await options.write(batch);
      } catch (error) {
        options.onProblem(storageProblemOf(error));
        const delay = delays[Math.min(failures, delays.length - 1)]!;
        failures += 1;
        retryTimer ??= setTimeout(() => {
          retryTimer = null;
          start();
        }, delay);
        return;
      }
      pending.splice(0, batch.length);
      if (failures > 0) {
        failures = 0;
        options.onProblem(null);
      }
    }
  }

  function start() {
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    append(events: T[]) {
      if (events.length === 0) return;
      pending.push(...events);
      if (!retryTimer) void start();
    },
    /** Resolves when the current write attempt is over (not necessarily successful). */
    settled(): Promise<void> {
      return running ?? Promise.resolve();
    },
    /** How many events wait to be written. */
    backlog: () => pending.length,
  };
}
