// @vitest-environment jsdom
import { ItemReadings } from './itemReadings';

/** Records of every mutation under `target` made by `change`, as an observer would get them. */
async function recordsOf(target: Node, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
  change();
  await new Promise((done) => setTimeout(done, 0));
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
