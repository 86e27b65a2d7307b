/**
 * What a taught selector may be. Packs travel between teachers as files, so a selector is
 * untrusted text: it is only ever given to `querySelectorAll` / `matches`, never evaluated, and
 * before that it must pass this check. The check is a small allow-list grammar of CSS selectors
 * (type, `#id`, `.class`, `[attr op "value" i]`, a list of pseudo-classes, the four combinators),
 * the same everywhere (the background has no document), plus refusals that say why:
 * - at most 300 characters, one line, no invisible or direction-changing characters;
 * - no `<` (markup), no `url(`, no `javascript:`, no `@` (at-rules), no backslash escapes
 *   (they can hide characters);
 * - `:has(` at most one level deep (nested `:has` is costly on every DOM change), no sibling
 *   combinator inside a selector pseudo-class, bounded combinators and nesting (selectorGrammar.ts);
 * - not `*` alone, and never a selector whose target is `html`, `body`, `head` or `:root`.
 * Where a document exists, the selector must also parse there (a sandbox document, never the page).
 */

import { Fail, Parser, type Compound } from './selectorGrammar';

export const MAX_SELECTOR_LENGTH = 300;

export type SelectorProblemCode =
  | 'selector-empty'
  | 'selector-too-long'
  | 'selector-control'
  | 'selector-markup'
  | 'selector-url'
  | 'selector-script'
  | 'selector-at-rule'
  | 'selector-escape'
  | 'selector-has-nested'
  | 'selector-sibling-nested'
  | 'selector-too-complex'
  | 'selector-too-broad'
  | 'selector-invalid';

export interface SelectorProblem {
  code: SelectorProblemCode;
  /** Position in the selector where the grammar stopped (selector-invalid only). */
  at?: number;
}

/** C0/C1 controls, zero-width characters, bidi overrides and isolates, BOM, line separators. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;


let sandbox: Document | null | undefined;

/** A detached, empty document of the current realm, to parse selectors away from any page. */
function sandboxDocument(): Document | null {
  if (sandbox !== undefined) return sandbox;
  const doc = (globalThis as { document?: Document }).document;
  try {
    sandbox = doc?.implementation ? doc.implementation.createHTMLDocument('') : null;
  } catch {
    sandbox = null;
  }
  return sandbox;
}

/** Null when the selector is acceptable; otherwise the first reason it is refused. */
export function selectorProblem(selector: string): SelectorProblem | null {
  if (selector.length > MAX_SELECTOR_LENGTH) return { code: 'selector-too-long' };
  if (selector.trim() === '') return { code: 'selector-empty' };
  if (HIDDEN.test(selector)) return { code: 'selector-control' };
  if (selector.includes('<')) return { code: 'selector-markup' };
  const lower = selector.toLowerCase();
  if (/url\s*\(/.test(lower)) return { code: 'selector-url' };
  if (/javascript\s*:/.test(lower)) return { code: 'selector-script' };
  if (selector.includes('@')) return { code: 'selector-at-rule' };
  if (selector.includes('\\')) return { code: 'selector-escape' };
  try {
    new Parser(selector).parse();
  } catch (error) {
    if (error instanceof Fail) return error.at === undefined ? { code: error.code } : { code: error.code, at: error.at };
    return { code: 'selector-invalid' };
  }
  const doc = sandboxDocument();
  if (doc) {
    try {
      doc.querySelector(selector);
    } catch {
      return { code: 'selector-invalid' };
    }
  }
  return null;
}

/**
 * True when every element the (already accepted) selector can find is a send control: its target
 * is a `button`, an `input[type=submit]` or has `[role=button]`, whatever else restricts it. This
 * is what lets the chat "send" role click: a pack cannot point it at any other element.
 */
export function isSendControlSelector(selector: string): boolean {
  let targets: Compound[];
  try {
    targets = new Parser(selector).parse();
  } catch {
    return false;
  }
  return targets.every(
    (target) => target.type === 'button' || (target.type === 'input' && target.attrs.includes('type=submit')) || target.attrs.includes('role=button'),
  );
}

export function isSafeSelector(selector: unknown): selector is string {
  return typeof selector === 'string' && selectorProblem(selector) === null;
}
