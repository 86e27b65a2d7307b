// @vitest-environment jsdom
import type { CapabilityHealth, ReadSink } from '../contract';
import type { RoomEvent } from '../../core/session/events';
import { emptyPack, type SelectorPack } from '../../core/packs/schema';
import { createTaughtAdapter } from './index';
import { readChatOnce } from './reader';
import { READ_PACE } from '../dom/readScheduler';
import { settle } from '../../test/support/async';
import { setQueryClock } from './query';

const ORIGIN = 'https://via.example.fr';
const URL_IN_ROOM = new URL(`${ORIGIN}/salle/maths-4e?token=1`);

const PACK: SelectorPack = {
  ...emptyPack(ORIGIN, new Date(Date.UTC(2025, 2, 10))),
  name: 'Via du lycée',
  roles: {
    participantRow: 'ul.users > li',
    participantName: '.name',
    raisedHand: '.hand',
    participantCount: '.count',
    chatMessage: '.chat .msg',
    chatSender: '.from',
    chatText: '.text',
    chatInput: 'textarea.box',
    chatSend: 'button.send',
  },
};

function room(): void {
  document.title = 'Maths 4e';
  document.body.innerHTML = `
    <p class="count">Participants (2)</p>
    <ul class="users">
      <li><span class="name">Marie Curie (vous)</span></li>
      <li><span class="name">Paul Langevin</span></li>
    </ul>
    <div class="chat"><div class="msg"><b class="from">Paul Langevin</b><span class="text">Bonjour</span></div></div>
    <div class="composer"><textarea class="box"></textarea><button class="send">Envoyer</button></div>`;
}

/** The adapter gathers changes: at most the busy interval. */
const flush = () => settle(READ_PACE.busyIntervalMs + 5);

function recorder() {
  const events: RoomEvent[] = [];
  const health: CapabilityHealth[][] = [];
  const errors: unknown[] = [];
  const sink: ReadSink = { events: (batch) => events.push(...batch), health: (h) => health.push(h), error: (e) => errors.push(e) };
  const take = () => events.splice(0);
  const last = (capability: string) => health[health.length - 1]!.find((h) => h.capability === capability);
  return { sink, events, health, errors, take, last };
}

function addRow(name: string, raised = false) {
  const row = document.createElement('li');
  row.innerHTML = `<span class="name">${name}</span>${raised ? '<i class="hand">✋</i>' : ''}`;
  document.querySelector('ul.users')!.append(row);
  return row;
}

function addMessage(sender: string | null, text: string) {
  const message = document.createElement('div');
  message.className = 'msg';
  message.innerHTML = `${sender === null ? '' : `<b class="from">${sender}</b>`}<span class="text">${text}</span>`;
  document.querySelector('.chat')!.append(message);
}

let controller: AbortController;
beforeEach(() => {
  room();
  controller = new AbortController();
  // What a query costs is the benchmark's and slow.test.ts's business: here every query is instant,
  // so a busy machine cannot make a selector look slow.
  setQueryClock(() => 0);
});
afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
  setQueryClock();
});

describe('taught adapter: detect', () => {
  it('detects a room of the pack origin where its selectors find something', () => {
    const adapter = createTaughtAdapter(PACK);
    expect(adapter.id).toBe('generic');
    expect(adapter.detect(document, URL_IN_ROOM)).toEqual({
      platform: 'generic',
      version: null,
      isModerator: true,
      roomKey: `taught|${ORIGIN}`,
      roomTitle: 'Maths 4e',
    });
  });

  it('keys the room with the keyed digest it is given, never with the text of the address', () => {
    const secretUrl = new URL(`${ORIGIN}/join/s3cr3t-jeton?code=ABCD`);
    expect(createTaughtAdapter(PACK).detect(document, secretUrl)?.roomKey).toBe(`taught|${ORIGIN}`);
    const keyed = `taught|${ORIGIN}|k:0123456789abcdef0123456789abcdef`;
    expect(createTaughtAdapter(PACK, { roomKey: keyed }).detect(document, secretUrl)?.roomKey).toBe(keyed);
  });

  it('ignores another origin, and a page where the pack finds nothing', () => {
    const adapter = createTaughtAdapter(PACK);
    expect(adapter.detect(document, new URL('https://other.example.fr/salle'))).toBeNull();
    document.body.innerHTML = '<p>Accueil</p>';
    expect(adapter.detect(document, URL_IN_ROOM)).toBeNull();
  });
});

