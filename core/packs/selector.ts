/**
 * What a taught selector may be. Packs travel between teachers as files, so a selector is
 * untrusted text: it is only ever given to `querySelectorAll` / `matches`, never evaluated, and
 * before that it must pass this check. The check is a small allow-list grammar of CSS selectors
 * (type, `#id`, `.class`, `[attr op "value" i]`, a list of pseudo-classes, the four combinators),
 * the same everywhere (the background has no document), plus refusals that say why:
 * - at most 300 characters, one line, no invisible or direction-changing characters;
 * - no `<` (markup), no `url(`, no `javascript:`, no `@` (at-rules), no backslash escapes
 *   (they can hide characters);
 * - `:has(` at most one level deep (nested `:has` is costly on every DOM change);
 * - not `*` alone, and never a selector whose target is `html`, `body`, `head` or `:root`.
 * Where a document exists, the selector must also parse there (a sandbox document, never the page).
 */

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
  | 'selector-too-broad'
  | 'selector-invalid';

export interface SelectorProblem {
  code: SelectorProblemCode;
  /** Position in the selector where the grammar stopped (selector-invalid only). */
  at?: number;
}

/** C0/C1 controls, zero-width characters, bidi overrides and isolates, BOM, line separators. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

const SIMPLE_PSEUDO = new Set([
  'first-child',
  'last-child',
  'only-child',
  'first-of-type',
  'last-of-type',
  'only-of-type',
  'empty',
  'checked',
  'disabled',
  'enabled',
  'required',
  'optional',
  'read-only',
  'read-write',
  'placeholder-shown',
  'focus',
  'focus-within',
  'focus-visible',
  'root',
  'link',
  'defined',
]);
const SELECTOR_PSEUDO = new Set(['not', 'is', 'where', 'has']);
const NTH_PSEUDO = new Set(['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type']);
const PAGE_FRAME = new Set(['html', 'body', 'head']);

const IDENT = /^(?:--|-?[_a-zA-Z\u00a0-\uffff])[-_a-zA-Z0-9\u00a0-\uffff]*/;
const STRING = /^(?:"[^"]*"|'[^']*')/;
const NTH = /^\s*(?:odd|even|[+-]?\d*n(?:\s*[+-]\s*\d+)?|[+-]?\d+)\s*/i;
const ATTR_OP = /^(?:[~|^$*]?=)/;

class Fail {
  constructor(
    readonly code: SelectorProblemCode,
    readonly at?: number,
  ) {}
}

interface Compound {
  type: string | null;
  /** Ids, classes, attributes and pseudo-classes in the compound. */
  parts: number;
  /** The compound is exactly `:root`. */
  rootOnly: boolean;
  /** Its exact-value attributes, as `name=value` in lower case (`type=submit`, `role=button`). */
  attrs: string[];
}

class Parser {
  private pos = 0;
  private parens = 0;
  constructor(private readonly s: string) {}

  /** The target compound (the last one) of each selector of the list. */
  parse(): Compound[] {
    const complexes = this.list(0, false);
    if (this.pos < this.s.length) throw new Fail('selector-invalid', this.pos);
    for (const compounds of complexes) {
      const target = compounds[compounds.length - 1]!;
      if (target.type !== null && PAGE_FRAME.has(target.type)) throw new Fail('selector-too-broad');
      if (target.rootOnly) throw new Fail('selector-too-broad');
      if (compounds.length === 1 && target.type === '*' && target.parts === 0) throw new Fail('selector-too-broad');
    }
    return complexes.map((compounds) => compounds[compounds.length - 1]!);
  }

  private spaces(): boolean {
    const start = this.pos;
    while (this.s[this.pos] === ' ') this.pos++;
    return this.pos > start;
  }

  private list(hasDepth: number, relative: boolean): Compound[][] {
    const complexes: Compound[][] = [];
    for (;;) {
      this.spaces();
      complexes.push(this.complex(hasDepth, relative));
      this.spaces();
      if (this.s[this.pos] !== ',') return complexes;
      this.pos++;
    }
  }

