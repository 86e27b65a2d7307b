// @vitest-environment jsdom
import { RoomModel } from './model';
import { mountRoom, type RoomView } from './render/index';
import type { BbbVersion, Locale } from './labels';
import { buildFixtureRoom } from './fixture-room';
import { fixtureFacts } from './fixture-facts';

let view: RoomView | undefined;
afterEach(() => {
  view?.destroy();
  view = undefined;
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function mount(model: RoomModel, version: BbbVersion, locale: Locale = 'fr', extra: { drift?: boolean; handsList?: 'panel' } = {}) {
  view = mountRoom(document, model, { version, locale, timeZone: 'Europe/Paris', ...extra });
  return view;
}

function smallRoom() {
  let clock = 1_700_000_000_000;
  const model = new RoomModel({ meetingName: 'Classe test', now: () => (clock += 1000) });
  const you = model.join({ name: 'Prof', role: 'moderator', you: true, presenter: true });
  const zoe = model.join({ name: 'Zoé Martin', muted: false });
  const hugo = model.join({ name: 'Hugo Bernard', muted: true });
  return { model, you, zoe, hugo };
}

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

describe.each(['2.6', '2.7', '3.0'] as const)('BBB %s page basics', (version) => {
  it.each(['fr', 'en'] as const)('title, lang and body class (%s)', (locale) => {
    mount(smallRoom().model, version, locale);
    expect(document.title).toBe('BigBlueButton - Classe test');
    expect(document.documentElement.lang).toBe(locale);
    expect(document.body.classList.contains(`lang-${locale}`)).toBe(true);
    expect($('[data-test="userListContent"]')).not.toBeNull();
    expect($('button[data-test="manageUsers"]')!.getAttribute('aria-label')).toBe(locale === 'fr' ? 'Gérer les utilisateurs' : 'Manage users');
    expect($('textarea#message-input')!.getAttribute('placeholder')).toBe(locale === 'fr' ? 'Message Discussion publique' : 'Message Public Chat');
    expect($('#user-options-dropdown-menu')!.parentElement).toBe(document.body);
  });
});

describe('BBB 3.0 user list', () => {
  it('renders the count attributes, items and avatar state of the doc', () => {
    const { model, zoe } = smallRoom();
    model.setTalking(zoe.id, true);
    mount(model, '3.0');
    const count = $('h2 span[data-test-users-count]')!;
    expect(count.getAttribute('data-test-users-count')).toBe('3');
    expect(count.getAttribute('data-test-users-with-audio-count')).toBe('3');
    expect(count.textContent).toBe('Utilisateurs (3)');
    const items = $$('div[role="list"][tabindex="0"] > ul > li div[role="button"] > [role="listitem"]');
    expect(items.map((i) => i.dataset.test)).toEqual(['userListItemCurrent', 'userListItem', 'userListItem']);
    expect(items.map((i) => i.id)).toEqual(['user-index-0', 'user-index-1', 'user-index-2']);
    expect(items[0]!.textContent).toContain('Prof (Vous)');
    expect(items[0]!.textContent).toContain('Modérateur');
    const avatar = items[0]!.querySelector('[data-test="moderatorAvatar"]')!;
    expect(avatar.hasAttribute('data-test-presenter')).toBe(true);
    expect(avatar.getAttribute('data-test-avatar')).toBe('userAvatar');
    const talkingAvatar = $$('[data-test="viewerAvatar"]').find((a) => a.parentElement!.textContent!.includes('Zoé'))!;
    expect(talkingAvatar.classList.contains('talking')).toBe(true);
    expect($('button[data-test="isTalking"]')!.getAttribute('aria-label')).toBe('Zoé Martin est en train de parler');
  });

  it('shows a raised hand as em-emoji, lowers it from the toast, lowers all with raiseHandRejection', () => {
    const { model, zoe, hugo } = smallRoom();
    mount(model, '3.0');
    model.raiseHand(hugo.id);
    model.raiseHand(zoe.id);
    view!.flush();
    expect($$('em-emoji[native="✋"]').length).toBe(2);
    const avatars = $$('.raiseHandToast [data-test="avatarsWrapper"] [role="button"][data-test="avatarsWrapperAvatar"]');
    expect(avatars.map((a) => a.getAttribute('aria-label'))).toEqual(['Baisser la main de Hugo Bernard', 'Baisser la main de Zoé Martin']);
    avatars[0]!.click();
    expect(model.raisedHands().map((p) => p.name)).toEqual(['Zoé Martin']);
    view!.flush();
    $('button[data-test="raiseHandRejection"]')!.click();
    expect(model.raisedHands()).toEqual([]);
    view!.flush();
    expect($('.raiseHandToast')).toBeNull();
  });

  it('renders 50-user pages: page 2 as skeletons until revealed', () => {
    const model = buildFixtureRoom('fr');
    mount(model, '3.0');
    expect($$('[role="listitem"][id^="user-index-"]').length).toBe(50);
    expect($$('ul > li[data-page="1"]').length).toBe(10);
    view!.revealUserPage(2);
    expect($$('[role="listitem"][id^="user-index-"]').length).toBe(60);
    const facts = fixtureFacts('3.0/room.fr.html');
    expect($$('[role="listitem"][id^="user-index-"] .name').map((n) => n.textContent)).toEqual(facts.participantNames);
  });

  it('the 3.0.17 side-panel list shows hands in raise order', () => {
    const model = buildFixtureRoom('fr');
    mount(model, '3.0', 'fr', { handsList: 'panel' });
    expect($('[data-test="raisedHandsTitle"]')!.textContent).toBe('Mains levées (4)');
    const rows = $$('[role="listitem"][id^="raised-hand-index-"]');
    expect(rows.map((r) => r.querySelector(':scope > span')!.textContent)).toEqual(fixtureFacts('3.0/room-hands-panel.fr.html').raisedHands);
    expect($('.raiseHandToast')).toBeNull();
  });
});

describe('BBB 3.0 chat', () => {
  it('keeps only the last two pages of 50 mounted, with headers only on sender changes', () => {
    const model = buildFixtureRoom('fr');
    mount(model, '3.0');
    const items = $$('#chat-list[data-test="chatMessages"] > div[role="list"][aria-live="polite"] [data-test="chatMessageItem"]');
    expect(items.map((i) => Number(i.dataset.sequence))).toEqual(fixtureFacts('3.0/room.fr.html').mountedMessageSequences);
    expect(items.length).toBe(70);
    for (const [index, item] of items.entries()) {
      const message = model.messages.find((m) => m.sequence === Number(item.dataset.sequence))!;
      const previous = model.messages[model.messages.indexOf(message) - 1];
      const expectHeader = message.type === 'default' && (previous?.type !== 'default' || previous.senderId !== message.senderId);
      expect(Boolean(item.querySelector('.chat-message-header')), `item ${index}`).toBe(expectHeader);
      if (message.type === 'default') {
        expect(item.querySelector('.chat-message-content[role="listitem"][data-chat-message-id] > [data-test="messageContent"] > p')!.textContent).toBe(message.text);
      }
    }
    expect($$('[data-message-type="userIsPresenterMsg"], [data-message-type="userAwayStatusMsg"]').length).toBe(2);
    view!.scrollChatTo('top');
    expect($$('[data-test="chatMessageItem"]').length).toBe(120);
  });

  it('a new message appends one node and a third page drops the oldest mounted page', () => {
    const model = buildFixtureRoom('fr');
    mount(model, '3.0');
    const first = $('[data-test="chatMessageItem"]');
    const someone = [...model.participants.values()][3]!;
    model.postChat(someone.id, 'encore');
    view!.flush();
    expect($('[data-test="chatMessageItem"]')).toBe(first);
    for (let i = 0; i < 30; i++) model.postChat(someone.id, `m${i}`);
    view!.flush();
    const sequences = $$('[data-test="chatMessageItem"]').map((i) => Number(i.dataset.sequence));
    expect(sequences[0]).toBe(101);
    expect(sequences.at(-1)).toBe(151);
  });
});

describe('chat input behaves like React', () => {
  it.each(['2.6', '3.0'] as const)('%s: .value without an input event sends nothing; input + send or Enter posts as you', (version) => {
    const { model } = smallRoom();
    mount(model, version);
    const textarea = $('textarea#message-input') as HTMLTextAreaElement;
    const send = $('button[data-test="sendMessageButton"]')!;
    textarea.value = 'silencieux';
    send.click();
    expect(model.messages).toEqual([]);
    textarea.value = 'Bonjour la classe';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    send.click();
    expect(model.messages.map((m) => [m.senderName, m.text])).toEqual([['Prof', 'Bonjour la classe']]);
    expect(textarea.value).toBe('');
    textarea.value = 'Deuxième';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
    expect(model.messages.length).toBe(1);
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(model.messages.at(-1)!.text).toBe('Deuxième');
  });
});

describe('BBB 2.x', () => {
  it.each(['2.6', '2.7'] as const)('%s: virtual user list, title count, aria-label, avatar', (version) => {
    const model = buildFixtureRoom('fr');
    mount(model, version);
    const facts = fixtureFacts(`${version}/room.fr.html`);
    expect($('[data-test="userList"] h2')!.textContent).toBe('Utilisateurs (60)');
    const region = $('div#user-list-virtualized-scroll[role="region"][aria-label="Users list"]')!;
    const rows = [...region.querySelectorAll<HTMLElement>('[data-test="userListItem"], [data-test="userListItemCurrent"]')];
    expect(rows.length).toBe(facts.renderedParticipantNames.length);
    expect(rows.length).toBeLessThan(60);
    expect(rows.map((r) => r.querySelector('.name')!.textContent)).toEqual(facts.renderedParticipantNames);
    expect(rows[0]!.dataset.test).toBe('userListItemCurrent');
    expect(rows[0]!.querySelector('[role="button"]')!.getAttribute('aria-label')).toBe('Mme Lefort Présentateur Vous État none');
    expect(rows[0]!.querySelector('i')!.textContent).toBe('(Vous)');
    const hand = rows.find((r) => r.textContent!.includes(facts.raisedHands[0]!))!;
    if (version === '2.6') {
      expect(hand.querySelector('i.icon-bbb-hand')).not.toBeNull();
      expect(hand.querySelector('[role="button"]')!.getAttribute('aria-label')).toMatch(/État raiseHand$/);
    } else {
      expect(hand.querySelector('em-emoji[native="✋"]')).not.toBeNull();
    }
    view!.scrollUsersTo(59);
    expect(region.textContent).toContain(facts.participantNames[59]!);
  });

  it.each(['2.6', '2.7'] as const)('%s: grouped chat rows, welcome, only visible rows', (version) => {
    const { model, zoe, hugo } = smallRoom();
    model.postChat(zoe.id, 'un');
    model.postChat(zoe.id, 'deux');
    model.postChat(hugo.id, 'trois');
    model.postChat(zoe.id, 'quatre');
    mount(model, version);
    const list = $('div[data-test="chatMessages"][aria-live="polite"]')!;
    expect(list.querySelector('p[data-test="chatWelcomeMessageText"]')!.innerHTML).toBe('Bienvenue dans <b>Classe test</b> !');
    const windows = [...list.querySelectorAll('.time-window:not(.system)')].map((w) => [
      w.querySelector('.name span')!.textContent,
      [...w.querySelectorAll('p[data-test="chatUserMessageText"]')].map((p) => p.textContent),
      w.querySelector('time')!.getAttribute('datetime')!.slice(0, 16),
    ]);
    expect(windows).toEqual([
      ['Zoé Martin', ['un', 'deux'], '2023-11-14T22:13'],
      ['Hugo Bernard', ['trois'], '2023-11-14T22:13'],
      ['Zoé Martin', ['quatre'], '2023-11-14T22:13'],
    ]);
    const big = buildFixtureRoom('fr');
    view!.destroy();
    document.body.replaceChildren();
    mount(big, version);
    const texts = $$('p[data-test="chatUserMessageText"]');
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(50);
    expect(texts.at(-1)!.textContent).toBe(big.messages.at(-1)!.text);
  });

  it('2.6 lower-all button has no data-test, 2.7 has raiseHandRejection', () => {
    for (const version of ['2.6', '2.7'] as const) {
      const { model, zoe } = smallRoom();
      model.raiseHand(zoe.id);
      mount(model, version);
      const button = $('.raiseHandToast button')!;
      expect(button.getAttribute('data-test')).toBe(version === '2.6' ? null : 'raiseHandRejection');
      view!.destroy();
      document.body.replaceChildren();
    }
  });
});

describe('manage-users menu', () => {
  it('stays mounted while hidden and carries each version\'s ids', () => {
    const ids = (version: BbbVersion) => {
      const { model } = smallRoom();
      mount(model, version);
      const items = $$('#user-options-dropdown-menu li[role="menuitem"]').map((li) => li.getAttribute('data-test'));
      view!.destroy();
      document.body.replaceChildren();
      return items;
    };
    expect(ids('2.6').slice(0, 4)).toEqual([null, null, null, 'lockViewersButton']);
    expect(ids('2.7').slice(0, 4)).toEqual([null, 'muteAll', 'muteAllExceptPresenter', 'lockViewersButton']);
    expect(ids('3.0').slice(0, 3)).toEqual(['usersJoinMuted', 'muteAllExceptPresenter', 'lockViewersButton']);
  });

  it('3.0 usersJoinMuted toggles the meeting mute and its label', () => {
    const { model, zoe } = smallRoom();
    mount(model, '3.0');
    const menu = $('#user-options-dropdown-menu')!;
    expect(menu.getAttribute('aria-hidden')).toBe('true');
    $('button[data-test="manageUsers"]')!.click();
    expect(menu.getAttribute('aria-hidden')).toBe('false');
    const item = $('li[data-test="usersJoinMuted"]')!;
    expect(item.textContent).toBe('Activer "les participants rejoignent la conférence muets"');
    item.click();
    expect(model.meetingMuted).toBe(true);
    expect(model.get(zoe.id)!.muted).toBe(true);
    view!.flush();
    expect($('li[data-test="usersJoinMuted"]')!.textContent).toBe('Désactiver "les participants rejoignent la conférence muets"');
    expect(menu.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('lock-viewers modal', () => {
  const open = () => {
    $('button[data-test="manageUsers"]')!.click();
    $('li[data-test="lockViewersButton"]')!.click();
  };

  it.each([
    ['2.6', false],
    ['2.7', false],
    ['3.0', true],
  ] as const)('%s: polarity, .checked alone changes nothing, click + Apply locks', (version, checkedMeansAllowed) => {
    const { model } = smallRoom();
    mount(model, version);
    open();
    const dialog = $('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Verrouiller la fenêtre de paramètres des participants');
    const mic = $('[data-test="lockShareMicrophoneItem"] input[type="checkbox"][data-test="lockShareMicrophone"]') as HTMLInputElement;
    expect(mic.getAttribute('aria-label')).toBe('Partager le microphone');
    expect(mic.checked).toBe(checkedMeansAllowed); // nothing locked yet
    expect($$('input[data-test="hideViewersAnnotation"]').length).toBe(version === '2.6' ? 0 : 1);

    const chat = $('input[data-test="lockPublicChat"]') as HTMLInputElement;
    chat.checked = !chat.checked; // no event: React state unchanged
    mic.click();
    expect(model.lockSettings.disableMic).toBe(false); // pending until Apply
    if (!checkedMeansAllowed) expect($('[data-test="lockShareMicrophoneItem"]')!.textContent).toContain('Verrouillé');
    $('button[data-test="applyLockSettings"]')!.click();
    expect(model.lockSettings.disableMic).toBe(true);
    expect(model.lockSettings.disablePublicChat).toBe(false);
    expect($('[role="dialog"]')).toBeNull();

    open();
    const micAgain = $('input[data-test="lockShareMicrophone"]') as HTMLInputElement;
    expect(micAgain.checked).toBe(!checkedMeansAllowed);
    micAgain.click();
    $$('[role="dialog"] button').find((b) => b.textContent === 'Annuler')!.click();
    expect(model.lockSettings.disableMic).toBe(true);
  });
});

describe('drifted page', () => {
  it('renames the ids a future release might change and drops the count attribute', () => {
    mount(buildFixtureRoom('fr'), '3.0', 'fr', { drift: true });
    expect($('[data-test="userListItem"]')).toBeNull();
    expect($$('[data-test="user-list-item"]').length).toBe(49);
    expect($('[data-test-users-count]')).toBeNull();
    expect($$('[data-test="chat-message"]').length).toBe(70);
    expect($('#chat-list')).not.toBeNull();
  });
});
