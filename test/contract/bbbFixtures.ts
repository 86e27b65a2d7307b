/**
 * The fixture pages of selectors.ts. Saved pages under test/fixtures/bbb/ are used when present;
 * until they exist, the same page is rendered by the demo simulator with the standard class.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { FixtureId } from '../../platforms/bigbluebutton/selectors';
import { openRoom, ROOM_URL, type Locale, type Version } from './bbbRoom';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'bbb');

export function fixtureFile(id: FixtureId): string {
  return join(FIXTURE_DIR, `${id}.html`);
}

export async function loadFixture(id: FixtureId): Promise<{ doc: Document; saved: boolean }> {
  if (existsSync(fixtureFile(id))) {
    const dom = new JSDOM(readFileSync(fixtureFile(id), 'utf8'), { url: ROOM_URL });
    return { doc: dom.window.document, saved: true };
  }
  const [version, file] = id.split('/') as [Version, string];
  const locale = file.split('.')[1] as Locale;
  const room = await openRoom(version, locale, { drift: file.includes('drifted'), handsList: file.includes('hands-panel') ? 'panel' : 'toast' });
  // A lively moment: two hands up, one person talking, a short conversation.
  room.model.raiseHand(room.ids.bob!);
  room.model.raiseHand(room.ids.alice!);
  room.model.setTalking(room.ids.chloe!, true);
  room.model.postChat(room.ids.alice!, 'Bonjour');
  room.model.postChat(room.ids.alice!, 'Une question ?');
  room.model.postChat(room.ids.chloe!, 'Moi aussi');
  await room.settle();
  return { doc: room.doc, saved: false };
}
