import { createComputed, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';

/**
 * A list that keeps its items' identity across snapshots (matched by `key`), so `<For>` keeps
 * their rows, and the button that has the focus, when a new state or a clock tick arrives.
 */
export function reconciledList<T extends object>(source: Accessor<readonly T[]>, key: keyof T & string): Accessor<T[]> {
  const [store, setStore] = createStore<{ list: T[] }>({ list: [] });
  createComputed(() => {
    const next = [...source()];
    setStore('list', reconcile(next, { key }) as never);
  });
  return () => store.list;
}
