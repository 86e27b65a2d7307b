// @vitest-environment jsdom
import { settle } from '../../test/support/async';
import { ItemReadings } from './itemReadings';

/** Records of every mutation under `target` made by `change`, as an observer would get them. */
async function recordsOf(target: Node, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
  change();
  await settle();
  observer.disconnect();
  return records;
}

function list() {
  document.body.innerHTML = `
    <ul>
      <li class="row"><span class="name">Marie</span><i class="mic"></i></li>
      <li class="row"><span class="name">Paul</span><i class="mic"></i></li>
      <li class="row"><span class="name">Irène</span><i class="mic"></i></li>
    </ul>`;
  const rows = [...document.querySelectorAll('.row')];
  const reads: string[] = [];
  const readings = new ItemReadings<string>('.row');
  const readAll = () =>
    rows.map((row) =>
      readings.read(row, (item) => {
        const shown = `${item.querySelector('.name')!.textContent}:${item.querySelector('i')!.className}`;
        reads.push(shown);
        return shown;
      }),
    );
  return { rows, reads, readings, readAll };
}

test('an untouched item is read once; a change deep inside it or on it makes it read again, alone', async () => {
  const { rows, reads, readings, readAll } = list();
  expect(readAll()).toEqual(['Marie:mic', 'Paul:mic', 'Irène:mic']);
  expect(readAll()).toEqual(['Marie:mic', 'Paul:mic', 'Irène:mic']);
  expect(reads).toHaveLength(3);

  readings.forget(await recordsOf(document.body, () => rows[1]!.querySelector('i')!.setAttribute('class', 'mic muted')));
  expect(readAll()).toEqual(['Marie:mic', 'Paul:mic muted', 'Irène:mic']);
  expect(reads.slice(3)).toEqual(['Paul:mic muted']);

  readings.forget(await recordsOf(document.body, () => (rows[2]!.querySelector('.name')!.firstChild!.nodeValue = 'Irène J.')));
  readings.forget(await recordsOf(document.body, () => rows[0]!.setAttribute('aria-label', 'x')));
  readAll();
  expect(reads.slice(4).sort()).toEqual(['Irène J.:mic', 'Marie:mic']);
});

test('a change outside every item forgets nothing', async () => {
  const { reads, readings, readAll } = list();
  readAll();
  readings.forget(await recordsOf(document.body, () => document.querySelector('ul')!.setAttribute('data-x', '1')));
  readAll();
  expect(reads).toHaveLength(3);
});

test('attributes of the item itself that its reading ignores do not make it read again', async () => {
  document.body.innerHTML = '<ul><li class="row" id="row-0"><span>Marie</span></li></ul>';
  const row = document.querySelector('.row')!;
  const readings = new ItemReadings<string>('.row', { ignoredOwnAttributes: ['id'] });
  let reads = 0;
  const read = () => readings.read(row, (item) => (reads++, item.textContent ?? ''));
  read();
  readings.forget(await recordsOf(document.body, () => (row.id = 'row-1')));
  read();
  expect(reads).toBe(1);
  // The same attribute on an element inside the item, or another attribute of the item, counts.
  readings.forget(await recordsOf(document.body, () => row.querySelector('span')!.setAttribute('id', 'x')));
  read();
  readings.forget(await recordsOf(document.body, () => (row.id = 'row-2', row.setAttribute('class', 'row talking'))));
  read();
  expect(reads).toBe(3);
});

test('the same holds for a listed item, told from the list: its other attributes still count', async () => {
  document.body.innerHTML = '<ul><li class="row" id="row-0"><span>Marie</span></li><li class="row" id="row-1"><span>Paul</span></li></ul>';
  const ul = document.querySelector('ul')!;
  const readings = new ItemReadings<string>('.row', { ignoredOwnAttributes: ['id'] });
  let reads = 0;
  const readAll = () => readings.items(ul, (root) => [...root.querySelectorAll('.row')]).map((row) => readings.read(row, (item) => (reads++, item.textContent ?? '')));
  readAll();
  const [first, second] = [...ul.children];
  readings.forget(await recordsOf(document.body, () => ((first!.id = 'row-1'), (second!.id = 'row-2'))));
  readAll();
  expect(reads).toBe(2);
  readings.forget(await recordsOf(document.body, () => ((second!.id = 'row-3'), second!.setAttribute('aria-label', 'Paul, muted'))));
  readAll();
  expect(reads).toBe(3);
});

