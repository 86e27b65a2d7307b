/**
 * Where a pack's selectors are used: `querySelectorAll`, `querySelector`, `matches` and `closest`,
 * nothing else. A selector the page's engine refuses finds nothing (and says so through
 * `onInvalid`), it never throws. Every query is timed: a selector that takes longer than
 * SLOW_QUERY_MS SLOW_STRIKES times in a row on a page, or once longer than FREEZE_QUERY_MS, is
 * never run on that page again (it finds nothing at once), and the reader switches its pack off
 * (read.ts), because it would be run at every change of the class. One slow query alone is not
 * enough: a busy laptop or a garbage collection can pause any query now and then.
 */
import { PACK_ROLES, ROLE_CONTAINER, type PackRole, type SelectorPack } from '../../core/packs/schema';

/** Longer than this, a query run at every change stalls the class page (its timers, its video). */
export const SLOW_QUERY_MS = 50;
/** How many slow queries in a row make a selector too slow. */
export const SLOW_STRIKES = 3;
/** One query this long froze the page: no second chance. */
export const FREEZE_QUERY_MS = 500;

const realClock = () => performance.now();
let clock: () => number = realClock;

/** Tests give a fake clock; no argument restores `performance.now`. */
export function setQueryClock(now?: () => number): void {
  clock = now ?? realClock;
}

/** Per page, the selectors found too slow there, with how long they took. */
const tooSlow = new WeakMap<Document, Map<string, number>>();
/** Per page, the selectors whose last queries were slow, and how many in a row. */
const strikes = new WeakMap<Document, Map<string, number>>();

function pageOf(scope: ParentNode | Element): Document {
  return (scope as Node).ownerDocument ?? (scope as Document);
}

/** Runs one query of `selector`, timed; `none` without running it when it was too slow on this page. */
function timed<T>(scope: ParentNode | Element, selector: string, none: T, query: () => T, onInvalid?: (selector: string) => void): T {
  const page = pageOf(scope);
  if (tooSlow.get(page)?.has(selector)) return none;
  const start = clock();
  try {
    return query();
  } catch {
    onInvalid?.(selector);
    return none;
  } finally {
    const took = clock() - start;
    const inRow = strikes.get(page) ?? new Map<string, number>();
    strikes.set(page, inRow);
    const count = took > SLOW_QUERY_MS ? (inRow.get(selector) ?? 0) + 1 : 0;
    if (count === 0) inRow.delete(selector);
    else inRow.set(selector, count);
    if (took > FREEZE_QUERY_MS || count >= SLOW_STRIKES) {
      const slow = tooSlow.get(page) ?? new Map<string, number>();
      slow.set(selector, Math.round(took));
      tooSlow.set(page, slow);
    }
  }
}

export function safeQueryAll(scope: ParentNode, selector: string | undefined, onInvalid?: (selector: string) => void): Element[] {
  if (!selector) return [];
  return timed(scope, selector, [], () => [...scope.querySelectorAll(selector)], onInvalid);
}

export function safeQueryOne(scope: ParentNode, selector: string | undefined, onInvalid?: (selector: string) => void): Element | null {
  if (!selector) return null;
  return timed(scope, selector, null, () => scope.querySelector(selector), onInvalid);
}

export function safeMatches(element: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  return timed(element, selector, false, () => element.matches(selector));
}

export function safeClosest(element: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  return timed(element, selector, null, () => element.closest(selector));
}

export interface SlowSelector {
  role: PackRole;
  selector: string;
  ms: number;
}

/** The first role of the pack whose selector was too slow on this page, null while none was. */
export function slowSelectorIn(doc: Document, pack: SelectorPack): SlowSelector | null {
  const slow = tooSlow.get(doc);
  if (!slow) return null;
  for (const role of PACK_ROLES) {
    const selector = pack.roles[role];
    const ms = selector === undefined ? undefined : slow.get(selector);
    if (selector !== undefined && ms !== undefined) return { role, selector, ms };
  }
  return null;
}

/** Every element a role finds: in the page, or inside each element of its container role. */
export function roleElements(doc: Document, pack: SelectorPack, role: PackRole, onInvalid?: (selector: string) => void): Element[] {
  const selector = pack.roles[role];
  if (!selector) return [];
  const container = ROLE_CONTAINER[role];
  if (!container) return safeQueryAll(doc, selector, onInvalid);
  const found: Element[] = [];
  for (const item of safeQueryAll(doc, pack.roles[container], onInvalid)) found.push(...safeQueryAll(item, selector, onInvalid));
  return found;
}

export type RoleCounts = Partial<Record<PackRole, number>>;

/** How many elements each taught role finds right now (roles the pack does not set are absent). */
export function countMatches(doc: Document, pack: SelectorPack): RoleCounts {
  const counts: RoleCounts = {};
  for (const role of PACK_ROLES) if (pack.roles[role]) counts[role] = roleElements(doc, pack, role).length;
  return counts;
}
