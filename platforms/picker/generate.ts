/**
 * From the element a moderator clicked to a selector that keeps working after a reload. Pure DOM.
 *
 * Preference order, for the element itself:
 * 1. test hooks the site keeps stable on purpose (`data-test*`, `data-testid`, `data-qa`, `data-cy`);
 * 2. `role`, a short `aria-label`, `name` / `type` / `placeholder` on form fields;
 * 3. an id that does not look generated (never for list roles: ids are unique);
 * 4. tag + stable classes (hashed classes such as `css-1x2y3z`, `sc-abc123`, `jsx-123`,
 *    `Button_root__a1B2c` are dropped; for lists, only classes every similar sibling shares);
 * 5. the tag.
 * When none is precise enough alone, the best key of a stable ancestor is put in front, then a
 * short `>` path of tags from the nearest ancestor with a key. Every candidate is verified: it
 * must match the clicked element, and for list roles its similar siblings too.
 *
 * Personal data never enters a selector: no text is ever used, and an attribute value is refused
 * when it repeats a word of the element's text (a name, a message) or differs between siblings.
 */
import { selectorProblem } from '../../core/packs/selector';

export interface GenerateOptions {
  /** The element stands for all its similar siblings (a participant row, a chat message). */
  list?: boolean;
  /** Generate relative to this container (e.g. the chat message that holds the sender). */
  within?: Element;
}

export interface GeneratedSelector {
  selector: string;
  /** How many elements the selector finds in its scope (the page, or `within`). */
  count: number;
}

const TEST_ATTRIBUTE = /^data-(test|testid|test-id|qa|cy|e2e|automation-id|automation)(-|$)/i;
const SAFE_VALUE = /^[^"\\\n\r\u0000-\u001f<>]{1,60}$/;
const IDENT = /^-?[_a-zA-Z][-_a-zA-Z0-9]*$/;
const MAX_DEPTH = 5;

/** Build tools' hashes and framework-generated ids: they change with each release. */
export function looksGenerated(token: string): boolean {
  if (/^(css|sc|jsx|emotion|styled|svelte|jss|makeStyles|tw)-/i.test(token)) return true;
  if (/^:r[0-9a-z]+:$|^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(token)) return true;
  if (/\d{3,}/.test(token)) return true;
  return token.split(/[-_]+/).some((part) => part.length >= 5 && /\d/.test(part) && /[a-zA-Z]/.test(part));
}

function isStableClass(name: string): boolean {
  return IDENT.test(name) && name.length <= 40 && !looksGenerated(name);
}

function stableClasses(element: Element): string[] {
  return [...element.classList].filter(isStableClass);
}

/** Words of the text around the element: attribute values that repeat one are personal. */
function personalWords(element: Element, options: GenerateOptions): string[] {
  const around = [element.textContent ?? '', options.within?.textContent ?? ''];
  const item = options.list ? element : element.parentElement;
  if (item) around.push(item.textContent ?? '');
  const words = new Set<string>();
  for (const text of around) for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length >= 3) words.add(word);
  return [...words];
}

function isPersonal(value: string, words: readonly string[]): boolean {
  const lower = value.toLowerCase();
  return words.some((word) => lower.includes(word)) || /@|\d{4,}/.test(value);
}

const quoted = (value: string) => `"${value}"`;

/** Candidate simple selectors for one element, most stable first. */
function ownKeys(element: Element, options: GenerateOptions, list: boolean, words: readonly string[]): string[] {
  const tag = element.localName;
  const keys: string[] = [];
  const usable = (value: string | null): value is string => value !== null && SAFE_VALUE.test(value) && !isPersonal(value, words);

  for (const attribute of element.attributes) {
    if (TEST_ATTRIBUTE.test(attribute.name) && usable(attribute.value) && !looksGenerated(attribute.value)) {
      keys.push(`[${attribute.name}=${quoted(attribute.value)}]`);
    }
  }
  const role = element.getAttribute('role');
  if (role && /^[a-z]+$/.test(role)) keys.push(`${tag}[role=${quoted(role)}]`);
  const label = element.getAttribute('aria-label');
  if (usable(label) && label.length <= 40) keys.push(`${tag}[aria-label=${quoted(label)}]`);
  for (const name of ['name', 'type', 'placeholder'] as const) {
    const value = element.getAttribute(name);
    if (/^(input|textarea|button|select)$/.test(tag) && usable(value) && value.length <= 40) keys.push(`${tag}[${name}=${quoted(value)}]`);
  }
  if (!list && element.id && !looksGenerated(element.id) && usable(element.id)) {
    keys.push(IDENT.test(element.id) ? `#${element.id}` : `[id=${quoted(element.id)}]`);
  }
  let classes = stableClasses(element).filter((name) => !isPersonal(name, words));
  if (list && !options.within) {
    const siblings = similarSiblings(element, options).filter((sibling) => sibling !== element);
    classes = classes.filter((name) => siblings.every((sibling) => sibling.classList.contains(name)));
  }
  for (const name of classes) keys.push(`${tag}.${name}`);
  if (classes.length > 1) keys.push(`${tag}.${classes.slice(0, 3).join('.')}`);
  keys.push(tag);
  return keys;
}

