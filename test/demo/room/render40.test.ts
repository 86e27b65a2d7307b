// @vitest-environment jsdom
// The 4.0 room (React): one side panel, rows and hands as the 4.0 source writes them, the tabbed
// lock dialog. Clicks go through React's own event handling, as in the browser.
import { RoomModel } from './model';
import { mountRoom, type RoomView } from './render/index';
import { buildFixtureRoom } from './fixture-room';
import { fixtureFacts } from './fixture-facts';

let view: RoomView | undefined;
afterEach(() => {
  view?.destroy();
  view = undefined;
  document.head.replaceChildren();
  document.body.replaceChildren();
});

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
const settle = () => new Promise((done) => setTimeout(done, 0));

function mount(model: RoomModel, options: { panel?: 'chat' | 'users'; lockTabsOrder?: 'guest-first' | 'permissions-first' } = {}) {
  view = mountRoom(document, model, { version: '4.0', locale: 'fr', timeZone: 'Europe/Paris', ...options });
  return view;
}

function smallRoom() {
  let clock = 1_700_000_000_000;
  const model = new RoomModel({ meetingName: 'Classe test', now: () => (clock += 1000) });
  const you = model.join({ name: 'Prof', role: 'moderator', you: true, presenter: true, audio: 'mic', muted: true });
  const zoe = model.join({ name: 'Zoé Martin', audio: 'mic', muted: false });
  const hugo = model.join({ name: 'Hugo Bernard', audio: 'mic', muted: true });
  const lea = model.join({ name: 'Léa Petit', audio: 'listen' });
  model.join({ name: 'Noé Roux', audio: 'none' });
  return { model, you, zoe, hugo, lea };
}

test('the chat is open on join; the rail switches the one side panel', async () => {
  mount(smallRoom().model);
  expect($('[data-test="chatMessages"]')).not.toBeNull();
  expect($('[data-test="userListPanel"]')).toBeNull();
  $('[data-test="usersListSidebarButton"]')!.click();
  await settle();
  expect($('[data-test="userListPanel"]')).not.toBeNull();
  expect($('[data-test="chatMessages"]')).toBeNull();
  expect($('#users-list-toggle-button')!.getAttribute('aria-expanded')).toBe('true');
});

test('rows: title count, data-id, aria-label, and the audio state a moderator sees', () => {
  const { model, you, zoe, hugo, lea } = smallRoom();
  mount(model, { panel: 'users' });
  expect($('[data-test="userListTitle"]')!.textContent).toBe('Utilisateurs (5)');
  const row = (id: string) => $(`[role="listitem"][data-id="${id}"]`)!;
  expect(row(you.id).getAttribute('data-test')).toBe('userListItemCurrent');
  expect(row(zoe.id).getAttribute('aria-label')).toBe('Zoé Martin');
  expect(row(you.id).querySelector('[data-test="unmuteUser"]')).not.toBeNull();
  expect(row(zoe.id).querySelector('[data-test="muteUser"]')).not.toBeNull();
  expect(row(hugo.id).querySelector('[data-test="audioStateMuted "]')).not.toBeNull();
  expect(row(lea.id).querySelector('[data-test="listenOnly"]')).not.toBeNull();
  expect($$('[role="listitem"][id^="user-index-"] [data-test$="User"], [data-test="audioStateMuted "], [data-test="listenOnly"]')).toHaveLength(4);
  // Class names are generated, as styled-components writes them.
  expect(row(zoe.id).className).toMatch(/^sc-[A-Za-z]{5} [A-Za-z]{6}$/);
});

test('the fixture room: first page of rows in list order, hands ranked from 1', () => {
  const facts = fixtureFacts('4.0/room-participants.fr.html');
  mount(buildFixtureRoom('fr'), { panel: 'users' });
  expect($$('[id^="user-index-"]').map((row) => row.getAttribute('aria-label'))).toEqual(facts.renderedParticipantNames);
  expect($$('[data-test="raisedHandsListItem"]').map((row) => row.getAttribute('aria-label'))).toEqual(facts.raisedHands);
  expect($$('[data-test="raisedHandRank"]').map((rank) => rank.textContent)).toEqual(['1', '2', '3', '4']);
});

test('lowerHand and muteAllUsers act on the room', async () => {
  const { model, zoe, hugo } = smallRoom();
  model.raiseHand(zoe.id);
  model.raiseHand(hugo.id);
  mount(model, { panel: 'users' });
  $$('[data-test="lowerHand"]')[0]!.click();
  expect(model.raisedHands().map((p) => p.id)).toEqual([hugo.id]);
  $('[data-test="muteAllUsers"]')!.click();
  expect(model.get(zoe.id)!.muted).toBe(true);
});

describe.each(['permissions-first', 'guest-first'] as const)('lock dialog, %s', (lockTabsOrder) => {
  test('checkboxes only under the permissions tab; checked = allowed; apply writes the settings', async () => {
    const { model } = smallRoom();
    mount(model, { panel: 'users', lockTabsOrder });
    $('[data-test="lockViewersButton"]')!.click();
    await settle();
    const tabs = $$('[role="tab"]').map((tab) => tab.getAttribute('data-test'));
    expect(tabs.indexOf('participantPermissionsTab')).toBe(lockTabsOrder === 'permissions-first' ? 0 : 1);
    if (lockTabsOrder === 'guest-first') {
      expect($('[data-test="lockShareMicrophone"]')).toBeNull();
      $('[data-test="participantPermissionsTab"]')!.click();
      await settle();
    }
    const mic = $('input[data-test="lockShareMicrophone"]') as HTMLInputElement;
    expect(mic.checked).toBe(true);
    expect($('[data-test="lockShareWhiteboard"]')).not.toBeNull();
    mic.click();
    await settle();
    $('[data-test="applyLockSettings"]')!.click();
    await settle();
    expect(model.lockSettings.disableMic).toBe(true);
    expect($('[role="dialog"]')).toBeNull();
  });
});

test('closing with unsaved changes asks first; Cancel does not', async () => {
  const { model } = smallRoom();
  mount(model, { panel: 'users' });
  $('[data-test="lockViewersButton"]')!.click();
  await settle();
  ($('input[data-test="lockShareWebcam"]') as HTMLInputElement).click();
  await settle();
  $('[data-test="closeModal"]')!.click();
  await settle();
  expect($('[role="alertdialog"]')).not.toBeNull();
  $('[data-test="cancelLockSettings"]')!.click();
  await settle();
  expect($('[role="dialog"]')).toBeNull();
  expect(model.lockSettings.disableCam).toBe(false);
});

test('talking indicator: "{nom} parle"', () => {
  const { model, zoe } = smallRoom();
  model.setTalking(zoe.id, true);
  mount(model);
  expect($('[data-test="talkingIndicator"] [data-test="isTalking"]')!.getAttribute('aria-label')).toBe('Zoé Martin parle');
});
