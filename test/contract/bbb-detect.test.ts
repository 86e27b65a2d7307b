import { JSDOM } from 'jsdom';
import { bbbVersion, detectBbb, isBbb2, isBbb26, isBbb27, isBbb3, isModerator, meetingNameFromTitle } from '../../platforms/bigbluebutton/detect';
import { detectRoom } from '../../platforms/registry';
import { digest } from '../../platforms/dom/text';
import { CASES, openRoom, ROOM_URL } from './bbbRoom';

const url = new URL(ROOM_URL);

function page(html: string, title = ''): Document {
  const doc = new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${html}</body></html>`, { url: ROOM_URL }).window.document;
  return doc;
}

describe('BBB detection on every version and language', () => {
  test.each(CASES)('%s %s: version, moderator, room key and title', async (version, locale) => {
    const room = await openRoom(version, locale);
    const detection = detectBbb(room.doc, url);
    expect(detection).toEqual({
      platform: 'bigbluebutton',
      version,
      isModerator: true,
      roomKey: `bbb|https://visio.example.fr|Classe de 4e B|t:${digest('tok123')}`,
      roomTitle: 'Classe de 4e B',
    });
    // The join token is a secret: the stored key carries only its digest.
    expect(detection?.roomKey).not.toContain('tok123');
    expect(detectRoom(room.doc, url)?.detection.version).toBe(version);
  });

  test.each(CASES)('%s %s: each version predicate holds only for its own family', async (version, locale) => {
    const { doc } = await openRoom(version, locale);
    expect(isBbb3(doc)).toBe(version === '3.0');
    expect(isBbb2(doc)).toBe(version !== '3.0');
    if (version !== '3.0') {
      expect(isBbb27(doc)).toBe(version === '2.7');
      expect(isBbb26(doc)).toBe(version === '2.6');
    }
  });

  test.each(CASES)('%s %s: a viewer is not a moderator', async (version, locale) => {
    const room = await openRoom(version, locale, {
      people: [
        { key: 'teacher', name: 'Mme Durand', role: 'moderator', presenter: true },
        { key: 'me', name: 'Léa', role: 'viewer', you: true },
      ],
    });
    // BBB renders the gear for moderators only; the simulator always does (noted in the report).
    room.doc.querySelector('[data-test="manageUsers"]')?.remove();
    expect(isModerator(room.doc)).toBe(false);
    expect(detectBbb(room.doc, url)?.isModerator).toBe(false);
  });

  test('a drifted 3.0 page is still recognised (health then reports what drifted)', async () => {
    const room = await openRoom('3.0', 'fr', { drift: true });
    expect(bbbVersion(room.doc)).toBe('3.0');
  });
});

describe('BBB detection on other pages', () => {
  const ordinary: [string, Document][] = [
    ['an empty page', page('')],
    ['an article about BigBlueButton', page('<h1>BigBlueButton</h1><p>BigBlueButton est un outil de classe virtuelle. Utilisateurs (6)</p>', 'BigBlueButton - Classe')],
    ['a page with a chat widget', page('<div id="chat-list"><div data-test="chatMessageItem">hi</div></div>')],
    ['a form with a message box', page('<textarea id="message-input"></textarea><button data-test="sendMessageButton">Send</button>')],
    ['the BBB loading screen (panel without list)', page('<div data-test="userListContent"></div>', 'BigBlueButton - Classe')],
  ];
  test.each(ordinary)('%s is not a room', (_, doc) => {
    expect(detectBbb(doc, new URL('https://example.org/html5client/join'))).toBeNull();
    expect(detectRoom(doc, new URL('https://example.org/'))).toBeNull();
  });

  test('the host plays no part: a room on any domain is detected, a BBB-looking URL alone is not', async () => {
    const room = await openRoom('3.0', 'fr');
    expect(detectBbb(room.doc, new URL('https://anything.example/some/path'))?.version).toBe('3.0');
    expect(detectBbb(page(''), new URL('https://bbb.example.org/html5client/join?sessionToken=x'))).toBeNull();
  });
});

test('meeting name from the page title', () => {
  expect(meetingNameFromTitle('BigBlueButton - Classe de 4e B')).toBe('Classe de 4e B');
  expect(meetingNameFromTitle('Ma plateforme - Maths - groupe 2')).toBe('Maths - groupe 2');
  expect(meetingNameFromTitle('Classe seule')).toBe('Classe seule');
});
