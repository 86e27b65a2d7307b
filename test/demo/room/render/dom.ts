/** Small DOM helpers shared by the renderers (no framework: the page must stay dependency-free). */

export type AttrValue = string | number | boolean | null | undefined;
export type Child = Node | string | null | undefined | false;

/** Creates an element; `on*` function props become listeners, `false`/`null` attributes are left out. */
export function h(
  doc: Document,
  tag: string,
  attrs: Record<string, AttrValue | ((event: Event) => void)> = {},
  ...children: (Child | Child[])[]
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? parent.ownerDocument!.createTextNode(child) : child);
  }
}

export interface Keyed {
  key: string;
  /** Everything the element shows: an unchanged signature keeps the same node (as React would). */
  signature: string;
  build(): Element;
  /**
   * Brings a kept node up to date with what its signature leaves out (React patches such props
   * in place, e.g. a row's position-based id): called only when the node is reused.
   */
  patch?(el: Element): void;
}

const reconciled = new WeakMap<Element, Map<string, { signature: string; el: Element }>>();

/**
 * Makes `parent`'s children the built items, in order, reusing nodes whose key and signature
 * did not change, so MutationObservers see only real changes.
 */
export function reconcile(parent: Element, items: Keyed[]): void {
  const previous = reconciled.get(parent) ?? new Map();
  const next = new Map<string, { signature: string; el: Element }>();
  const wanted: Element[] = [];
  for (const item of items) {
    const old = previous.get(item.key);
    const reused = old && old.signature === item.signature;
    const el = reused ? old.el : item.build();
    if (reused) item.patch?.(el);
    next.set(item.key, { signature: item.signature, el });
    wanted.push(el);
  }
  const keep = new Set(wanted);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  wanted.forEach((el, index) => {
    const current = parent.children[index];
    if (current !== el) parent.insertBefore(el, current ?? null);
  });
  reconciled.set(parent, next);
}

/** Initials as BBB shows them in avatars (first two letters of the name, first letter upper-case). */
export function initials(name: string): string {
  const letters = name.trim().slice(0, 2);
  return letters.charAt(0).toUpperCase() + letters.slice(1).toLowerCase();
}

const AVATAR_COLORS = ['#7b1fa2', '#6a1b9a', '#4a148c', '#5e35b1', '#512da8', '#4527a0', '#311b92', '#3949ab', '#303f9f', '#283593', '#1a237e', '#1976d2', '#1565c0', '#0d47a1', '#0277bd', '#01579b', '#00838f', '#006064', '#00796b', '#00695c', '#004d40', '#2e7d32', '#1b5e20', '#558b2f', '#33691e', '#e65100', '#d84315', '#bf360c', '#c62828', '#b71c1c', '#ad1457', '#880e4f'];

/** A stable per-user colour (BBB assigns one per user). */
export function avatarColor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return AVATAR_COLORS[hash % AVATAR_COLORS.length]!;
}

/** 24-hour HH:MM in the given time zone (fixtures pin one so they do not depend on the machine). */
export function formatTime(ms: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(ms);
}
