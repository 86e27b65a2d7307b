import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { DEMO_DIR, DEMO_ROOM_MATCHES, STORE_DIR } from '../demo/build.mjs';

// The build users install must grant nothing on this machine's own services; only the demo build
// (npm start, these tests, the benchmark) knows the demo room. `npm run test:e2e` made both.
const manifestOf = (dir: string) => readFileSync(join(dir, 'manifest.json'), 'utf8');

test('the store build names no loopback origin anywhere in its manifest', () => {
  const manifest = manifestOf(STORE_DIR);
  expect(manifest).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]/);
  expect(JSON.parse(manifest).content_scripts ?? []).toEqual([]);
});

test('the demo build is the store build plus the demo room script, nothing else', () => {
  const { content_scripts: _storeScripts, ...storeRest } = JSON.parse(manifestOf(STORE_DIR));
  const { content_scripts: demoScripts, ...demoRest } = JSON.parse(manifestOf(DEMO_DIR));
  expect(demoRest).toEqual(storeRest);
  expect(demoScripts).toEqual([expect.objectContaining({ matches: DEMO_ROOM_MATCHES })]);
});
