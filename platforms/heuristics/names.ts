/** What a person (or a screen reader) would call an element: its accessible name, simplified. */
import { normalizeText, textsOutside } from '../dom/text';

/** aria-labelledby, aria-label, title, then its own text (icons and hidden parts left out). */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = element.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => normalizeText(doc.getElementById(id)?.textContent))
      .filter(Boolean)
      .join(' ');
    if (text) return text;
  }
  const label = element.getAttribute('aria-label') ?? element.getAttribute('title');
  if (label && normalizeText(label)) return normalizeText(label);
  return ownTexts(element).join(' ');
}

/** Decorations whose text is not content: icons, hidden parts, scripts. */
export function isDecoration(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  return (
    tag === 'svg' || tag === 'script' || tag === 'style' || tag === 'button' ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.getAttribute('role') === 'img' ||
    element.hasAttribute('hidden')
  );
}

/** The element's text nodes in order, without decorations. */
export function ownTexts(element: Element): string[] {
  return textsOutside(element, isDecoration);
}

/** The labels an element carries on itself (not its text): aria-label, title, alt. */
export function ownLabels(element: Element): string[] {
  return ['aria-label', 'title', 'alt'].map((name) => element.getAttribute(name) ?? '').filter((value) => value.trim() !== '');
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], header, legend, caption';

/**
 * The heading that names a container: aria naming first, else the nearest heading before it
 * inside its parent (or the parent's parent), the way a sighted person reads a panel.
 */
export function containerName(element: Element): string {
  const own = element.getAttribute('aria-labelledby') || element.getAttribute('aria-label');
  if (own) return accessibleName(element);
  let child: Element = element;
  for (let depth = 0; depth < 3 && child.parentElement; depth += 1) {
    const parent = child.parentElement;
    let sibling = child.previousElementSibling;
    while (sibling) {
      const heading = sibling.matches(HEADING) ? sibling : [...sibling.querySelectorAll(HEADING)].pop();
      if (heading) return accessibleName(heading);
      sibling = sibling.previousElementSibling;
    }
    if (parent.getAttribute('aria-label') || parent.getAttribute('aria-labelledby')) return accessibleName(parent);
    child = parent;
  }
  return '';
}

export { HEADING };
