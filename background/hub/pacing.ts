/**
 * How often the hub sends, on the hub's injected clock (tests drive it with fake timers). Pacing
 * is not a fact of the session: it only spares the receivers work.
 */

/**
 * Lets an action happen at most once per `intervalMs`. An action asked too soon runs once at the
 * end of the interval; if several are asked meanwhile, the last one wins. An action that returns
 * false did nothing (e.g. nothing changed), so it does not start a new interval.
 */
export function createPacer(now: () => number, intervalMs: number) {
  let lastAt = Number.NEGATIVE_INFINITY;
  let pending: (() => boolean | void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function fire() {
    const action = pending;
    pending = null;
    if (action && action() !== false) lastAt = now();
  }

  return {
    /** Whether an action asked now would run at once. */
    due: () => timer === null && now() - lastAt >= intervalMs,
    run(action: () => boolean | void) {
      pending = action;
      if (timer) return;
      const wait = lastAt + intervalMs - now();
      if (wait <= 0) return fire();
      timer = setTimeout(() => {
        timer = null;
        fire();
      }, wait);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

export type Pacer = ReturnType<typeof createPacer>;

/** Runs an action once, `delayMs` after it was first asked for; asking again meanwhile does nothing. */
export function createLater(delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    schedule(action: () => void) {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        action();
      }, delayMs);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
