/**
 * Each adapter keeps its selectors as data, a table of named CSS (with what each finds and how
 * many on each fixture); the queries over such a table are the same for all, so they live here.
 */
export function selectorQueries<Name extends string>(table: Record<Name, { css: string }>) {
  return {
    queryOne: (root: ParentNode, name: Name): Element | null => root.querySelector(table[name].css),
    queryAll: (root: ParentNode, name: Name): Element[] => [...root.querySelectorAll(table[name].css)],
  };
}
