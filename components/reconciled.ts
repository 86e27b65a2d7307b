import { createComputed, untrack, type Accessor } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';

/** The same own values, one level deep: the lists' items are flat. */
function sameFields(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const name of keys) if (!Object.is((a as Record<string, unknown>)[name], (b as Record<string, unknown>)[name])) return false;
  return true;
}

/**
 * A list that keeps its items' identity across snapshots (matched by `key`), so `<For>` keeps
 * their rows, and the button that has the focus, when a new state or a clock tick arrives.
 *
 * A busy room sends hundreds of participants several times a second, nearly all unchanged.
 * Those are handed back to `reconcile` as the store's own items, which it passes over at once;
 * given as fresh objects, each would be walked field by field (Solid's `unwrap` reads every
 * property descriptor of every item).
 */
export function reconciledList<T extends object>(source: Accessor<readonly T[]>, key: keyof T & string): Accessor<T[]> {
  const [store, setStore] = createStore<{ list: T[] }>({ list: [] });
  createComputed(() => {
    const next = source();
    untrack(() => {
      const current = unwrap(store.list);
      const indexOf = new Map<unknown, number>();
      current.forEach((item, index) => indexOf.set(item[key], index));
      const items = next.map((item) => {
        const index = indexOf.get(item[key]);
        return index !== undefined && sameFields(current[index]!, item) ? store.list[index]! : item;
      });
      setStore('list', reconcile(items, { key }) as never);
    });
  });
  return () => store.list;
}
