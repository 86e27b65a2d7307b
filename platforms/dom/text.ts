/** Reading what a person sees as text, independent of markup and spacing. */

export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function visibleText(element: Element | null | undefined): string {
  return normalizeText(element?.textContent);
}

/**
 * Text nodes under `root` in document order, skipping subtrees `skip` rejects (avatars, icons,
 * hidden decorations). Useful where the markup has no hook on the text we want.
 */
export function textsOutside(root: Element, skip: (element: Element) => boolean): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    // Siblings, not childNodes: no live list is made (and kept up to date by the page) per node.
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = normalizeText(child.textContent);
        if (text) texts.push(text);
      } else if (child.nodeType === 1 && !skip(child as Element)) {
        walk(child);
      }
    }
  };
  walk(root);
  return texts;
}

/** A label to compare with another: case, spacing and typographic quotes («», “”, ") ignored. */
export function labelKey(text: string | null | undefined): string {
  return normalizeText(text).replace(/[«»“”"']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A short stable digest (two 32-bit FNV-1a passes, hex). Used where a platform gives no id, so
 * keys stay short and never carry chat text into the stored log.
 */
export function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9dc5811c;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
