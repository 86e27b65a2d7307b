/**
 * Whether the overlay's frame may be clicked now. A room page could lay a see-through element over
 * the overlay, or make the overlay see-through, to have the moderator click one of its buttons
 * unknowingly. IntersectionObserver v2 (`trackVisibility`) tells, at most every 100 ms, whether
 * the browser drew the frame unobstructed and unaltered; clicks are refused while it did not.
 * Where the browser cannot tell (no v2, e.g. Firefox today), every click counts, as before.
 */
export interface VisibilityGate {
  allows(): boolean;
  stop(): void;
}

interface GateEnvironment {
  Observer: typeof IntersectionObserver | undefined;
  supportsVisibility: boolean;
}

function browserEnvironment(): GateEnvironment {
  const Observer = globalThis.IntersectionObserver;
  const Entry = globalThis.IntersectionObserverEntry;
  return { Observer, supportsVisibility: !!Observer && !!Entry && 'isVisible' in Entry.prototype };
}

export function visibilityGate(target: Element, environment: GateEnvironment = browserEnvironment()): VisibilityGate {
  const { Observer, supportsVisibility } = environment;
  if (!Observer || !supportsVisibility) return { allows: () => true, stop: () => undefined };
  // Unknown until the browser's first report (within 100 ms of mounting).
  let visible = false;
  const observer = new Observer(
    (entries) => {
      const last = entries[entries.length - 1] as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
      if (last) visible = last.isVisible === true;
    },
    { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
  return { allows: () => visible, stop: () => observer.disconnect() };
}
