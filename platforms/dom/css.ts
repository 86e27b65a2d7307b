/**
 * Reading state BBB keeps in CSS only (mute icon in `::after`, talking pulse animation).
 * Browsers compute these: that is the real path. jsdom computes neither pseudo-elements nor
 * animations, so there, and only there, we read the matching rules of the document's style
 * sheets and the inline style (later rules win; specificity is ignored, fixtures keep it flat).
 */

const computing = new WeakMap<Window, boolean>();

function computesStyles(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  let computes = computing.get(view);
  if (computes === undefined) computing.set(view, (computes = !/jsdom/i.test(view.navigator.userAgent)));
  return computes;
}

/**
 * Computed styles force the browser to recalculate a busy page's styles. What they return depends
 * on the classes and inline style of the element and its parent (React changes those, hashed
 * class names included, whenever the state changes), so the answer is kept per element until they
 * change: a re-read of an unchanged row costs no style computation.
 */
const computedCache = new WeakMap<Element, Map<string, { key: string; value: string }>>();

function styleKey(element: Element): string {
  const parent = element.parentElement;
  return `${element.getAttribute('class') ?? ''}|${element.getAttribute('style') ?? ''}|${parent?.getAttribute('class') ?? ''}`;
}

function computedOnce(element: Element, what: string, compute: () => string): string {
  const key = styleKey(element);
  let entries = computedCache.get(element);
  const cached = entries?.get(what);
  if (cached && cached.key === key) return cached.value;
  const value = compute();
  if (!entries) computedCache.set(element, (entries = new Map()));
  entries.set(what, { key, value });
  return value;
}

/** The `content` of the element's ::after, decoded ("\e932" → U+E932); '' when none. */
export function afterContent(element: Element): string {
  if (computesStyles(element)) {
    return computedOnce(element, 'after', () =>
      decodeCssString(element.ownerDocument.defaultView!.getComputedStyle(element, '::after').content),
    );
  }
  return decodeCssString(declaredValue(element, 'content', 'after'));
}

/** The element's animation name(s), '' when it is not animated. */
export function animationName(element: Element): string {
  if (computesStyles(element)) {
    const name = computedOnce(element, 'animation', () => element.ownerDocument.defaultView!.getComputedStyle(element).animationName);
    return name === 'none' ? '' : name;
  }
  const name = declaredValue(element, 'animation-name') || declaredValue(element, 'animation').split(/\s+/)[0] || '';
  return name === 'none' ? '' : name;
}

function declaredValue(element: Element, property: string, pseudo?: 'after'): string {
  let found = '';
  for (const sheet of element.ownerDocument.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      const { style, selectorText } = rule as CSSStyleRule;
      const value = style?.getPropertyValue(property);
      if (!value || !selectorText) continue;
      for (const selector of selectorText.split(',')) {
        const base = pseudo ? selector.trim().match(/^(.*?)::?after$/)?.[1] : selector.trim();
        if (base === undefined || /::?(after|before)$/.test(base)) continue;
        try {
          if (element.matches(base || '*')) found = value;
        } catch {
          // A selector jsdom cannot parse cannot match either.
        }
      }
    }
  }
  if (!pseudo) found = (element as HTMLElement).style?.getPropertyValue(property) || found;
  return found;
}

/** `"\e932"` or `"<U+E932>"` → the string it denotes; `none` / `normal` → ''. */
export function decodeCssString(value: string | null | undefined): string {
  const raw = (value ?? '').trim();
  if (!raw || raw === 'none' || raw === 'normal') return '';
  const unquoted = raw.replace(/^(['"])(.*)\1$/s, '$2');
  return unquoted.replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}
