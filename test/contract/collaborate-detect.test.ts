// Collaborate detection: positive on its fixtures, negative on BBB rooms and ordinary pages, and
// BBB detection stays negative on Collaborate pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { detectBbb } from '../../platforms/bigbluebutton';
import { detectCollaborate } from '../../platforms/collaborate';
import { FIXTURES } from '../../platforms/collaborate/selectors';
import { digest } from '../../platforms/dom/text';
import { detectRoom } from '../../platforms/registry';
import { loadFixture, ROOM_URL } from '../fixtures/collaborate/load';

const roomUrl = new URL(ROOM_URL);
const elsewhere = new URL('https://lms.example.fr/course/view.php?id=4');

function page(html: string, title = ''): Document {
  return new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${html}</body></html>`).window.document;
}

function bbbFixtures(dir = join(__dirname, '..', 'fixtures', 'bbb')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? bbbFixtures(path) : name.endsWith('.html') ? [path] : [];
  });
}

describe.each(FIXTURES)('%s', (id) => {
  test('is a Collaborate room, moderated, with its title, version and a key without the join token', () => {
    const { doc } = loadFixture(id);
    const detection = detectCollaborate(doc, roomUrl);
    expect(detection).toEqual({
      platform: 'collaborate',
      version: '21.0.7-localization.0',
      isModerator: true,
      roomTitle: 'Histoire-géo 3e A',
      roomKey: `collaborate|https://eu.bbcollab.com|Histoire-géo 3e A|t:${digest('4f1c2e9a7b3d4e8fa0c1d2e3f4a5b6c7')}`,
    });
    expect(detection!.roomKey).not.toContain('4f1c2e9a');
    expect(detectRoom(doc, roomUrl)?.adapter.id).toBe('collaborate');
  });

  test('BBB detection stays negative', () => {
    expect(detectBbb(loadFixture(id).doc, roomUrl)).toBeNull();
  });

  test('a viewer (no moderator-only control) is not a moderator', () => {
    const { doc } = loadFixture(id);
    for (const item of doc.querySelectorAll('[role="menuitem"]')) item.remove();
    expect(detectCollaborate(doc, roomUrl)?.isModerator).toBe(false);
  });
});

test('the known-selector pages are recognised from the page alone, on any address', () => {
  expect(detectCollaborate(loadFixture('room.fr', elsewhere.href).doc, elsewhere)?.platform).toBe('collaborate');
});

test('the drifted page needs the room address: the page alone is not enough', () => {
  expect(detectCollaborate(loadFixture('room-drifted.en', elsewhere.href).doc, elsewhere)).toBeNull();
  const guest = new URL('https://eu.bbcollab.com/collab/ui/session/guest/0123456789abcdef0123456789abcdef');
  expect(detectCollaborate(loadFixture('room-drifted.en', guest.href).doc, guest)).toBeNull();
});

test.each(bbbFixtures())('BBB fixture %s is not a Collaborate room', (path) => {
  const doc = new JSDOM(readFileSync(path, 'utf8'), { url: 'https://visio.example.fr/html5client/join' }).window.document;
  expect(detectCollaborate(doc, new URL('https://visio.example.fr/html5client/join'))).toBeNull();
  expect(detectRoom(doc, new URL('https://visio.example.fr/html5client/join'))?.adapter.id).toBe('bigbluebutton');
});

describe('ordinary pages', () => {
  const pages: [string, Document][] = [
    ['an empty page', page('')],
    ['an article about Collaborate', page('<h1>Blackboard Collaborate</h1><p>Participants (8) · Chat</p>', 'Cours - Bb Collaborate')],
    ['an AngularJS app with a chat input', page('<div class="ng-scope"><textarea id="message-input"></textarea></div>')],
    ['the host without a room', page('<div class="ng-scope">Loading</div>')],
  ];
  test.each(pages)('%s is not a room, even on a bbcollab.com address', (_, doc) => {
    expect(detectCollaborate(doc, roomUrl)).toBeNull();
    expect(detectRoom(doc, roomUrl)).toBeNull();
  });
});
