// @vitest-environment jsdom
import { emptyPack } from '../../core/packs/schema';
import { isSendControlSelector } from '../../core/packs/selector';
import { click, clearPage, move, press } from '../../test/support/picker';
import { startPicker } from './picker';
import { countMatches } from '../taught/query';

function room() {
  document.body.innerHTML = `
    <ul class="users">
      <li class="user"><span class="name">Marie Curie</span><i class="hand"></i></li>
      <li class="user"><span class="name">Paul Langevin</span></li>
      <li class="user"><span class="name">Irène Joliot</span><i class="hand"></i></li>
    </ul>
    <div class="chat"><p class="msg">Bonjour</p><p class="msg">Présent</p></div>
    <div class="composer"><textarea id="chat-box"></textarea><button class="send">Envoyer</button></div>
    <header><button class="end">Terminer la réunion</button></header>`;
}


/** jsdom's events are all synthetic (isTrusted false): these tests stand in for the moderator's real ones. */
const trustAll = () => true;

beforeEach(room);
afterEach(clearPage);

describe('startPicker', () => {
  it('shows the live count under the pointer and picks on click without the page reacting', () => {
    const pageClicks: Event[] = [];
    const pageDowns: Event[] = [];
    document.body.addEventListener('click', (event) => pageClicks.push(event));
    document.body.addEventListener('mousedown', (event) => pageDowns.push(event));
    const onPicked = vi.fn();
    const onCancel = vi.fn();
    const onHover = vi.fn();
    const before = document.body.innerHTML;
    startPicker(document, 'participantRow', { trusts: trustAll, onPicked, onCancel, onHover });

    expect(document.querySelectorAll('moderato-picker')).toHaveLength(1);
    // A closed shadow root: the page cannot reach into the picker.
    expect(document.querySelector('moderato-picker')!.shadowRoot).toBeNull();

    const row = document.querySelector('li.user')!;
    move(row);
    expect(onHover).toHaveBeenLastCalledWith('li.user', 3);
    row.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    const clicked = new MouseEvent('click', { bubbles: true, cancelable: true });
    row.dispatchEvent(clicked);

    expect(clicked.defaultPrevented).toBe(true);
    expect(pageClicks).toEqual([]);
    expect(pageDowns).toEqual([]);
    expect(onPicked).toHaveBeenCalledWith('li.user', 3);
    expect(onCancel).not.toHaveBeenCalled();
    // Done: no host left, the page's elements untouched, and its clicks work again.
    expect(document.querySelector('moderato-picker')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    click(row);
    expect(pageClicks).toHaveLength(1);
  });

  it('picks a role inside its container, relative to it, counting every container', () => {
    const onPicked = vi.fn();
    startPicker(document, 'raisedHand', { trusts: trustAll, onPicked, onCancel: vi.fn(), within: 'li.user' });
    const hand = document.querySelector('i.hand')!;
    move(hand);
    click(hand);
    expect(onPicked).toHaveBeenCalledWith('i.hand', 2);
  });

  it('keeps picking when the element is outside the container role', () => {
    const onPicked = vi.fn();
    const onHover = vi.fn();
    const picker = startPicker(document, 'participantName', { trusts: trustAll, onPicked, onCancel: vi.fn(), onHover, within: 'li.user' });
    click(document.querySelector('.chat p')!);
    expect(onPicked).not.toHaveBeenCalled();
    expect(onHover).toHaveBeenLastCalledWith(null, 0);
    click(document.querySelector('.name')!);
    expect(onPicked).toHaveBeenCalledWith('span.name', 3);
    picker.stop();
  });

  it('teaches the chat send control only as a button of the chat box’s composer', () => {
    const onPicked = vi.fn();
    const onHover = vi.fn();
    const picker = startPicker(document, 'chatSend', { trusts: trustAll, onPicked, onCancel: vi.fn(), onHover, composer: '#chat-box' });
    click(document.querySelector('button.end')!);
    expect(onPicked).not.toHaveBeenCalled();
    expect(onHover).toHaveBeenLastCalledWith(null, 0);
    click(document.querySelector('button.send')!);
    expect(onPicked).toHaveBeenCalledTimes(1);
    const [selector] = onPicked.mock.calls[0]! as [string];
    expect(isSendControlSelector(selector)).toBe(true);
    expect(document.querySelector(selector)).toBe(document.querySelector('button.send'));
    picker.stop();
    // Without the chat box taught first, no send control can be taught.
    const alone = vi.fn();
    const second = startPicker(document, 'chatSend', { trusts: trustAll, onPicked: alone, onCancel: vi.fn() });
    click(document.querySelector('button.send')!);
    expect(alone).not.toHaveBeenCalled();
    second.stop();
  });

  it('ignores synthetic events: a page script can neither pick, point nor cancel', () => {
    const onPicked = vi.fn();
    const onCancel = vi.fn();
    const onHover = vi.fn();
    const picker = startPicker(document, 'participantRow', { onPicked, onCancel, onHover });
    const row = document.querySelector('li.user')!;
    move(row);
    click(row);
    press('Escape');
    expect(onHover).not.toHaveBeenCalled();
    expect(onPicked).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
    expect(document.querySelector('moderato-picker')).not.toBeNull();
    picker.stop();
  });

  it('cancels on Escape and removes every listener and its host', () => {
    const onPicked = vi.fn();
    const onCancel = vi.fn();
    const onHover = vi.fn();
    startPicker(document, 'chatInput', { trusts: trustAll, onPicked, onCancel, onHover });
    move(document.querySelector('textarea')!);
    expect(onHover).toHaveBeenLastCalledWith('#chat-box', 1);
    press('Enter');
    expect(onCancel).not.toHaveBeenCalled();
    press('Escape');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(document.querySelector('moderato-picker')).toBeNull();
    move(document.querySelector('button')!);
    click(document.querySelector('button')!);
    press('Escape');
    expect(onHover).toHaveBeenCalledTimes(1);
    expect(onPicked).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('for a row or a message, pointing at a name or a text teaches the repeated item around it', () => {
    const onPicked = vi.fn();
    startPicker(document, 'participantRow', { trusts: trustAll, onPicked, onCancel: vi.fn() });
    const name = document.querySelectorAll('span.name')[1]!;
    move(name);
    click(name);
    expect(onPicked).toHaveBeenCalledWith('li.user', 3);
  });

  it('stop() ends it quietly', () => {
    const onPicked = vi.fn();
    const onCancel = vi.fn();
    const picker = startPicker(document, 'chatSend', { trusts: trustAll, onPicked, onCancel, locale: 'en' });
    picker.stop();
    picker.stop();
    click(document.querySelector('button')!);
    expect(document.querySelector('moderato-picker')).toBeNull();
    expect(onPicked).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
  });
});

describe('countMatches', () => {
  it('counts what each taught role finds, relative roles across their containers', () => {
    const pack = {
      ...emptyPack('https://via.example.fr'),
      roles: { participantRow: 'li.user', participantName: '.name', raisedHand: '.hand', chatMessage: '.chat .msg', chatInput: 'textarea', chatSend: 'button.nothing-here' },
    };
    expect(countMatches(document, pack)).toEqual({ participantRow: 3, participantName: 3, raisedHand: 2, chatMessage: 2, chatInput: 1, chatSend: 0 });
  });
});