  private complex(hasDepth: number, relative: boolean): Compound[] {
    const compounds: Compound[] = [];
    if (relative && /[>+~]/.test(this.s[this.pos] ?? '')) {
      this.pos++;
      this.spaces();
    }
    compounds.push(this.compound(hasDepth));
    for (;;) {
      const spaced = this.spaces();
      const next = this.s[this.pos];
      if (next === '>' || next === '+' || next === '~') {
        this.pos++;
        this.spaces();
        compounds.push(this.compound(hasDepth));
      } else if (spaced && next !== undefined && next !== ',' && next !== ')') {
        compounds.push(this.compound(hasDepth));
      } else {
        return compounds;
      }
    }
  }

  private compound(hasDepth: number): Compound {
    const start = this.pos;
    let type: string | null = null;
    let parts = 0;
    let rootOnly = false;
    const attrs: string[] = [];
    if (this.s[this.pos] === '*') {
      type = '*';
      this.pos++;
    } else {
      const ident = this.ident();
      if (ident !== null) type = ident.toLowerCase();
    }
    for (;;) {
      const char = this.s[this.pos];
      if (char === '#' || char === '.') {
        this.pos++;
        if (this.ident() === null) throw new Fail('selector-invalid', this.pos);
      } else if (char === '[') {
        const exact = this.attribute();
        if (exact) attrs.push(exact);
      } else if (char === ':') {
        const name = this.pseudo(hasDepth);
        rootOnly = name === 'root' && parts === 0 && type === null;
      } else {
        break;
      }
      parts++;
    }
    if (this.pos === start) throw new Fail('selector-invalid', this.pos);
    return { type, parts, rootOnly: rootOnly && parts === 1, attrs };
  }

  private ident(): string | null {
    const match = IDENT.exec(this.s.slice(this.pos));
    if (!match) return null;
    this.pos += match[0].length;
    return match[0];
  }

  /** Parses `[…]`; returns `name=value` (lower case) for an exact-value match, else null. */
  private attribute(): string | null {
    this.pos++;
    this.spaces();
    const name = this.ident();
    if (name === null) throw new Fail('selector-invalid', this.pos);
    let exact: string | null = null;
    this.spaces();
    const op = ATTR_OP.exec(this.s.slice(this.pos));
    if (op) {
      this.pos += op[0].length;
      this.spaces();
      const value = STRING.exec(this.s.slice(this.pos)) ?? IDENT.exec(this.s.slice(this.pos));
      if (!value) throw new Fail('selector-invalid', this.pos);
      this.pos += value[0].length;
      if (op[0] === '=') exact = `${name}=${value[0].replace(/^["']|["']$/g, '')}`.toLowerCase();
      this.spaces();
      if (/^[isIS](?=[\s\]])/.test(this.s.slice(this.pos))) {
        this.pos++;
        this.spaces();
      }
    }
    if (this.s[this.pos] !== ']') throw new Fail('selector-invalid', this.pos);
    this.pos++;
    return exact;
  }

  private pseudo(hasDepth: number): string {
    this.pos++;
    if (this.s[this.pos] === ':') throw new Fail('selector-invalid', this.pos); // pseudo-elements match no element
    const at = this.pos;
    const name = this.ident()?.toLowerCase();
    if (!name) throw new Fail('selector-invalid', at);
    if (this.s[this.pos] !== '(') {
      if (!SIMPLE_PSEUDO.has(name)) throw new Fail('selector-invalid', at);
      return name;
    }
    this.pos++;
    if (++this.parens > 3) throw new Fail('selector-invalid', this.pos);
    if (SELECTOR_PSEUDO.has(name)) {
      const inHas = name === 'has';
      if (inHas && hasDepth >= 1) throw new Fail('selector-has-nested');
      this.list(inHas ? hasDepth + 1 : hasDepth, inHas);
    } else if (NTH_PSEUDO.has(name)) {
      const nth = NTH.exec(this.s.slice(this.pos));
      if (!nth) throw new Fail('selector-invalid', this.pos);
      this.pos += nth[0].length;
    } else {
      throw new Fail('selector-invalid', at);
    }
    this.spaces();
    if (this.s[this.pos] !== ')') throw new Fail('selector-invalid', this.pos);
    this.pos++;
    this.parens--;
    return name;
  }
}

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
