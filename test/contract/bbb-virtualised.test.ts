// @vitest-environment jsdom
// Identity and leaves when the list shows only some rows (2.x virtual window, 3.0 pages of 50).
import { RoomReader } from '../../platforms/bigbluebutton/roomReader';
import type { RoomEvent } from '../../core/session/events';
import { settle } from '../support/async';

function list3(names: string[], count: number): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<div data-test="userListContent"><h2><span data-test-users-count="${count}">Utilisateurs (${count})</span></h2>
    <div role="list"><ul>${names
      .map((name, index) => `<li><div role="button"><div data-test="${index === 0 ? 'userListItemCurrent' : 'userListItem'}" role="listitem" id="user-index-${index}">
        <div data-test="${index === 0 ? 'moderatorAvatar' : 'viewerAvatar'}" data-test-avatar="userAvatar">${name.slice(0, 2)}</div>
        <span><span>${name}</span>${index === 0 ? ' (Vous)' : ''}</span></div></div></li>`)
      .join('')}</ul></div></div>`;
  return root;
}

const ids = (events: RoomEvent[], type: RoomEvent['type']) =>
  events.filter((event) => event.type === type).map((event) => ('participant' in event ? event.participant.id : 'id' in event ? event.id : event.type));

describe('leaves with a virtualised list', () => {
  test('rows scrolling out are not leaves; a count drop with the row gone is', () => {
    const reader = new RoomReader('3.0');
    reader.readPeople(list3(['Prof', 'Ana', 'Ben', 'Cléo'], 60));
    // Scrolled: Ana and Ben out of the DOM, count unchanged.
    expect(ids(reader.readPeople(list3(['Prof', 'Cléo', 'Dan'], 60)), 'participant.left')).toEqual([]);
    // Cléo's row goes and the count drops by one: Cléo left.
    expect(ids(reader.readPeople(list3(['Prof', 'Dan'], 59)), 'participant.left')).toEqual(['Cléo']);
  });

  test('more rows gone than the count dropped: nobody is guessed gone', () => {
    const reader = new RoomReader('3.0');
    reader.readPeople(list3(['Prof', 'Ana', 'Ben', 'Cléo'], 60));
    expect(ids(reader.readPeople(list3(['Prof'], 59)), 'participant.left')).toEqual([]);
  });

  test('once the list is complete again, people who left while out of view are settled', () => {
    const reader = new RoomReader('3.0');
    reader.readPeople(list3(['Prof', 'Ana', 'Ben', 'Cléo'], 5));
    // Ben left while scrolled out; the count tells, the rows cannot.
    expect(ids(reader.readPeople(list3(['Prof', 'Ana'], 4)), 'participant.left')).toEqual([]);
    expect(ids(reader.readPeople(list3(['Prof', 'Ana', 'Cléo', 'Dan'], 4)), 'participant.left')).toEqual(['Ben']);
  });

  test('a row coming back into view is not a new join; a rejoin after leaving is', () => {
    const reader = new RoomReader('3.0');
    reader.readPeople(list3(['Prof', 'Ana', 'Ben'], 50));
    reader.readPeople(list3(['Prof'], 50));
    expect(ids(reader.readPeople(list3(['Prof', 'Ana', 'Ben'], 50)), 'participant.joined')).toEqual([]);
    reader.readPeople(list3(['Prof', 'Ben'], 49));
    expect(ids(reader.readPeople(list3(['Prof', 'Ana', 'Ben'], 50)), 'participant.joined')).toEqual(['Ana']);
  });

  test('row positions do not make identities: a re-sort changes nothing', () => {
    const reader = new RoomReader('3.0');
    reader.readPeople(list3(['Prof', 'Ana', 'Ben'], 3));
    expect(reader.readPeople(list3(['Prof', 'Ben', 'Ana'], 3))).toEqual([]);
  });
});

function chat3(items: { seq: number; sender?: string; text: string; type?: string }[]): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<div id="chat-list" data-test="chatMessages"><div role="list">${items
    .map((item) => `<div data-test="chatMessageItem" data-sequence="${item.seq}" data-message-type="${item.type ?? 'default'}">
      ${item.sender ? `<div><div>${item.sender}</div><time>14:0${item.seq % 10}</time></div>` : ''}
      <div class="chat-message-content" role="listitem" data-chat-message-id="m${item.seq}">${
        item.type ? `<div data-test="chatMessageNotificationContent"><i></i><p>${item.text}</p></div>` : `<div data-test="messageContent"><p>${item.text}</p></div>`
      }</div>${item.sender ? '' : '<div><time>14:09</time></div>'}</div>`)
    .join('')}</div></div>`;
  return root;
}

