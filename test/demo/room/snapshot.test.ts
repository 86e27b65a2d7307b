// @vitest-environment node
// The fixture pages are the renderer's output for the seeded room: regenerating them must give
// the same bytes. After a deliberate renderer change: npx vitest run test/demo/room/snapshot.test.ts -u
import { resolve } from 'node:path';
import { FIXTURE_SPECS } from './fixture-facts';
import { renderFixture } from './snapshot';

const fixturesDir = resolve(import.meta.dirname, '../../fixtures/bbb');

describe('fixture pages are up to date with the renderer', () => {
  for (const spec of FIXTURE_SPECS) {
    it(spec.file, async () => {
      await expect(renderFixture(spec)).toMatchFileSnapshot(resolve(fixturesDir, spec.file));
    });
  }
});
