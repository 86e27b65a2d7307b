// 4.0 is recognised on its pages only, and 2.6 / 2.7 / 3.0 on theirs: the two detectors never
// both claim a page, and the adapter registered for BigBlueButton tells them apart.
import { detectBbb } from '../../platforms/bigbluebutton/detect';
import { detectBbb40 } from '../../platforms/bigbluebutton/v40/detect';
import { FIXTURES as FIXTURES_2X_30 } from '../../platforms/bigbluebutton/selectors';
import { FIXTURES_40 } from '../../platforms/bigbluebutton/v40/selectors';
import { detectRoom } from '../../platforms/registry';
import { digest } from '../../platforms/dom/text';
import { loadFixture } from './bbbFixtures';
import { loadFixture40 } from './bbb40Fixtures';
import { ROOM_URL } from './bbbRoom';

const url = new URL(ROOM_URL);

test.each(FIXTURES_40)('%s: 4.0, not 2.x or 3.0', (fixture) => {
  const doc = loadFixture40(fixture);
  expect(detectBbb(doc, url)).toBeNull();
  const meeting = fixture.endsWith('.fr') ? 'Mathématiques 4e B' : 'Maths Year 9';
  expect(detectBbb40(doc, url)).toEqual({
    platform: 'bigbluebutton',
    version: '4.0',
    // The chat is open on join: nothing on the page says moderator until the participants open.
    isModerator: fixture.includes('participants'),
    roomKey: `bbb|https://visio.example.fr|${meeting}|t:${digest('tok123')}`,
    roomTitle: meeting,
  });
  expect(detectRoom(doc, url)?.detection.version).toBe('4.0');
});

test.each(FIXTURES_2X_30)('%s: not 4.0', async (fixture) => {
  const { doc } = await loadFixture(fixture);
  expect(detectBbb40(doc, url)).toBeNull();
  expect(detectRoom(doc, url)?.detection.version).toBe(fixture.split('/')[0]);
});