describe('3.0 chat across pages', () => {
  test('a page that starts with a header-less row takes the sender of the message before it', () => {
    const reader = new RoomReader('3.0');
    reader.readChat(chat3([{ seq: 1, sender: 'Ana', text: 'un' }, { seq: 2, text: 'deux' }]));
    // The older page is dropped; the next page starts with Ana's third message, without a header.
    const events = reader.readChat(chat3([{ seq: 3, text: 'trois' }, { seq: 4, sender: 'Ben', text: 'quatre' }, { seq: 5, type: 'userAwayStatusMsg', text: 'Ben est parti' }]));
    expect(events.map((event) => event.type === 'chat.message' && [event.message.sender, event.message.text, event.message.system])).toEqual([
      ['Ana', 'trois', false],
      ['Ben', 'quatre', false],
      ['', 'Ben est parti', true],
    ]);
    // Re-rendering or re-paging repeats nothing.
    expect(reader.readChat(chat3([{ seq: 1, sender: 'Ana', text: 'un' }, { seq: 2, text: 'deux' }, { seq: 3, text: 'trois' }]))).toEqual([]);
  });
});

describe('3.0 chat bursts larger than the mounted pages', () => {
  const messages = (from: number, to: number, sender?: string) =>
    Array.from({ length: to - from + 1 }, (_, index) => ({ seq: from + index, sender: index === 0 ? sender : undefined, text: `m${from + index}` }));
  const texts = (events: RoomEvent[]) => events.flatMap((event) => (event.type === 'chat.message' ? [event.message.text] : []));
  const missed = (events: RoomEvent[]) => events.flatMap((event) => (event.type === 'chat.missed' ? [event.count] : []));

  test('numbers that went by unread are counted once as missed, never read, and not counted again if they show later', () => {
    const reader = new RoomReader('3.0');
    // Before Moderato: the mounted pages start at 51; what came before is history, not missed.
    expect(missed(reader.readChat(chat3(messages(51, 100, 'Ana'))))).toEqual([]);
    // A burst of 120 between two reads: only 151–220 are still mounted.
    const burst = reader.readChat(chat3(messages(151, 220, 'Ben')));
    expect(missed(burst)).toEqual([50]);
    expect(burst[0]).toEqual({ type: 'chat.missed', count: 50 });
    expect(texts(burst)).toHaveLength(70);
    // The moderator scrolls up: 101–150 are mounted again; they were counted already.
    expect(reader.readChat(chat3(messages(101, 220, 'Ben')))).toEqual([]);
    // The chat goes on as usual.
    expect(texts(reader.readChat(chat3(messages(171, 221, 'Ben'))))).toEqual(['m221']);
  });

  test('a header-less message right after unread ones has an unknown sender, not the last one seen', () => {
    const reader = new RoomReader('3.0');
    reader.readChat(chat3(messages(1, 10, 'Ana')));
    const events = reader.readChat(chat3([{ seq: 13, text: 'sans en-tête' }, { seq: 14, sender: 'Ben', text: 'avec' }]));
    expect(missed(events)).toEqual([2]);
    expect(events.flatMap((event) => (event.type === 'chat.message' ? [[event.message.sender, event.message.text]] : []))).toEqual([
      ['', 'sans en-tête'],
      ['Ben', 'avec'],
    ]);
  });
});

describe('3.0 chat pages dropped before they were read', () => {
  const page = (from: number, to: number, sender: string) => {
    const div = document.createElement('div');
    div.className = 'chat-page';
    div.innerHTML = chat3(Array.from({ length: to - from + 1 }, (_, index) => ({ seq: from + index, sender: index === 0 ? sender : undefined, text: `m${from + index}` })))
      .querySelector('[role="list"]')!.innerHTML;
    return div;
  };

  test('messages on a page removed before any read are read from the removed nodes: none missed, none twice', async () => {
    const root = chat3([]);
    const list = root.querySelector('[role="list"]')!;
    document.body.append(root);
    list.append(page(1, 50, 'Ana'), page(51, 100, 'Ben'));
    const reader = new RoomReader('3.0', { rememberItems: true });
    const observer = new MutationObserver((records) => reader.changed('chat', records));
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    expect(reader.readChat(root).filter((event) => event.type === 'chat.message')).toHaveLength(100);

    // A page arrives, the oldest goes; then, before any read, a burst replaces both mounted pages.
    list.append(page(101, 150, 'Chloé'));
    list.firstElementChild!.remove();
    await Promise.resolve();
    list.append(page(151, 200, 'Dina'));
    list.firstElementChild!.remove();
    list.firstElementChild!.remove();
    await Promise.resolve();

    const events = reader.readChat(root);
    expect(events.filter((event) => event.type === 'chat.missed')).toEqual([]);
    const messages = events.flatMap((event) => (event.type === 'chat.message' ? [event.message] : []));
    expect(messages.map((message) => message.text)).toEqual(Array.from({ length: 100 }, (_, index) => `m${101 + index}`));
    expect(messages[1]!.sender).toBe('Chloé');
    expect(messages[51]!.sender).toBe('Dina');
    expect(reader.readChat(root)).toEqual([]);
    observer.disconnect();
    root.remove();
  });
});

