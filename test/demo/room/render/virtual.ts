/**
 * A react-virtualized-like list: rows are absolutely positioned `span`s inside an inner container
 * as tall as all rows, and only the rows in the viewport (plus `overscan` on each side) exist in
 * the DOM. The scroll position is tracked here too, so it also works without layout (jsdom).
 */
import { h, reconcile } from './dom';

export interface VirtualRow {
  key: string;
  signature: string;
  height: number;
  build(): Element;
}

export interface VirtualList {
  /** The scrolling element (`.ReactVirtualized__List`). */
  scroller: HTMLElement;
  setRows(rows: VirtualRow[]): void;
  scrollTo(offset: number): void;
  scrollToIndex(index: number): void;
  scrollToBottom(): void;
  isAtBottom(): boolean;
}

export function createVirtualList(
  doc: Document,
  { overscan, fallbackHeight, label, stickToBottom = false }: { overscan: number; fallbackHeight: number; label?: string; stickToBottom?: boolean },
): VirtualList {
  const inner = h(doc, 'div', { class: 'ReactVirtualized__Grid__innerScrollContainer', role: 'rowgroup', style: 'position:relative;width:auto;height:0px' });
  const scroller = h(
    doc,
    'div',
    { class: 'ReactVirtualized__Grid ReactVirtualized__List', role: 'grid', 'aria-label': label, tabindex: 0, style: 'position:relative;overflow-y:auto;height:100%;outline:none' },
    inner,
  );
  let rows: VirtualRow[] = [];
  let offsets: number[] = [];
  let total = 0;
  let position = 0;

  const viewport = () => scroller.clientHeight || fallbackHeight;
  const maxPosition = () => Math.max(0, total - viewport());

  const render = () => {
    const top = position;
    const bottom = position + viewport();
    let first = rows.findIndex((_, i) => offsets[i]! + rows[i]!.height > top);
    if (first < 0) first = rows.length;
    let last = first;
    while (last < rows.length && offsets[last]! < bottom) last++;
    const from = Math.max(0, first - overscan);
    const to = Math.min(rows.length, last + overscan);
    inner.style.height = `${total}px`;
    reconcile(
      inner,
      rows.slice(from, to).map((row, i) => {
        const index = from + i;
        const style = `height:${row.height}px;left:0px;position:absolute;top:${offsets[index]}px;width:100%`;
        return { key: row.key, signature: `${row.signature}|${style}`, build: () => h(doc, 'span', { style }, row.build()) };
      }),
    );
  };

  scroller.addEventListener('scroll', () => {
    position = scroller.scrollTop;
    render();
  });

  const scrollTo = (offset: number) => {
    position = Math.min(Math.max(0, offset), maxPosition());
    render();
    scroller.scrollTop = position;
  };

  return {
    scroller,
    setRows(next) {
      // A chat that was showing its last row keeps showing it, as BBB's auto-scroll does.
      const stick = stickToBottom && rows.length > 0 && position >= maxPosition() - 4;
      rows = next;
      offsets = [];
      total = 0;
      for (const row of rows) {
        offsets.push(total);
        total += row.height;
      }
      if (stick) position = maxPosition();
      position = Math.min(position, maxPosition());
      render();
      if (scroller.scrollTop !== position) scroller.scrollTop = position;
    },
    scrollTo,
    scrollToIndex: (index) => scrollTo(offsets[index] ?? 0),
    scrollToBottom: () => scrollTo(Number.MAX_SAFE_INTEGER),
    isAtBottom: () => position >= maxPosition() - 4,
  };
}
