/**
 * Room pages render progressively (BigBlueButton shows a loading screen, then the user list).
 * Waits for `detect` to succeed, re-trying only when the DOM changes, and gives up after
 * `giveUpMs` so an ordinary page ends up with no observer and no work at all.
 */
export function waitForRoom<T>(
  doc: Document,
  detect: () => T | null,
  signal: AbortSignal,
  giveUpMs = 60_000,
): Promise<T | null> {
  const found = detect();
  if (found || signal.aborted) return Promise.resolve(found);
  return new Promise((resolve) => {
    const finish = (result: T | null) => {
      observer.disconnect();
      clearTimeout(giveUp);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const observer = new MutationObserver(() => {
      const result = detect();
      if (result) finish(result);
    });
    const giveUp = setTimeout(() => finish(null), giveUpMs);
    const onAbort = () => finish(null);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
  });
}
