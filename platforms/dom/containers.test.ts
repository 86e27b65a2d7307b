// @vitest-environment jsdom
import { settle } from '../../test/support/async';
import { watchContainers } from './containers';

/** Each test's watch, ended after it: one left watching would react to the next test's page. */
const watches: AbortController[] = [];

function page() {
  document.body.innerHTML = `
    <div id="app">
      <nav><div class="slot"></div></nav>
      <aside id="sidebar"><section id="panel"><ul data-list><li>Marie</li></ul></section></aside>
    </div>`;
  const controller = new AbortController();
  watches.push(controller);
  const attached: { key: string; element: Element; signal: AbortSignal }[] = [];
  const changes: string[][] = [];
  let outside = 0;
  const watch = watchContainers<'list' | 'talkers'>({
    doc: document,
    selectors: { list: '[data-list]', talkers: '[data-talkers]' },
    signal: controller.signal,
    onAttach: (key, element, signal) => attached.push({ key, element, signal }),
    onChange: (keys) => changes.push([...keys].sort()),
    onOutside: () => outside++,
    onError: (error) => {
      throw error;
    },
  });
  return { watch, attached, changes, controller, outside: () => outside };
}

afterEach(() => {
  for (const controller of watches.splice(0)) controller.abort();
  document.body.innerHTML = '';
});

test('while every container is there, changes inside them reach no page-wide observer', async () => {
  const { watch, attached, outside } = page();
  document.querySelector('.slot')!.innerHTML = '<div data-talkers></div>';
  await settle();
  expect(watch.element('talkers')).toBe(document.querySelector('[data-talkers]'));
  const before = outside();
  for (let i = 0; i < 20; i++) document.querySelector('[data-list]')!.insertAdjacentHTML('beforeend', `<li>Élève ${i}</li>`);
  document.querySelector('[data-talkers]')!.innerHTML = '<button>Paul</button>';
  await settle();
  expect(outside()).toBe(before);
  expect(attached.map((a) => a.key)).toEqual(['list', 'talkers']);
});

test('a panel replaced around a container gives the new container, and ends the old one', async () => {
  const { watch, attached, changes } = page();
  const old = watch.element('list')!;
  document.querySelector('#sidebar')!.innerHTML = '<section id="panel"><ul data-list><li>Marie</li><li>Paul</li></ul></section>';
  await settle();
  const fresh = watch.element('list');
  expect(fresh).not.toBe(old);
  expect(fresh?.isConnected).toBe(true);
  expect(changes).toEqual([['list']]);
  expect(attached.find((a) => a.element === old)!.signal.aborted).toBe(true);
  expect(attached.find((a) => a.element === fresh)!.signal.aborted).toBe(false);
});

test('a container never seen is found wherever it is mounted', async () => {
  const { watch, changes } = page();
  expect(watch.element('talkers')).toBeNull();
  const deep = document.createElement('div');
  deep.innerHTML = '<div><div data-talkers></div></div>';
  document.querySelector('#app')!.append(deep);
  await settle();
  expect(watch.element('talkers')).toBe(deep.querySelector('[data-talkers]'));
  expect(changes).toEqual([['talkers']]);
});

test('while a container is missing, what the page adds is searched, not the whole document', async () => {
  const { watch, changes } = page();
  const documentWide = vi.spyOn(document, 'querySelector');
  // A busy chat while nobody has spoken yet: the talking indicator is missing all along.
  for (let i = 0; i < 20; i++) document.querySelector('#sidebar')!.insertAdjacentHTML('beforeend', `<p>Message ${i}</p>`);
  documentWide.mockClear();
  await settle();
  expect(documentWide).not.toHaveBeenCalled();
  expect(watch.element('talkers')).toBeNull();

  document.querySelector('.slot')!.innerHTML = '<div><div data-talkers></div></div>';
  await settle();
  expect(watch.element('talkers')).toBe(document.querySelector('[data-talkers]'));
  expect(changes).toEqual([['talkers']]);
  documentWide.mockRestore();
});

test('a container that goes away is lost, then found again where it was', async () => {
  const { watch, changes } = page();
  document.querySelector('.slot')!.innerHTML = '<div data-talkers></div>';
  await settle();
  document.querySelector('.slot')!.replaceChildren();
  await settle();
  expect(watch.element('talkers')).toBeNull();
  document.querySelector('.slot')!.innerHTML = '<div data-talkers></div>';
  await settle();
  expect(watch.element('talkers')?.isConnected).toBe(true);
  expect(changes).toEqual([['talkers'], ['talkers'], ['talkers']]);
});

test('a container moved elsewhere is still held, and its removal from there is seen', async () => {
  const { watch, changes } = page();
  const list = watch.element('list')!;
  const other = document.createElement('div');
  document.querySelector('nav')!.append(other);
  other.append(list);
  await settle();
  expect(watch.element('list')).toBe(list);
  expect(changes).toEqual([]);
  other.remove();
  await settle();
  expect(watch.element('list')).toBeNull();
  expect(changes).toEqual([['list']]);
});

test('nothing is reported once the signal aborts', async () => {
  const { watch, controller, changes, attached } = page();
  controller.abort();
  expect(attached.every((a) => a.signal.aborted)).toBe(true);
  document.querySelector('#sidebar')!.innerHTML = '<ul data-list></ul>';
  await settle();
  expect(changes).toEqual([]);
  expect(watch.element('list')).not.toBeNull(); // the last one held, no longer watched
});
