/**
 * The grammar of taught selectors (see selector.ts for what it is for): a small recursive parser
 * that accepts the allowed subset of CSS and says where it stops. Besides the syntax, it bounds the
 * cost of matching, because a pack's selectors are run at every change of a class page:
 * - no sibling combinator (`+`, `~`) inside `:is` / `:not` / `:where` / `:has` (the engine then
 *   retries every sibling of every ancestor: seconds per query on a large page);
 * - at most MAX_COMBINATORS combinators in all, and selector pseudo-classes nested at most
 *   MAX_NESTING deep; `:has` inside `:has` is refused.
 */
import type { SelectorProblemCode } from './selector';

export const MAX_COMBINATORS = 10;
export const MAX_NESTING = 2;

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

export class Fail {
  constructor(
    readonly code: SelectorProblemCode,
    readonly at?: number,
  ) {}
}

export interface Compound {
  type: string | null;
  /** Ids, classes, attributes and pseudo-classes in the compound. */
  parts: number;
  /** The compound is exactly `:root`. */
  rootOnly: boolean;
  /** Its exact-value attributes, as `name=value` in lower case (`type=submit`, `role=button`). */
  attrs: string[];
}

export class Parser {
  private pos = 0;
  private parens = 0;
  /** How many selector pseudo-classes (`:is(`…) the parser is inside. */
  private nesting = 0;
  private combinators = 0;
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
      this.combinator(this.s[this.pos]!);
      this.pos++;
      this.spaces();
    }
    compounds.push(this.compound(hasDepth));
    for (;;) {
      const spaced = this.spaces();
      const next = this.s[this.pos];
      if (next === '>' || next === '+' || next === '~') {
        this.combinator(next);
        this.pos++;
        this.spaces();
        compounds.push(this.compound(hasDepth));
      } else if (spaced && next !== undefined && next !== ',' && next !== ')') {
        this.combinator(' ');
        compounds.push(this.compound(hasDepth));
      } else {
        return compounds;
      }
    }
  }

  /** Counts a combinator; a sibling one inside a selector pseudo-class is refused (see above). */
  private combinator(kind: string): void {
    if (this.nesting > 0 && (kind === '+' || kind === '~')) throw new Fail('selector-sibling-nested');
    if (++this.combinators > MAX_COMBINATORS) throw new Fail('selector-too-complex');
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
      if (++this.nesting > MAX_NESTING) throw new Fail('selector-too-complex');
      this.list(inHas ? hasDepth + 1 : hasDepth, inHas);
      this.nesting--;
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
