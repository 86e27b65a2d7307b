/**
 * The BBB fixture pages of selectors.ts: static pages that test/demo/room/snapshot.ts generates
 * from the demo room's seeded model, each version's markup following BBB's client source (see
 * docs/platforms/bbb.md), not pages saved from a live room.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { FixtureId } from '../../platforms/bigbluebutton/selectors';
import { ROOM_URL } from './bbbRoom';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'bbb');

function fixtureFile(id: FixtureId): string {
  return join(FIXTURE_DIR, `${id}.html`);
}

export function loadFixture(id: FixtureId): { doc: Document } {
  const dom = new JSDOM(readFileSync(fixtureFile(id), 'utf8'), { url: ROOM_URL });
  return { doc: dom.window.document };
}