/** Keys for an ancestor: only what identifies a container (no bare tag). */
function ancestorKeys(element: Element, words: readonly string[]): string[] {
  return ownKeys(element, {}, false, words).filter((key) => key !== element.localName);
}

/**
 * What a click on a list role means: the moderator points at a message's text or a row's name,
 * but the role is the repeated item around it. Of the element and its nearest ancestors, the one
 * with the most siblings of the same tag and classes (the closest on a tie); the element itself
 * when none repeats.
 */
export function repeatingItem(element: Element, levels = 4): Element {
  let best = element;
  let bestCount = 1;
  let node: Element | null = element;
  for (let level = 0; node && level <= levels && !/^(html|body)$/.test(node.localName); level++, node = node.parentElement) {
    // Same tag and same classes: two side columns are not a list, three message bubbles are.
    const classes = node.getAttribute('class') ?? '';
    const count = similarSiblings(node).filter((sibling) => (sibling.getAttribute('class') ?? '') === classes).length;
    if (count > bestCount) {
      best = node;
      bestCount = count;
    }
  }
  return best;
}

/** The element and its siblings of the same kind: same tag, and the same test hook when it has one. */
export function similarSiblings(element: Element, options: GenerateOptions = {}): Element[] {
  const parent = element.parentElement;
  // Inside a container, a list role stands for the same element in the other containers.
  if (!parent || options.within) return [element];
  const hook = [...element.attributes].find((attribute) => TEST_ATTRIBUTE.test(attribute.name));
  return [...parent.children].filter(
    (sibling) =>
      sibling.localName === element.localName && (!hook || sibling.getAttribute(hook.name) === hook.value) && !sibling.hasAttribute('hidden'),
  );
}

function queryAll(scope: ParentNode, selector: string): Element[] | null {
  try {
    return [...scope.querySelectorAll(selector)];
  } catch {
    return null;
  }
}

interface Candidate {
  selector: string;
  count: number;
  extra: number;
}

function evaluate(selector: string, scope: ParentNode, targets: readonly Element[]): Candidate | null {
  if (selector.length > 300 || selectorProblem(selector) !== null) return null;
  const found = queryAll(scope, selector);
  if (!found) return null;
  const set = new Set(found);
  if (!targets.every((target) => set.has(target))) return null;
  return { selector, count: found.length, extra: found.length - targets.length };
}

/**
 * `tag:nth-of-type(n)` steps from `top` (exclusive) down to `element`. The last step has no index
 * for a list of items (every row); inside a container it keeps it (the second span of each row).
 */
function structuralPath(element: Element, top: Element | null, list: boolean): string[] {
  const steps: string[] = [];
  for (let node: Element | null = element; node && node !== top && steps.length < MAX_DEPTH; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    const sameTag = parent ? [...parent.children].filter((child) => child.localName === node!.localName) : [node];
    const index = sameTag.indexOf(node) + 1;
    const indexed = sameTag.length > 1 && !(list && node === element);
    steps.unshift(indexed ? `${node.localName}:nth-of-type(${index})` : node.localName);
  }
  return steps;
}

/**
 * A verified selector for the element, or null when none can be made (the element is the page
 * frame itself, or is not in the scope).
 */
export function generateSelector(element: Element, options: GenerateOptions = {}): GeneratedSelector | null {
  const doc = element.ownerDocument;
  const scope: ParentNode = options.within ?? doc;
  const top = options.within ?? doc.body;
  if (/^(html|body|head)$/.test(element.localName) || element === options.within) return null;
  if (options.within && !options.within.contains(element)) return null;
  const list = options.list ?? false;
  const words = personalWords(element, options);
  const targets = list ? similarSiblings(element, options) : [element];

  const candidates: Candidate[] = [];
  const consider = (selector: string) => {
    const candidate = evaluate(selector, scope, targets);
    if (candidate) candidates.push(candidate);
    return candidate !== null && candidate.extra === 0;
  };
  const best = (): GeneratedSelector | null => {
    if (candidates.length === 0) return null;
    const chosen = candidates.reduce((a, b) => (b.extra < a.extra ? b : a));
    return { selector: chosen.selector, count: chosen.count };
  };

  const own = ownKeys(element, options, list, words);
  for (const key of own) if (consider(key)) return best();

  // A stable ancestor in front of the element's own keys.
  const ancestors: Element[] = [];
  for (let node = element.parentElement; node && node !== top && ancestors.length < MAX_DEPTH; node = node.parentElement) ancestors.push(node);
  for (const ancestor of ancestors) {
    const ancestorWords = list ? [] : words;
    for (const ancestorKey of ancestorKeys(ancestor, [...words, ...ancestorWords])) {
      for (const key of own) if (consider(`${ancestorKey} ${key}`)) return best();
    }
  }

  // A short structural path from the nearest ancestor that has a key (or from the scope's top).
  for (let index = 0; index <= ancestors.length; index++) {
    const anchor = ancestors[index] ?? null;
    const anchorKey = anchor ? ancestorKeys(anchor, words)[0] : undefined;
    if (anchor && !anchorKey) continue;
    const steps = structuralPath(element, anchor ?? top, list && !options.within);
    const path = steps.join(' > ');
    if (consider(anchorKey ? `${anchorKey} > ${path}` : path)) return best();
    if (anchorKey) break;
  }
  return best();
}
