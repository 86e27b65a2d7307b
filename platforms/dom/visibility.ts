/**
 * Menus in BBB stay mounted while closed; an element in the DOM is not necessarily usable.
 * Checks the element and its ancestors for the usual ways of hiding.
 */
export function isShown(element: Element | null): boolean {
  const view = element?.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if (node.getAttribute('aria-hidden') === 'true' && node !== element) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return !!element;
}
