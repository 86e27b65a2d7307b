/**
 * Readings of repeated items (participant rows), kept per element until a mutation
 * touches it. A busy room changes a few rows at a time while hundreds stay as they were: with
 * this, a read costs the rows that changed, not the whole list.
 *
 * The list of items is kept too (`items`) and brought up to date from the records: in a
 * virtualised list most changes happen outside the rows in view (a newcomer far down the list only
 * adds a placeholder) or add, remove or rebuild a row or two, and one query of a list of hundreds
 * of slots costs more than the rest of the read.
 *
 * Correct only when every mutation inside the items, and under the root they are listed from, is
 * passed to `forget` before the next read: the reader that owns it must observe that root with
 * subtree on.
 */
import { asElement, eachMatching } from './observe';

/** The items last listed under `root`, in document order, and the same as a set. */
interface ItemList {
  root: Element;
  items: readonly Element[];
  members: ReadonlySet<Element>;
}

export class ItemReadings<T> {
  private readonly readings = new WeakMap<Element, T>();
  private readonly ignoredOwnAttributes: ReadonlySet<string>;
  /** Whether matching an element depends only on the element itself (no combinator). */
  private readonly selfContained: boolean;
  /** The items last listed, and under which root; dropped when the records cannot say how it changed. */
  private listed: ItemList | null = null;
  /** Items the records added (or moved) since the list was last brought up to date. */
  private arrived = new Set<Element>();
  /** Whether the records removed an item since then. */
  private departed = false;
  private readonly noteArrival = (element: Element) => void this.arrived.add(element);

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
      if (record.type === 'attributes' && this.ignoredOwnAttributes.has(record.attributeName ?? '') && this.isItem(record.target)) continue;
      const element = asElement(record.target) ?? record.target.parentElement;
      const item = element?.closest(this.itemSelector);
      if (!item) {
        if (this.listed) this.noteListChange(record, element);
        continue;
      }
      // An attribute made this element an item (a placeholder filled in place).
      if (this.listed && !this.listed.members.has(item)) this.dropList();
      this.readings.delete(item);
      forgotten = record.target;
    }
  }

  /**
   * Whether the node is an item itself. A listed one is known from the list: the commonest
   * record of a busy list is an ignored attribute of one (3.0 renumbers every row below a newcomer).
   */
  private isItem(node: Node): boolean {
    return !!this.listed?.members.has(node as Element) || !!asElement(node)?.matches(this.itemSelector);
  }

  /**
   * The items under `root`, in document order, as `query` finds them: queried once, then brought
   * up to date from the records (items gone, added or moved), or queried again when they cannot
   * say (another root, many items at once, an attribute that may change what is an item).
   */
  items(root: Element, query: (root: Element) => readonly Element[]): readonly Element[] {
    const listed = this.listed;
    if (listed?.root === root) return this.arrived.size > 0 || this.departed ? this.bringUpToDate(listed) : listed.items;
    const items = query(root);
    this.dropList();
    this.listed = { root, items, members: new Set(items) };
    return items;
  }

  private dropList(): void {
    this.listed = null;
    this.arrived.clear();
    this.departed = false;
  }

  /** Notes what a change outside every item does to the list: items added, moved or removed. */
  private noteListChange(record: MutationRecord, element: Element | null | undefined): void {
    if (record.type === 'childList') {
      eachMatching(record.addedNodes, this.itemSelector, this.noteArrival);
      if (!this.departed && holdsItem(record.removedNodes, this.itemSelector)) this.departed = true;
      if (this.arrived.size > MAX_PLACED) this.dropList();
      return;
    }
    if (record.type !== 'attributes') return;
    // The element is no item now: it may have been one (an attribute of its lost), or, with a
    // combinator in the selector, an attribute of an ancestor may change what matches below it.
    if (!this.selfContained || (!!element && this.listed!.members.has(element))) this.dropList();
  }

  /** Takes out the items gone or moved, then places each arrival at its place in the document. */
  private bringUpToDate(listed: ItemList): readonly Element[] {
    const { root } = listed;
    const arrived = this.arrived;
    const items = listed.items.filter((item) => !arrived.has(item) && item.isConnected && root.contains(item));
    for (const element of arrived) {
      if (!element.isConnected || !root.contains(element) || !element.matches(this.itemSelector)) continue;
      let low = 0;
      let high = items.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        // 4: DOCUMENT_POSITION_FOLLOWING, the element comes after this item.
        if (items[middle]!.compareDocumentPosition(element) & 4) low = middle + 1;
        else high = middle;
      }
      items.splice(low, 0, element);
    }
    this.listed = { root, items, members: new Set(items) };
    arrived.clear();
    this.departed = false;
    return items;
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

/** Past this many items added between two reads, one query costs less than placing each. */
const MAX_PLACED = 8;

/** Whether the nodes are or hold an element matching `selector` (a placeholder holds none). */
function holdsItem(nodes: NodeList, selector: string): boolean {
  for (let index = 0; index < nodes.length; index++) {
    const element = asElement(nodes[index]);
    if (element && (element.matches(selector) || element.querySelector(selector) !== null)) return true;
  }
  return false;
}
