// @vitest-environment jsdom
// Labels by version: the wordings BBB's locales gave each release are all recognised, so a
// toggle whose state is only in its label reads right on every release.
import { meetingMuteToggle, toggleState } from '../../platforms/bigbluebutton/actions/audio';
import { TALKING_LABEL } from '../../platforms/bigbluebutton/labels';

function item(text: string): Element {
  const li = document.createElement('li');
  li.setAttribute('role', 'menuitem');
  li.textContent = text;
  return li;
}

describe('3.0 "users join muted" toggle', () => {
  const toggle = meetingMuteToggle('3.0');
  test.each([
    ['Activer "les participants rejoignent la conférence muets"', false], // fr.json of 3.0.10
    ['Désactiver "les participants rejoignent la conférence muets"', true],
    ['Activer la mise en sourdine des utilisateurs', false], // fr.json of later 3.x and the 4.0 line
    ['Désactiver la mise en sourdine des utilisateurs', true],
    ['Enable Users join muted', false],
    ['Disable Users join muted', true],
  ])('"%s" reads muted = %s', (text, muted) => {
    expect(toggleState(item(text), toggle)).toBe(muted);
  });

  test('an unknown wording is not guessed', () => {
    expect(toggleState(item('Quelque chose d’autre'), toggle)).toBeNull();
  });
});

test.each([
  ['Chloé Petit est en train de parler', 'Chloé Petit'], // 2.x, 3.0
  ['Chloé Petit parle', 'Chloé Petit'], // 4.0
  ['Chloé Petit is talking', 'Chloé Petit'],
])('talking label "%s" names %s', (label, name) => {
  expect(label.match(TALKING_LABEL)?.[1]).toBe(name);
});
