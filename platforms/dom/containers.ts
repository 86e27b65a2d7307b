/**
 * Keeps hold of a page's containers (the user list, the chat list…) without observing the whole
 * page. A busy room mutates almost only inside them, and an observer of the whole body would be
 * woken for every one of those mutations a second time.
 *
 * - A found container is held through the way to it: its ancestors up to the body, watched for
 *   their own child lists only. React replacing the container, or any panel around it, shows there.
 * - A missing container is looked for where it was last seen (its closest ancestor still in the
 *   page, whole subtree), or in the whole body when it was never seen; only in what the page adds
 *   there, not in the whole document at every change (the nav-bar talking indicator is missing
 *   until someone speaks, while the chat may add messages all the time).
 */

export interface ContainerWatchOptions<K extends string> {
  doc: Document;
  /** Each container's CSS selector: the first match in the document is the container. */
  selectors: Record<K, string>;
  signal: AbortSignal;
  /** A container was found, or replaced: watch it until `signal` aborts (it is then replaced or gone). */
  onAttach(key: K, element: Element, signal: AbortSignal): void;
  /** Containers that were found, replaced or lost by this change. */
  onChange(keys: K[]): void;
  /** Every batch of mutations seen on the ways in and where missing containers are looked for. */
  onOutside(records: MutationRecord[]): void;
  onError(error: unknown): void;
}

export interface ContainerWatch<K extends string> {
  /** The container now held, or null. */
  element(key: K): Element | null;
}

interface Held {
  readonly element: Element;
  /** Parent to body, as they were when the container was found or last moved. */
  ancestors: Element[];
  readonly controller: AbortController;
}

function ancestorsOf(element: Element, body: Element): Element[] {
  const chain: Element[] = [];
  for (let node = element.parentElement; node; node = node.parentElement) {
    chain.push(node);
    if (node === body) break;
  }
  return chain;
}

export function watchContainers<K extends string>(options: ContainerWatchOptions<K>): ContainerWatch<K> {
  const { doc, selectors, signal } = options;
  const keys = Object.keys(selectors) as K[];
  const held = new Map<K, Held>();
  /** Where each container was last seen, kept after it is lost (where to look for it again). */
  const lastAncestors = new Map<K, Element[]>();
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;

  /** Finds what is missing or gone; `moved` when a held container only changed place. */
  const refresh = (): { changed: K[]; moved: boolean } => {
    const changed: K[] = [];
    let moved = false;
    for (const key of keys) {
      const current = held.get(key);
      // A held container stays until it leaves the page; one that moved is held by its new way in.
      if (current?.element.isConnected) {
        if (current.element.parentElement !== current.ancestors[0] && doc.body) {
          current.ancestors = ancestorsOf(current.element, doc.body);
          lastAncestors.set(key, current.ancestors);
          moved = true;
        }
        continue;
      }
      const element = doc.querySelector(selectors[key]);
      if (current?.element === element) continue;
      current?.controller.abort();
      held.delete(key);
      if (current || element) changed.push(key);
      if (!element) continue;
      const controller = new AbortController();
      const ancestors = doc.body ? ancestorsOf(element, doc.body) : [];
      held.set(key, { element, ancestors, controller });
      lastAncestors.set(key, ancestors);
      options.onAttach(key, element, controller.signal);
    }
    return { changed, moved };
  };

  const waysIn = new Observer((records) => handle(records));
  const lookouts = new Observer((records) => handle(records));

  /** Observes the ways to the held containers and the places where missing ones may come. */
  const watch = () => {
    waysIn.disconnect();
    lookouts.disconnect();
    const body = doc.body;
    if (!body) return;
    const ways = new Set<Element>();
    const places = new Set<Element>();
    for (const key of keys) {
      const current = held.get(key);
      if (current) {
        for (const ancestor of current.ancestors) ways.add(ancestor);
        continue;
      }
      const lastSeen = lastAncestors.get(key)?.find((ancestor) => ancestor.isConnected);
      places.add(lastSeen ?? body);
    }
    for (const way of ways) waysIn.observe(way, { childList: true });
    for (const place of places) lookouts.observe(place, { childList: true, subtree: true });
  };

  /** A held container that left the page or moved: its way in changed. */
  const heldChanged = () => {
    for (const entry of held.values()) if (!entry.element.isConnected || entry.element.parentElement !== entry.ancestors[0]) return true;
    return false;
  };

  /** Whether the records added a missing container, or an element holding one. */
  const addsMissing = (records: MutationRecord[]) => {
    // Every container held: the usual case in a busy room, answered without a list.
    if (held.size === keys.length) return false;
    const missing = keys.filter((key) => !held.has(key)).map((key) => selectors[key]);
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        if (missing.some((selector) => element.matches(selector) || element.querySelector(selector) !== null)) return true;
      }
    }
    return false;
  };

  function handle(records: MutationRecord[]): void {
    try {
      if (heldChanged() || addsMissing(records)) {
        const { changed, moved } = refresh();
        if (changed.length > 0 || moved) watch();
        if (changed.length > 0) options.onChange(changed);
      }
      options.onOutside(records);
    } catch (error) {
      options.onError(error);
    }
  }

  refresh();
  watch();
  signal.addEventListener(
    'abort',
    () => {
      waysIn.disconnect();
      lookouts.disconnect();
      for (const entry of held.values()) entry.controller.abort();
    },
    { once: true },
  );
  return { element: (key) => held.get(key)?.element ?? null };
}