describe('taught adapter: read', () => {
  it('sends the current room, then each change once', async () => {
    const r = recorder();
    createTaughtAdapter(PACK).read(document, r.sink, controller.signal);
    const first = r.take();
    expect(first).toEqual([
      { type: 'participant.joined', participant: expect.objectContaining({ id: 'Marie Curie', name: 'Marie Curie', you: true, handRaised: false }) },
      { type: 'participant.joined', participant: expect.objectContaining({ id: 'Paul Langevin', you: false }) },
      { type: 'participants.count', count: 2 },
      { type: 'chat.message', message: expect.objectContaining({ sender: 'Paul Langevin', text: 'Bonjour', system: false }) },
    ]);
    const messageId = (first[3] as Extract<RoomEvent, { type: 'chat.message' }>).message.id;
    expect(messageId).toMatch(/^taught-[0-9a-f]{16}$/);
    expect(messageId).not.toContain('Bonjour');
    expect(r.last('participants')).toEqual({ capability: 'participants', status: 'works', method: 'taught' });
    expect(r.last('chat')).toEqual({ capability: 'chat', status: 'works', method: 'taught' });
    expect(r.last('postChat')).toEqual({ capability: 'postChat', status: 'works', method: 'taught' });
    expect(r.last('raisedHands')).toEqual({ capability: 'raisedHands', status: 'works', method: 'taught' });
    expect(r.last('muteAll')).toMatchObject({ status: 'manual', method: 'manual' });

    // A join with a raised hand, the same name twice, the count moving.
    addRow('Irène Joliot', true);
    addRow('Paul Langevin');
    document.querySelector('.count')!.textContent = 'Participants (4)';
    await flush();
    expect(r.take()).toEqual([
      { type: 'hand.raised', id: 'Irène Joliot' },
      { type: 'participant.joined', participant: expect.objectContaining({ id: 'Irène Joliot', handRaised: true }) },
      { type: 'participant.joined', participant: expect.objectContaining({ id: 'Paul Langevin#2', name: 'Paul Langevin' }) },
      { type: 'participants.count', count: 4 },
    ]);

    // Hands in DOM order; a lowered hand; a leave with the count.
    document.querySelector('ul.users li')!.insertAdjacentHTML('beforeend', '<i class="hand">✋</i>');
    document.querySelector('ul.users li:nth-child(3) .hand')!.remove();
    await flush();
    // Hands travel as their own events: no participant.updated for them.
    expect(r.take()).toEqual([
      { type: 'hand.raised', id: 'Marie Curie' },
      { type: 'hand.lowered', id: 'Irène Joliot' },
    ]);

    document.querySelector('ul.users li:nth-child(4)')!.remove();
    document.querySelector('.count')!.textContent = 'Participants (3)';
    await flush();
    expect(r.take()).toEqual([{ type: 'participant.left', id: 'Paul Langevin#2' }, { type: 'participants.count', count: 3 }]);

    // Chat: a grouped message (no sender shown) belongs to the previous sender; repeats are new messages.
    addMessage(null, 'Vous m’entendez ?');
    addMessage('Marie Curie', 'Bonjour');
    addMessage('Paul Langevin', 'Bonjour');
    await flush();
    const chat = r.take() as Extract<RoomEvent, { type: 'chat.message' }>[];
    expect(chat.map((e) => [e.message.sender, e.message.text])).toEqual([
      ['Paul Langevin', 'Vous m’entendez ?'],
      ['Marie Curie', 'Bonjour'],
      ['Paul Langevin', 'Bonjour'],
    ]);
    expect(new Set([messageId, ...chat.map((e) => e.message.id)]).size).toBe(4);
    expect(r.errors).toEqual([]);
  });

  it('ignores mutations outside the taught elements, and stops when aborted', async () => {
    const r = recorder();
    createTaughtAdapter(PACK).read(document, r.sink, controller.signal);
    r.take();
    const healthSent = r.health.length;
    document.body.insertAdjacentHTML('beforeend', '<div class="ad">Publicité</div><moderato-picker></moderato-picker>');
    await flush();
    expect(r.take()).toEqual([]);
    expect(r.health).toHaveLength(healthSent);
    controller.abort();
    addRow('Après la fin');
    await flush();
    expect(r.take()).toEqual([]);
  });

  it('shows a role that worked and finds nothing now as degraded, naming the role', async () => {
    const r = recorder();
    createTaughtAdapter(PACK).read(document, r.sink, controller.signal);
    // The site changes its markup: the user list is rendered differently.
    document.querySelector('ul.users')!.className = 'people-v2';
    await flush();
    expect(r.last('participants')).toMatchObject({ status: 'degraded', method: 'taught', detail: expect.stringContaining('participantRow') });
    expect(r.last('participants')!.detail).toContain('finds none now');
    expect(r.last('chat')).toMatchObject({ status: 'works' });
    document.querySelector('.people-v2')!.className = 'users';
    await flush();
    expect(r.last('participants')).toMatchObject({ status: 'works' });
  });

  it('accepts an absurd but valid selector: it finds nothing, and health says so', () => {
    const r = recorder();
    const absurd: SelectorPack = { ...PACK, roles: { participantRow: 'ul.users > li', chatMessage: 'blink.marquee > marquee:nth-child(7n + 3)' } };
    createTaughtAdapter(absurd).read(document, r.sink, controller.signal);
    expect(r.events.filter((e) => e.type === 'chat.message')).toEqual([]);
    expect(r.last('chat')).toEqual({ capability: 'chat', status: 'degraded', method: 'taught', detail: 'chatMessage finds no element' });
    expect(r.last('postChat')).toMatchObject({ status: 'manual', method: 'manual' });
    expect(r.errors).toEqual([]);
  });
});

