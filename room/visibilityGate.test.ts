import { visibilityGate } from './visibilityGate';

/** A stand-in for IntersectionObserver v2: the test says what the browser would report. */
function fakeObserverV2() {
  const made: { callback: IntersectionObserverCallback; options: IntersectionObserverInit & { trackVisibility?: boolean; delay?: number }; observed: Element[]; disconnected: boolean }[] = [];
  class FakeObserver {
    constructor(callback: IntersectionObserverCallback, options: IntersectionObserverInit) {
      made.push({ callback, options, observed: [], disconnected: false });
    }
    observe(target: Element) {
      made.at(-1)!.observed.push(target);
    }
    disconnect() {
      made.at(-1)!.disconnected = true;
    }
  }
  const report = (isVisible: boolean) => made.at(-1)!.callback([{ isVisible } as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
  return { Observer: FakeObserver as unknown as typeof IntersectionObserver, made, report };
}

const frame = {} as Element;

describe('the overlay’s clicks count only while nothing covers it', () => {
  it('tracks the frame’s visibility (IntersectionObserver v2) and refuses clicks while it is covered or see-through', () => {
    const v2 = fakeObserverV2();
    const gate = visibilityGate(frame, { Observer: v2.Observer, supportsVisibility: true });
    expect(v2.made[0]!.options).toMatchObject({ trackVisibility: true, delay: 100 });
    expect(v2.made[0]!.observed).toEqual([frame]);
    // Not known yet: a click in the first 100 ms is not trusted either.
    expect(gate.allows()).toBe(false);
    v2.report(true);
    expect(gate.allows()).toBe(true);
    v2.report(false);
    expect(gate.allows()).toBe(false);
    gate.stop();
    expect(v2.made[0]!.disconnected).toBe(true);
  });

  it('lets every click through where the browser cannot tell (no IntersectionObserver v2)', () => {
    const v2 = fakeObserverV2();
    expect(visibilityGate(frame, { Observer: v2.Observer, supportsVisibility: false }).allows()).toBe(true);
    expect(visibilityGate(frame, { Observer: undefined, supportsVisibility: false }).allows()).toBe(true);
    expect(v2.made).toHaveLength(0);
  });
});
