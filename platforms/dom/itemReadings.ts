/**
 * Readings of repeated items (participant rows), kept per element until a mutation
 * touches it. A busy room changes a few rows at a time while hundreds stay as they were: with
 * this, a read costs the rows that changed, not the whole list.
 *
 * Correct only when every mutation inside the items is passed to `forget` before the next read:
 * the reader that owns it must observe the items' container with subtree on.
 */
import { asElement } from './observe';

export class ItemReadings<T> {
  private readonly readings = new WeakMap<Element, T>();
  private readonly ignoredOwnAttributes: ReadonlySet<string>;

  /**
   * `itemSelector` finds one item (a row, a message); mutations are mapped to it with closest().
   * `ignoredOwnAttributes`: attributes of the item element itself that its reading never uses
   * (a row's position-based id changes on every row below a newcomer).
   */
  constructor(
    private readonly itemSelector: string,
    { ignoredOwnAttributes = [] }: { ignoredOwnAttributes?: readonly string[] } = {},
  ) {
    this.ignoredOwnAttributes = new Set(ignoredOwnAttributes);
  }

  /** Forgets the items the records touched: a change inside an item, or to the item itself. */
  forget(records: readonly MutationRecord[]): void {
    let forgotten: Node | null = null;
    for (const record of records) {
      // React's commits come as runs of records on the same node: once forgotten is enough.
      if (record.target === forgotten) continue;
      const element = asElement(record.target) ?? record.target.parentElement;
      const item = element?.closest(this.itemSelector);
      if (!item) continue;
      if (record.type === 'attributes' && item === element && this.ignoredOwnAttributes.has(record.attributeName ?? '')) continue;
      this.readings.delete(item);
      forgotten = record.target;
    }
  }

  /** The item's reading, computed only when it is new or was touched since. */
  read(item: Element, compute: (item: Element) => T): T {
    const known = this.readings.get(item);
    if (known !== undefined) return known;
    const reading = compute(item);
    this.readings.set(item, reading);
    return reading;
  }
}
