// @vitest-environment jsdom
import { createRoot, createSignal, For } from 'solid-js';
import { render } from '@solidjs/testing-library';
import { reconciledList } from './reconciled';

type Person = { id: string; name: string; talking: boolean };
const people = (...entries: [string, string, boolean][]): Person[] => entries.map(([id, name, talking]) => ({ id, name, talking }));

test('unchanged items keep their identity; a changed one keeps it too and shows its new values', () => {
  createRoot((dispose) => {
    const [source, setSource] = createSignal(people(['a', 'Marie', false], ['b', 'Paul', false]));
    const list = reconciledList(source, 'id');
    const [marie, paul] = list();
    setSource(people(['a', 'Marie', false], ['b', 'Paul', true]));
    expect(list()[0]).toBe(marie);
    expect(list()[1]).toBe(paul);
    expect(list()[1]!.talking).toBe(true);
    dispose();
  });
});

test('follows additions, removals and a new order', () => {
  createRoot((dispose) => {
    const [source, setSource] = createSignal(people(['a', 'Marie', false], ['b', 'Paul', false], ['c', 'Irène', false]));
    const list = reconciledList(source, 'id');
    const irene = list()[2];
    setSource(people(['c', 'Irène', false], ['d', 'Ada', true], ['a', 'Marie', false]));
    expect(list().map((p) => `${p.id}:${p.name}:${p.talking}`)).toEqual(['c:Irène:false', 'd:Ada:true', 'a:Marie:false']);
    expect(list()[0]).toBe(irene);
    setSource([]);
    expect(list()).toEqual([]);
    dispose();
  });
});

test('rows keep their nodes when the same list comes again or one of them changes', async () => {
  const [source, setSource] = createSignal(people(['a', 'Marie', false], ['b', 'Paul', false]));
  const { container } = render(() => {
    const list = reconciledList(source, 'id');
    return (
      <ul>
        <For each={list()}>{(person) => <li>{person.name}{person.talking ? ' 🎙' : ''}</li>}</For>
      </ul>
    );
  });
  const [first, second] = [...container.querySelectorAll('li')];
  setSource(people(['a', 'Marie', false], ['b', 'Paul', false]));
  setSource(people(['a', 'Marie', false], ['b', 'Paul', true]));
  const rows = [...container.querySelectorAll('li')];
  expect(rows[0]).toBe(first);
  expect(rows[1]).toBe(second);
  expect(rows.map((row) => row.textContent)).toEqual(['Marie', 'Paul 🎙']);
});
