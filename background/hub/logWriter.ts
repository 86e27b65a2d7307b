/**
 * Writes a session's events to storage in the order they happened, even when storage fails for a
 * while (disk full, a transaction aborted, the database blocked by an old connection). Each write
 * is one transaction (all of a batch or nothing); what could not be written stays queued, is
 * retried with a growing delay, and the moderator is told what is wrong meanwhile. The queue is
 * also kept outside the worker (`keep`), so a worker the browser stops loses none of it, and it is
 * bounded: what comes beyond the bound is dropped and counted, never silently.
 */
import type { StorageProblem } from '../../core/protocol';

export interface LogWriterOptions<T> {
  write(batch: T[]): Promise<void>;
  /** Called with the problem when writing starts failing, and with null once it works again. */
  onProblem(problem: StorageProblem | null): void;
  /** Delays between retries, the last one repeating. */
  retryDelaysMs?: number[];
  /** Stores what waits to be written where a restarted worker finds it ([]: nothing waits). */
  keep?(unwritten: T[]): Promise<void>;
  /** Most events waiting to be written (default 20,000). */
  maxBacklog?: number;
  /** Events that came beyond the bound, dropped. */
  onDropped?(count: number): void;
  /** The log is gone (its session was deleted): writing stops, and what waited is handed back. */
  onGone?(unwritten: T[]): void;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 15_000, 60_000];
const DEFAULT_MAX_BACKLOG = 20_000;

export function storageProblemOf(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'BlockedError' || name === 'VersionError') return 'blocked';
  return 'write-failed';
}

const isGone = (error: unknown) => (error as { name?: string } | null)?.name === 'SessionGoneError';

export function createLogWriter<T>(options: LogWriterOptions<T>) {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const maxBacklog = options.maxBacklog ?? DEFAULT_MAX_BACKLOG;
  const pending: T[] = [];
  let failures = 0;
  let running: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let gone = false;
  /** Positions in the whole stream: how many events were accepted, written, kept outside. */
  let accepted = 0;
  let written = 0;
  let kept = 0;
  let keptSomething = false;
  let keeping: Promise<void> | null = null;
  let keepAgain = false;
  /** Who waits for events up to a position to be safe (written or kept). */
  const waiters: { upTo: number; resolve(): void }[] = [];

  function release(all = false) {
    const safe = Math.max(written, kept);
    while (waiters[0] && (all || waiters[0].upTo <= safe)) waiters.shift()!.resolve();
  }

  function keepBacklog() {
    if (!options.keep) return;
    if (keeping) return void (keepAgain = true);
    const snapshot = pending.slice();
    const upTo = written + snapshot.length;
    keptSomething = snapshot.length > 0;
    keeping = options
      .keep(snapshot)
      .then(
        () => {
          kept = Math.max(kept, upTo);
          release();
        },
        (error: unknown) => console.error('Moderato: could not keep the unwritten events', error),
      )
      .finally(() => {
        keeping = null;
        if (keepAgain) {
          keepAgain = false;
          keepBacklog();
        }
      });
  }

  async function drain() {
    while (pending.length > 0 && !gone) {
      const batch = pending.slice();
      try {
        await options.write(batch);
      } catch (error) {
        if (isGone(error)) return stop();
        options.onProblem(storageProblemOf(error));
        keepBacklog();
        const delay = delays[Math.min(failures, delays.length - 1)]!;
        failures += 1;
        retryTimer ??= setTimeout(() => {
          retryTimer = null;
          start();
        }, delay);
        return;
      }
      pending.splice(0, batch.length);
      written += batch.length;
      release();
      if (failures > 0) {
        failures = 0;
        options.onProblem(null);
      }
    }
    if (keptSomething) keepBacklog();
  }

  function stop() {
    gone = true;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    const unwritten = pending.splice(0);
    if (keptSomething) keepBacklog();
    release(true);
    options.onGone?.(unwritten);
  }

  function start() {
    running ??= drain().finally(() => {
      running = null;
    });
    return running;
  }

  const writer = {
    /** Queues events; resolves once they are written, or kept outside the worker, or dropped. */
    append(events: T[]): Promise<void> {
      if (events.length === 0) return Promise.resolve();
      if (gone) {
        options.onGone?.(events);
        return Promise.resolve();
      }
      const room = Math.max(0, maxBacklog - pending.length);
      const taken = events.length > room ? events.slice(0, room) : events;
      if (taken.length < events.length) options.onDropped?.(events.length - taken.length);
      pending.push(...taken);
      accepted += taken.length;
      const safe = new Promise<void>((resolve) => waiters.push({ upTo: accepted, resolve }));
      release();
      if (retryTimer) keepBacklog();
      else void start();
      return safe;
    },
    /**
     * Queues what an earlier worker kept outside for this log: once written, the kept copy is
     * cleared, so that no later worker writes it again.
     */
    adopt(events: T[]): Promise<void> {
      if (events.length > 0) keptSomething = true;
      return writer.append(events);
    },
    /** Resolves when the current write attempt is over (not necessarily successful). */
    settled(): Promise<void> {
      return Promise.all([running, keeping]).then(() => undefined);
    },
    /** How many events wait to be written. */
    backlog: () => pending.length,
  };
  return writer;
}
