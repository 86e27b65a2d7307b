/**
 * Opening BBB menus and finding their items. Menus stay mounted once opened, so an item in the
 * DOM is only usable when shown. 2.6 items without data-test are matched by their FR/EN label.
 */
import type { ManualStep } from '../contract';
import { waitForDom } from '../dom/observe';
import { labelKey, visibleText } from '../dom/text';
import { isShown } from '../dom/visibility';
import { queryOne, type SelectorName } from './selectors';

export interface ItemQuery {
  /** Preferred: BBB's data-test selector name. */
  selector?: SelectorName;
  /** Fallback labels (2.6 items without data-test, or to read a toggle's state). */
  labels?: ManualStep[];
}

function menuItems(doc: Document): Element[] {
  return [...doc.querySelectorAll('#user-options-dropdown-menu [role="menuitem"], [role="menu"] [role="menuitem"]')];
}

export function itemLabelMatches(item: Element, labels: ManualStep[]): ManualStep | null {
  const key = labelKey(visibleText(item) || item.getAttribute('aria-label'));
  return labels.find((label) => labelKey(label.fr) === key || labelKey(label.en) === key) ?? null;
}

export function findMenuItem(doc: Document, query: ItemQuery): Element | null {
  if (query.selector) {
    const item = queryOne(doc, query.selector);
    if (item && isShown(item)) return item;
    if (item) return null;
  }
  if (!query.labels) return null;
  return menuItems(doc).find((item) => isShown(item) && itemLabelMatches(item, query.labels!)) ?? null;
}

export function manageUsersMenuShown(doc: Document): boolean {
  const menu = queryOne(doc, 'manageUsersMenu');
  return !!menu && isShown(menu) && menuItems(doc).some((item) => isShown(item));
}

/** Opens the manage-users menu; resolves once one of its items is shown (false on timeout). */
export async function openManageUsers(doc: Document, timeoutMs: number): Promise<boolean> {
  if (manageUsersMenuShown(doc)) return true;
  const gear = queryOne(doc, 'manageUsers') as HTMLElement | null;
  if (!gear) return false;
  gear.click();
  return !!(await waitForDom(doc, () => manageUsersMenuShown(doc), timeoutMs));
}

/** Closes the manage-users menu the way a person would: Escape, else the gear again. */
export function closeMenus(doc: Document): void {
  if (!manageUsersMenuShown(doc)) return;
  const KeyboardEventCtor = doc.defaultView?.KeyboardEvent ?? KeyboardEvent;
  (queryOne(doc, 'manageUsersMenu') ?? doc.body).dispatchEvent(new KeyboardEventCtor('keydown', { key: 'Escape', bubbles: true }));
  if (manageUsersMenuShown(doc)) (queryOne(doc, 'manageUsers') as HTMLElement | null)?.click();
}
