/**
 * Checkboxes and switches found by their exact label (native inputs or ARIA checkbox/switch).
 * Exact, folded comparison only: a permission toggle is clicked only when its label is the one
 * we were told to look for, never a near match.
 */
import { normalizeText } from '../dom/text';
import { fold } from './lexicon';
import { accessibleName } from './names';

const TOGGLES = 'input[type="checkbox"], [role="checkbox"], [role="switch"]';

export function toggleLabel(toggle: Element): string {
  const doc = toggle.ownerDocument;
  const id = toggle.getAttribute('id');
  if (toggle.getAttribute('aria-label') || toggle.getAttribute('aria-labelledby')) return accessibleName(toggle);
  if (id) {
    const label = doc.querySelector(`label[for="${id.replace(/"/g, '\\"')}"]`);
    if (label) return normalizeText(label.textContent);
  }
  const wrapping = toggle.closest('label');
  if (wrapping) return normalizeText(wrapping.textContent);
  return toggle.tagName === 'INPUT' ? '' : accessibleName(toggle);
}

/** The first toggle under `root` whose label is one of `labels` (case, accents and quotes folded). */
export function findToggle(root: ParentNode, labels: readonly string[]): Element | null {
  const wanted = new Set(labels.map(fold));
  for (const toggle of root.querySelectorAll(TOGGLES)) if (wanted.has(fold(toggleLabel(toggle)))) return toggle;
  return null;
}

/** Checked or not; null when the element does not say. */
export function toggleState(toggle: Element): boolean | null {
  if (toggle.tagName === 'INPUT') return (toggle as HTMLInputElement).checked;
  const aria = toggle.getAttribute('aria-checked') ?? toggle.getAttribute('aria-pressed');
  return aria === 'true' ? true : aria === 'false' ? false : null;
}
