/**
 * When a reader reads a page that changes. Changes are gathered, then read once:
 * - the first change after a calm moment is read `quickMs` later (a render's follow-up commits
 *   land in that time), so a hand raised in a quiet class shows at once;
 * - while the page keeps changing, reads are at least `busyIntervalMs` apart, so a busy room costs
 *   a bounded number of reads a second however many mutations it makes.
 * Nothing is armed while the page is quiet, and nothing runs after `signal` aborts.
 */
/**
 * The pace every adapter reads at: the first change after calm is read 40 ms later, a busy room at
 * most every 150 ms. Both well under the 250 ms budget from a room event to the side panel.
 */
export const READ_PACE = { quickMs: 40, busyIntervalMs: 150 } as const;

export interface ReadSchedulerOptions<Concern extends string> {
  /** Reads what changed: the concerns scheduled since the last read. */
  read(concerns: ReadonlySet<Concern>): void;
  /** Where a failing read goes: an error never escapes into the room page. */
  onError(error: unknown): void;
  signal: AbortSignal;
  quickMs: number;
  busyIntervalMs: number;
  now?: () => number;
}

export interface ReadScheduler<Concern extends string> {
  schedule(...concerns: Concern[]): void;
}

export function createReadScheduler<Concern extends string>(options: ReadSchedulerOptions<Concern>): ReadScheduler<Concern> {
  const { read, onError, signal, quickMs, busyIntervalMs, now = () => Date.now() } = options;
  const dirty = new Set<Concern>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastReadAt = Number.NEGATIVE_INFINITY;

  const run = () => {
    timer = null;
    if (signal.aborted) return;
    lastReadAt = now();
    const concerns = new Set(dirty);
    dirty.clear();
    try {
      read(concerns);
    } catch (error) {
      onError(error);
    }
  };
  signal.addEventListener('abort', () => timer !== null && clearTimeout(timer), { once: true });

  return {
    schedule(...concerns) {
      for (const concern of concerns) dirty.add(concern);
      if (timer !== null || signal.aborted) return;
      timer = setTimeout(run, Math.max(quickMs, lastReadAt + busyIntervalMs - now()));
    },
  };
}
