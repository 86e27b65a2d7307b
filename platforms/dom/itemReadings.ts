/**
 * Readings of repeated items (participant rows), kept per element until a mutation
 * touches it. A busy room changes a few rows at a time while hundreds stay as they were: with
 * this, a read costs the rows that changed, not the whole list.
 *
 * The list of items is kept too (`items`): in a virtualised list most changes happen outside the
 * rows in view (a newcomer far down the list only adds a placeholder), and one query of a list of
 * hundreds of slots then costs more than the rest of the read.
 *
 * Correct only when every mutation inside the items, and under the root they are listed from, is
 * passed to `forget` before the next read: the reader that owns it must observe that root with
 * subtree on.
 */
import { asElement } from './observe';

export class ItemReadings<T> {
  private readonly readings = new WeakMap<Element, T>();
  private readonly ignoredOwnAttributes: ReadonlySet<string>;
  /** Whether matching an element depends only on the element itself (no combinator). */
  private readonly selfContained: boolean;
  /** The items last listed, and under which root; dropped when a change may add, remove or move one. */
  private listed: { root: Element; items: readonly Element[]; members: ReadonlySet<Element> } | null = null;

  /**
   * `itemSelector` finds one item (a row, a message); mutations are mapped to it with closest().
   * `ignoredOwnAttributes`: attributes of the item element itself that its reading never uses
   * (a row's position-based id changes on every row below a newcomer), nor its selector.
   */
  constructor(
    private readonly itemSelector: string,
    { ignoredOwnAttributes = [] }: { ignoredOwnAttributes?: readonly string[] } = {},
  ) {
    this.ignoredOwnAttributes = new Set(ignoredOwnAttributes);
    this.selfContained = !/[\s>+~]/.test(itemSelector.split(',').map((part) => part.trim()).join(','));
  }

  /** Forgets the items the records touched: a change inside an item, or to the item itself. */
  forget(records: readonly MutationRecord[]): void {
    let forgotten: Node | null = null;
    for (const record of records) {
      // React's commits come as runs of records on the same node: once forgotten is enough.
      if (record.target === forgotten) continue;
      const element = asElement(record.target) ?? record.target.parentElement;
      const item = element?.closest(this.itemSelector);
      if (!item) {
        if (this.listed && this.mayChangeList(record, element)) this.listed = null;
        continue;
      }
      if (record.type === 'attributes' && item === element && this.ignoredOwnAttributes.has(record.attributeName ?? '')) continue;
      // An attribute made this element an item (a placeholder filled in place).
      if (this.listed && !this.listed.members.has(item)) this.listed = null;
      this.readings.delete(item);
      forgotten = record.target;
    }
  }

  /**
   * The items under `root`, in document order, as `query` finds them: queried again only when a
   * change since the last call may have added, removed or moved one, or for another root.
   */
  items(root: Element, query: (root: Element) => readonly Element[]): readonly Element[] {
    if (this.listed?.root === root) return this.listed.items;
    const items = query(root);
    this.listed = { root, items, members: new Set(items) };
    return items;
  }

  /** Whether a change outside every item may add, remove or move one. */
  private mayChangeList(record: MutationRecord, element: Element | null | undefined): boolean {
    if (record.type === 'childList') return holdsItem(record.addedNodes, this.itemSelector) || holdsItem(record.removedNodes, this.itemSelector);
    if (record.type !== 'attributes') return false;
    // The element is no item now: it may have been one (an attribute of its lost), or, with a
    // combinator in the selector, an attribute of an ancestor may change what matches below it.
    return !this.selfContained || (!!element && this.listed!.members.has(element));
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

/** Whether the nodes are or hold an element matching `selector` (a placeholder holds none). */
function holdsItem(nodes: NodeList, selector: string): boolean {
  for (let index = 0; index < nodes.length; index++) {
    const element = asElement(nodes[index]);
    if (element && (element.matches(selector) || element.querySelector(selector) !== null)) return true;
  }
  return false;
}