describe('taught reader: chat ids', () => {
  it('keeps the ids of messages already counted when the sender and text are taught later', () => {
    addMessage(null, 'Et moi ?');
    addMessage('Marie Curie', 'Bonjour');
    const messageOnly = { ...PACK, roles: { chatMessage: PACK.roles.chatMessage } };
    const before = readChatOnce(document, messageOnly).map((message) => message.id);
    const after = readChatOnce(document, PACK);
    expect(after.map((message) => message.id)).toEqual(before);
    expect(new Set(before).size).toBe(3);
    // Read with the sender taught, a grouped line belongs to the sender shown above it.
    expect(after.map((message) => [message.sender, message.text])).toEqual([
      ['Paul Langevin', 'Bonjour'],
      ['Paul Langevin', 'Et moi ?'],
      ['Marie Curie', 'Bonjour'],
    ]);
  });
});

describe('taught adapter: act', () => {
  it('posts to the chat through the taught box and button, and verifies the message appeared', async () => {
    const adapter = createTaughtAdapter(PACK, { actionTimeoutMs: 500 });
    const box = document.querySelector('textarea')!;
    const typed: string[] = [];
    box.addEventListener('input', () => typed.push(box.value));
    document.querySelector('button.send')!.addEventListener('click', () => addMessage('Marie Curie', box.value));
    await expect(adapter.act(document, { type: 'chat.post', text: 'Pause de 5 minutes' })).resolves.toEqual({ status: 'done' });
    expect(typed).toEqual(['Pause de 5 minutes']);
  });

  it('fails when the message never shows, and leaves other actions to the moderator', async () => {
    const adapter = createTaughtAdapter(PACK, { actionTimeoutMs: 50 });
    await expect(adapter.act(document, { type: 'chat.post', text: 'Bonjour' })).resolves.toMatchObject({ status: 'failed' });
    await expect(adapter.act(document, { type: 'audio.muteAll', exceptPresenter: true })).resolves.toMatchObject({ status: 'manual', steps: [expect.objectContaining({ fr: expect.any(String), en: expect.any(String) })] });
    document.querySelector('textarea')!.remove();
    await expect(adapter.act(document, { type: 'chat.post', text: 'Bonjour' })).resolves.toMatchObject({ status: 'manual', reason: 'chatInput finds no element' });
  });
});