describe('3.0 chat read from what was added since the last read', () => {
  const item = (seq: number, text: string, sender?: string) =>
    chat3([{ seq, sender, text }]).querySelector('[data-test="chatMessageItem"]')!;
  const said = (events: RoomEvent[]) => events.flatMap((event) => (event.type === 'chat.message' ? [`${event.message.sender}: ${event.message.text}`] : []));

  async function watchedChat() {
    const root = chat3([{ seq: 1, sender: 'Ana', text: 'un' }, { seq: 2, text: 'deux' }]);
    document.body.append(root);
    const list = root.querySelector('[role="list"]')!;
    const reader = new RoomReader('3.0', { rememberItems: true });
    const observer = new MutationObserver((records) => reader.changed('chat', records));
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    return { root, list, reader, done: () => (observer.disconnect(), root.remove()) };
  }

  test('new messages, a grouped one among them, each once; a re-rendered old one is not news', async () => {
    const { root, list, reader, done } = await watchedChat();
    expect(said(reader.readChat(root))).toEqual(['Ana: un', 'Ana: deux']);
    // Ana goes on without a header, Ben answers; the first message re-renders (a new node).
    list.append(item(3, 'trois'), item(4, 'quatre', 'Ben'));
    list.replaceChild(item(1, 'un', 'Ana'), list.firstElementChild!);
    await settle();
    expect(said(reader.readChat(root))).toEqual(['Ana: trois', 'Ben: quatre']);
    expect(reader.readChat(root)).toEqual([]);
    done();
  });

  test('a message added in the older place (the moderator scrolled up) comes in page order', async () => {
    const { root, list, reader, done } = await watchedChat();
    reader.readChat(root);
    list.append(item(5, 'cinq', 'Ben'));
    list.prepend(item(3, 'trois', 'Chloé'));
    await settle();
    const events = reader.readChat(root);
    expect(said(events)).toEqual(['Chloé: trois', 'Ben: cinq']);
    done();
  });

  test('a list replaced by another is read whole again', async () => {
    const { root, reader, done } = await watchedChat();
    reader.readChat(root);
    // The chat panel closed and opened again: a new list, whose mutations this observer never saw.
    const reopened = chat3([{ seq: 1, sender: 'Ana', text: 'un' }, { seq: 2, text: 'deux' }, { seq: 3, sender: 'Ben', text: 'trois' }]);
    reader.chatListChanged();
    expect(said(reader.readChat(reopened))).toEqual(['Ben: trois']);
    done();
  });
});

describe('participant rows kept between reads', () => {
  test('an untouched row keeps its state object from read to read; a touched row is read again', async () => {
    const root = list3(['Prof', 'Ana', 'Ben'], 3);
    document.body.append(root);
    const reader = new RoomReader('3.0', { rememberItems: true });
    const observer = new MutationObserver((records) => reader.changed('people', records));
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const joined = reader.readPeople(root).flatMap((event) => (event.type === 'participant.joined' ? [event.participant] : []));
    const [ana, ben] = [joined.find((p) => p.name === 'Ana')!, joined.find((p) => p.name === 'Ben')!];

    // Ben's row gets a camera (its sub-label): only his row is read again.
    const benRow = [...root.querySelectorAll('[data-test="userListItem"]')].find((row) => row.textContent!.includes('Ben'))!;
    benRow.querySelector('span')!.insertAdjacentHTML('beforeend', '<span>Webcam</span>');
    await Promise.resolve();
    const updated = reader.readPeople(root).flatMap((event) => (event.type === 'participant.updated' ? [event.participant] : []));
    expect(updated.map((p) => [p.name, p.webcam])).toEqual([['Ben', true]]);
    expect(updated[0]).not.toBe(ben);
    // Nothing touched Ana's row: the reader holds the very state it read first (no copy per read).
    expect(reader.participant('Ana')).toBe(ana);
    expect(reader.participant('Ben')).toBe(updated[0]);
    observer.disconnect();
    root.remove();
  });
});
