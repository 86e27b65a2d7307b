import { ADAPTERS, detectRoom } from '../platforms/registry';
import type { Detection, PlatformAdapter } from '../platforms/contract';

/**
 * Room pages render progressively (BigBlueButton shows a loading screen, then the user list).
 * Waits for `detect` to succeed, re-trying only when the DOM changes, and gives up after
 * `giveUpMs` so an ordinary page ends up with no observer and no work at all.
 */
export function waitForRoom<T>(
  doc: Document,
  detect: () => T | null,
  signal: AbortSignal,
  giveUpMs: number = 60_000,
): Promise<T | null> {
  const found = detect();
  if (found || signal.aborted) return Promise.resolve(found);
  return new Promise((resolve) => {
    const finish = (result: T | null) => {
      observer.disconnect();
      if (giveUp !== undefined) clearTimeout(giveUp);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    const observer = new Observer(() => {
      const result = detect();
      if (result) finish(result);
    });
    // Infinity: never give up (a timer of Infinity would fire at once).
    const giveUp = Number.isFinite(giveUpMs) ? setTimeout(() => finish(null), giveUpMs) : undefined;
    const onAbort = () => finish(null);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * While a taught pack reads the page, the built-in adapters keep looking at each DOM change: a
 * room one of them recognises (BigBlueButton that loaded late) is handed over to it.
 */
export function handOverToBuiltIn(
  doc: Document,
  url: () => URL,
  signal: AbortSignal,
  onBuiltIn: (found: { adapter: PlatformAdapter; detection: Detection }) => void,
): void {
  void waitForRoom(doc, () => detectRoom(doc, url(), ADAPTERS), signal, Infinity).then((found) => {
    if (found && !signal.aborted) onBuiltIn(found);
  });
}
