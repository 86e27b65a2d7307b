import { isPanelPage, roomOriginOf, roomTabOf } from './senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('who may talk to the hub', () => {
  it('takes a room Port only from our content script in a top frame of a tab', () => {
    expect(roomTabOf({ id: ID, tab: { id: 12 }, frameId: 0, url: 'https://bbb.lycee.fr/html5client' }, ID)).toBe(12);
    expect(roomTabOf({ id: 'another-extension', tab: { id: 12 }, frameId: 0 }, ID)).toBeNull();
    expect(roomTabOf({ id: ID, tab: { id: 12 }, frameId: 3 }, ID)).toBeNull();
    // A sender that does not say its frame is not taken for a top frame.
    expect(roomTabOf({ id: ID, tab: { id: 12 }, url: 'https://bbb.lycee.fr/html5client' }, ID)).toBeNull();
    expect(roomTabOf({ id: ID }, ID)).toBeNull();
    expect(roomTabOf(undefined, ID)).toBeNull();
  });

  it('takes a panel Port only from our side panel page', () => {
    expect(isPanelPage({ id: ID, url: `${ORIGIN}sidepanel.html?tabId=4` }, ORIGIN)).toBe(true);
    // The panel opened as a tab of its own.
    expect(isPanelPage({ id: ID, url: `${ORIGIN}sidepanel.html`, tab: { id: 9 }, frameId: 0 }, ORIGIN)).toBe(true);
    expect(isPanelPage({ id: ID, url: 'https://bbb.lycee.fr/html5client', tab: { id: 4 } }, ORIGIN)).toBe(false);
    expect(isPanelPage({ id: ID, url: `chrome-extension://${ID}x/sidepanel.html` }, ORIGIN)).toBe(false);
    expect(isPanelPage({ id: ID }, ORIGIN)).toBe(false);
  });

  it('refuses the overlay page, and any page in a subframe, as a side panel', () => {
    expect(isPanelPage({ id: ID, url: `${ORIGIN}overlay.html#nonce`, tab: { id: 4 }, frameId: 7 }, ORIGIN)).toBe(false);
    expect(isPanelPage({ id: ID, url: `${ORIGIN}overlay.html`, tab: { id: 4 }, frameId: 0 }, ORIGIN)).toBe(false);
    expect(isPanelPage({ id: ID, url: `${ORIGIN}sidepanel.html?tabId=4`, tab: { id: 4 }, frameId: 7 }, ORIGIN)).toBe(false);
  });

  it('gives a pack only to our content script, for the origin of the page it runs in', () => {
    expect(roomOriginOf({ id: ID, tab: { id: 3 }, frameId: 0, origin: 'https://via.exemple.fr', url: 'https://via.exemple.fr/activite/12' }, ID)).toBe('https://via.exemple.fr');
    expect(roomOriginOf({ id: ID, tab: { id: 3 }, frameId: 0, url: 'http://127.0.0.1:5173/via/activite?x=1' }, ID)).toBe('http://127.0.0.1:5173');
    expect(roomOriginOf({ id: ID, tab: { id: 3 }, frameId: 2, url: 'https://via.exemple.fr/' }, ID)).toBeNull();
    expect(roomOriginOf({ id: 'another-extension', tab: { id: 3 }, frameId: 0, url: 'https://via.exemple.fr/' }, ID)).toBeNull();
    expect(roomOriginOf({ id: ID, url: `${ORIGIN}sidepanel.html` }, ID)).toBeNull();
    expect(roomOriginOf({ id: ID, tab: { id: 3 }, frameId: 0, url: 'file:///home/prof/cours.html' }, ID)).toBeNull();
  });
});
