/**
 * One MutationObserver per container, one callback per batch of mutations. Mutations of
 * Moderato's own overlay host are dropped, so the overlay never makes an adapter re-read.
 */
export const OVERLAY_HOST_TAG = 'moderato-overlay';

/** The node itself when it is an element (no `instanceof`: pages and tests have several windows). */
export function asElement(node: Node | null | undefined): Element | null {
  return node && node.nodeType === 1 ? (node as Element) : null;
}

/**
 * Calls `found` for each of `nodes` (a record's added or removed nodes) that matches `selector`,
 * and for each matching element the others hold. Indexed, not for…of: a busy page brings
 * hundreds of records a minute, most with one node.
 */
export function eachMatching(nodes: NodeList, selector: string, found: (element: Element) => void): void {
  for (let index = 0; index < nodes.length; index++) {
    const element = asElement(nodes[index]);
    if (!element) continue;
    if (element.matches(selector)) found(element);
    else for (const item of element.querySelectorAll(selector)) found(item);
  }
}

/** True when the node is Moderato's overlay host. */
function isOwnOverlayHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === OVERLAY_HOST_TAG;
}

/**
 * The overlay renders in a closed shadow root, whose mutations no observer of the page receives:
 * what reaches us is the host itself changing, or being added to or removed from the body. Checked
 * per record on a busy page: a record on any other node is dismissed before its node lists are read.
 */
function concernsOwnOverlay(record: MutationRecord, body: Node | null): boolean {
  if (isOwnOverlayHost(record.target)) return true;
  if (record.target !== body || record.type !== 'childList') return false;
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  for (const node of addedNodes) if (!isOwnOverlayHost(node)) return false;
  for (const node of removedNodes) if (!isOwnOverlayHost(node)) return false;
  return true;
}

export interface BatchedObserverOptions {
  target: Node;
  options: MutationObserverInit;
  /** Called once per observer callback that holds at least one mutation not caused by Moderato. */
  onBatch(records: MutationRecord[]): void;
  /** Where a failing batch goes: an error never escapes into the room page. */
  onError(error: unknown): void;
  signal: AbortSignal;
}

export function observeBatched({ target, options, onBatch, onError, signal }: BatchedObserverOptions): void {
  if (signal.aborted) return;
  const view = target.ownerDocument?.defaultView ?? (target as Document).defaultView;
  const Observer = view?.MutationObserver ?? MutationObserver;
  // The overlay is mounted on the body: only an observer of the body or above can see it.
  const doc = target.ownerDocument ?? (target as Document);
  const mayHoldOverlay = target === doc || target === doc.documentElement || target === doc.body;
  const observer = new Observer((records) => {
    const ownOverlay = (record: MutationRecord) => concernsOwnOverlay(record, doc.body);
    const relevant = mayHoldOverlay && records.some(ownOverlay) ? records.filter((record) => !ownOverlay(record)) : records;
    if (relevant.length === 0) return;
    try {
      onBatch(relevant);
    } catch (error) {
      onError(error);
    }
  });
  observer.observe(target, options);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/**
 * Resolves with `check()`'s first truthy result, re-checking on DOM changes only, or with null
 * after `timeoutMs`. Used by actions to read their effect back.
 */
export function waitForDom<T>(doc: Document, check: () => T | null | undefined | false, timeoutMs: number): Promise<T | null> {
  const first = check();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new Observer(() => {
      const value = check();
      if (value) finish(value);
    });
    const timer = setTimeout(() => finish(check() || null), timeoutMs);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
