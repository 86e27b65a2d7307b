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
 * on the element's own attributes (classes above all: React and styled-components change them,
 * hashed names included, whenever the state changes) and its parent's classes. So answers are
 * kept per document by exactly that, and an element that looks like one seen before, a re-rendered
 * row or the next pupil's avatar in the same state, costs no style computation. Inline style is
 * left out for `::after`, which it cannot reach, and for the animation unless it can set one:
 * BBB puts each user's colour there, which made every newcomer's avatar a new look.
 */
const computedByLook = new WeakMap<Document, Map<string, string>>();
/** Hashed class names come and go over a long class: the memory starts afresh past this. */
const MAX_LOOKS = 2000;

/** Whether an inline style can set the animation: directly, or through a custom property. */
const CAN_ANIMATE = /animation|--/i;

function lookOf(element: Element, what: 'after' | 'animation'): string {
  let key = element.localName;
  // Names and values as strings: going through `attributes` would make an Attr node for each,
  // kept on the element (and kept in step by the page's every setAttribute) for good.
  for (const name of element.getAttributeNames()) {
    const value = element.getAttribute(name) ?? '';
    if (name !== 'style' || (what === 'animation' && CAN_ANIMATE.test(value))) key += `|${name}=${value}`;
  }
  const parent = element.parentElement;
  return `${key}|parent:${parent?.localName ?? ''}.${parent?.getAttribute('class') ?? ''}`;
}

/** `compute()`'s answer for this element's look (see above); exported for its tests. */
export function computedOnce(element: Element, what: 'after' | 'animation', compute: () => string): string {
  const doc = element.ownerDocument;
  let known = computedByLook.get(doc);
  if (!known) computedByLook.set(doc, (known = new Map()));
  const key = `${what}:${lookOf(element, what)}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const value = compute();
  if (known.size >= MAX_LOOKS) known.clear();
  known.set(key, value);
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