describe('the list of items', () => {
  function slots() {
    document.body.innerHTML = `
      <ul>
        <li><div class="row">Marie</div></li>
        <li><div class="row">Paul</div></li>
        <li aria-hidden="true"><div class="skeleton"></div></li>
      </ul>`;
    const ul = document.querySelector('ul')!;
    const readings = new ItemReadings<string>('.row');
    let queries = 0;
    const list = () =>
      readings.items(ul, (root) => {
        queries++;
        return [...root.querySelectorAll('.row')];
      });
    const names = () => list().map((row) => row.textContent);
    const change = async (mutate: () => void) => readings.forget(await recordsOf(ul, mutate));
    return { ul, readings, names, change, queries: () => queries };
  }
  const slot = (html: string) => Object.assign(document.createElement('li'), { innerHTML: html });

  test('is queried once while changes stay inside rows or only add and remove placeholders', async () => {
    const { ul, names, change, queries } = slots();
    expect(names()).toEqual(['Marie', 'Paul']);
    await change(() => (ul.querySelector('.row')!.textContent = 'Marie C.'));
    await change(() => ul.append(slot('<div class="skeleton"></div>')));
    await change(() => ul.lastElementChild!.remove());
    await change(() => ul.setAttribute('data-count', '3'));
    expect(names()).toEqual(['Marie C.', 'Paul']);
    expect(queries()).toBe(1);
  });

  test('follows rows added, removed, moved or rebuilt from the records, in document order, without a query', async () => {
    const { ul, names, change, queries } = slots();
    names();
    await change(() => ul.prepend(slot('<div class="row">Ana</div>')));
    expect(names()).toEqual(['Ana', 'Marie', 'Paul']);
    await change(() => ul.insertBefore(slot('<div class="row">Léo</div>'), ul.children[2]!));
    expect(names()).toEqual(['Ana', 'Marie', 'Léo', 'Paul']);
    await change(() => ul.append(ul.firstElementChild!));
    expect(names()).toEqual(['Marie', 'Léo', 'Paul', 'Ana']);
    await change(() => ul.querySelector('.row')!.closest('li')!.remove());
    expect(names()).toEqual(['Léo', 'Paul', 'Ana']);
    // A row rebuilt: a new element in the place of the old one.
    await change(() => ul.replaceChild(slot('<div class="row">Paul M.</div>'), ul.children[1]!));
    expect(names()).toEqual(['Léo', 'Paul M.', 'Ana']);
    // Added then gone before the read: never listed.
    await change(() => {
      const passing = slot('<div class="row">Zoé</div>');
      ul.append(passing);
      passing.remove();
    });
    expect(names()).toEqual(['Léo', 'Paul M.', 'Ana']);
    expect(queries()).toBe(1);
    expect(names()).toEqual([...ul.querySelectorAll('.row')].map((row) => row.textContent));
  });

  test('stays what a query would find through a long run of random joins, leaves, moves and rebuilds', async () => {
    const { ul, names, change } = slots();
    let seed = 7;
    const random = (below: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % below);
    const operations = [
      () => ul.insertBefore(slot(`<div class="row">N${random(1000)}</div>`), ul.children[random(ul.children.length + 1)] ?? null),
      () => ul.children[random(ul.children.length)]?.remove(),
      () => ul.insertBefore(ul.children[random(ul.children.length)]!, ul.children[random(ul.children.length + 1)] ?? null),
      () => ul.children[random(ul.children.length)]?.replaceWith(slot(`<div class="row">R${random(1000)}</div>`)),
      () => ul.insertBefore(slot('<div class="skeleton"></div>'), ul.children[random(ul.children.length + 1)] ?? null),
    ];
    names();
    for (let step = 0; step < 150; step++) {
      await change(() => {
        for (let count = 1 + random(3); count > 0; count--) if (ul.children.length > 0) operations[random(operations.length)]!();
        if (ul.children.length === 0) ul.append(slot('<div class="row">Seul</div>'));
      });
      expect(names()).toEqual([...ul.querySelectorAll('.row')].map((row) => row.textContent));
    }
  });

  test('is queried again when many rows arrive at once', async () => {
    const { ul, names, change, queries } = slots();
    names();
    await change(() => ul.append(...Array.from({ length: 20 }, (_, index) => slot(`<div class="row">R${index}</div>`))));
    expect(names()).toHaveLength(22);
    expect(queries()).toBe(2);
  });

  test('is queried again when an attribute makes an element a row, or makes a row no longer one', async () => {
    const { ul, names, change, queries } = slots();
    names();
    await change(() => ul.querySelector('.skeleton')!.setAttribute('class', 'row'));
    expect(names()).toEqual(['Marie', 'Paul', '']);
    await change(() => ul.querySelector('.row')!.setAttribute('class', 'gone'));
    expect(names()).toEqual(['Paul', '']);
    expect(queries()).toBe(3);
  });

  test('is queried again for another root, and with a combinator in the selector at any attribute change', async () => {
    const { ul, readings } = slots();
    let queries = 0;
    const query = (root: Element) => (queries++, [...root.querySelectorAll('.row')]);
    readings.items(ul, query);
    expect(readings.items(document.body, query)).toHaveLength(2);
    readings.items(ul, query);
    expect(queries).toBe(3);
    const nested = new ItemReadings<string>('ul .row');
    let nestedQueries = 0;
    const listNested = () => nested.items(document.body, (root) => (nestedQueries++, [...root.querySelectorAll('ul .row')]));
    expect(listNested()).toHaveLength(2);
    nested.forget(await recordsOf(document.body, () => document.body.setAttribute('class', 'x')));
    listNested();
    expect(nestedQueries).toBe(2);
  });
});
