// @vitest-environment jsdom
import { emptyPack, type SelectorPack } from '../../core/packs/schema';
import { createTaughtAdapter } from './index';
import { findComposer } from './composer';
import { TaughtHealth } from './health';

const ORIGIN = 'https://via.example.fr';

/** A room with a chat composer and, elsewhere, the room's own "End meeting" button. */
function room(composer = '<form class="composer"><textarea class="box"></textarea><button type="button" class="send">Envoyer</button></form>') {
  document.body.innerHTML = `
    <header><button class="end" id="end">Terminer la réunion</button><div role="button" class="leave">Quitter</div></header>
    <main><ul class="users"><li>Marie</li></ul>
      <aside class="chat"><div class="msg">Bonjour</div>${composer}</aside></main>`;
}

function pack(roles: SelectorPack['roles']): SelectorPack {
  return { ...emptyPack(ORIGIN), roles: { participantRow: 'ul.users > li', chatMessage: '.chat .msg', chatInput: 'textarea.box', ...roles } };
}

let ended = 0;
beforeEach(() => {
  ended = 0;
  room();
  document.getElementById('end')!.addEventListener('click', () => ended++);
  document.querySelector('.leave')!.addEventListener('click', () => ended++);
});
afterEach(() => (document.body.innerHTML = ''));

describe('the taught chat composer', () => {
  it('finds the send button in the same form as the chat box', () => {
    const found = findComposer(document, pack({ chatSend: 'button.send' }));
    expect(found.ok && found.send.className).toBe('send');
  });

  it.each([
    ['the End meeting button', 'button.end'],
    ['a role=button outside the composer', '[role="button"]'],
    ['any button of the page, the first being End meeting', 'button'],
  ])('refuses %s as the send control, and posting never clicks it', async (_what, chatSend) => {
    const taught = pack({ chatSend });
    const found = findComposer(document, taught);
    // "button" matches the composer's button too: that one is used, never End meeting.
    if (chatSend === 'button') expect(found.ok && found.send.className).toBe('send');
    else expect(found).toMatchObject({ ok: false, reason: expect.stringContaining('composer') });
    const adapter = createTaughtAdapter(taught, { actionTimeoutMs: 20 });
    await adapter.act(document, { type: 'chat.post', text: 'Bienvenue' });
    expect(ended).toBe(0);
  });

  it('in a form that wraps the whole page (as ASP.NET does), "button" is still the composer\'s button, never End meeting', async () => {
    room('<div class="composer"><textarea class="box"></textarea><button type="button" class="send">Envoyer</button></div>');
    document.body.innerHTML = `<form id="page"><div class="page">${document.body.innerHTML}</div></form>`;
    document.getElementById('end')!.addEventListener('click', () => ended++);
    const found = findComposer(document, pack({ chatSend: 'button' }));
    expect(found.ok && found.send.className).toBe('send');
    expect(findComposer(document, pack({ chatSend: 'button.end' }))).toMatchObject({ ok: false });
    await createTaughtAdapter(pack({ chatSend: 'button.end' }), { actionTimeoutMs: 20 }).act(document, { type: 'chat.post', text: 'Bienvenue' });
    expect(ended).toBe(0);
  });

  it('without a form, accepts a send button beside the only chat box of a small container', () => {
    room('<div class="composer"><textarea class="box"></textarea><span><button class="send">Envoyer</button></span></div>');
    expect(findComposer(document, pack({ chatSend: 'button.send' })).ok).toBe(true);
  });

  it('refuses a send control that is not a button, or not near the chat box', () => {
    room('<div class="composer"><textarea class="box"></textarea><span class="send">Envoyer</span></div>');
    expect(findComposer(document, pack({ chatSend: 'div.composer span' }))).toMatchObject({ ok: false });
    room('<div class="composer"><textarea class="box"></textarea></div><div class="other"><textarea></textarea><button class="send">Envoyer</button></div>');
    expect(findComposer(document, pack({ chatSend: 'button.send' }))).toMatchObject({ ok: false });
  });

  it('never posts unverified: with no chat message role it leaves the post to the moderator and clicks nothing', async () => {
    let clicks = 0;
    document.querySelector('button.send')!.addEventListener('click', () => clicks++);
    const taught = pack({ chatSend: 'button.send' });
    delete taught.roles.chatMessage;
    const result = await createTaughtAdapter(taught).act(document, { type: 'chat.post', text: 'Bonjour' });
    expect(result.status).toBe('manual');
    expect(clicks).toBe(0);
  });

  it('reports posting as degraded when the send control is not in the composer', () => {
    const health = new TaughtHealth(pack({ chatSend: 'button.end' })).evaluate(document);
    expect(health.find((h) => h.capability === 'postChat')).toMatchObject({ status: 'degraded', detail: expect.stringContaining('composer') });
  });
});
