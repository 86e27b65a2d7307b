/**
 * Where a pack's selectors are used: `querySelectorAll` and `matches`, nothing else. A selector
 * the page's engine refuses finds nothing (and says so through `onInvalid`), it never throws.
 */
import { PACK_ROLES, ROLE_CONTAINER, type PackRole, type SelectorPack } from '../../core/packs/schema';

export function safeQueryAll(scope: ParentNode, selector: string | undefined, onInvalid?: (selector: string) => void): Element[] {
  if (!selector) return [];
  try {
    return [...scope.querySelectorAll(selector)];
  } catch {
    onInvalid?.(selector);
    return [];
  }
}

export function safeQueryOne(scope: ParentNode, selector: string | undefined, onInvalid?: (selector: string) => void): Element | null {
  if (!selector) return null;
  try {
    return scope.querySelector(selector);
  } catch {
    onInvalid?.(selector);
    return null;
  }
}

export function safeMatches(element: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
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
