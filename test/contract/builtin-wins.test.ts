/**
 * Built-in adapters always win over a taught pack: on a BigBlueButton page that is still on its
 * loading screen, and when the room a pack reads turns out to be one a built-in adapter knows.
 */
import { JSDOM } from 'jsdom';
import { ADAPTERS, detectRoom } from '../../platforms/registry';
import { createTaughtAdapter } from '../../platforms/taught';
import { emptyPack } from '../../core/packs/schema';
import { handOverToBuiltIn } from '../../room/waitForRoom';
import { openRoom } from './bbbRoom';

/** A pack any page satisfies: its rows are every div. */
const greedy = (origin: string) => createTaughtAdapter({ ...emptyPack(origin), roles: { participantRow: 'div', chatMessage: 'p' } });

/** BigBlueButton's page shell (its client's main.html: #app role=document, audio#remote-media) with a loading spinner. */
const LOADING = `<div id="app" role="document"><div class="loading"><div class="spinner">${'<div></div>'.repeat(16)}</div><p>Chargement…</p></div></div>
  <audio id="remote-media" autoplay></audio>`;

function page(url: string, body: string, title = 'BigBlueButton'): Document {
  return new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url }).window.document;
}

describe('a pack never takes a page a built-in adapter reads', () => {
  it.each([
    ['under the client path', 'https://visio.example.fr/html5client/join?sessionToken=tok123'],
    ['behind a custom path, by the client page shell', 'https://classes.example.fr/salle/maths?sessionToken=tok123'],
  ])('a BigBlueButton room still on its loading screen (%s) is nobody’s yet, then BigBlueButton’s', async (_, url) => {
    const doc = page(url, LOADING);
    const adapters = [...ADAPTERS, greedy(new URL(url).origin)];
    expect(detectRoom(doc, new URL(url), adapters)).toBeNull();
    // The room loads: BigBlueButton's adapter recognises it, the pack is not used.
    const room = await openRoom('3.0', 'fr');
    doc.title = room.doc.title;
    doc.body.innerHTML = room.doc.body.innerHTML;
    expect(detectRoom(doc, new URL(url), adapters)?.adapter.id).toBe('bigbluebutton');
  });

  it('while a pack reads a page, the built-in adapters keep looking and take over when one recognises it', async () => {
    const url = 'https://classes.example.fr/salle/maths';
    const doc = page(url, '<div class="room"><div>Marie</div><p>Bonjour</p></div>', 'Salle de maths');
    const adapters = [...ADAPTERS, greedy(new URL(url).origin)];
    expect(detectRoom(doc, new URL(url), adapters)?.adapter.id).toBe('generic');
    const controller = new AbortController();
    const handedOver = new Promise<string>((resolve) => handOverToBuiltIn(doc, () => new URL(url), controller.signal, (found) => resolve(found.adapter.id)));
    const room = await openRoom('2.7', 'fr');
    doc.title = room.doc.title;
    doc.body.innerHTML = room.doc.body.innerHTML;
    await expect(handedOver).resolves.toBe('bigbluebutton');
    controller.abort();
  });
});
