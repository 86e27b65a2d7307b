// `npm run screenshots`: the README's pictures, taken from the demo build on the demo room after
// a little simulated class activity: the room with the overlay, and the side panel's three views
// at a side panel's size. Writes docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extensionIdOf, launchBrowser, openSidePanel, tabIdOf } from './browser.mjs';
import { startDemoServer } from './server.mjs';

const OUT_DIR = resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const PANEL_SIZE = { width: 360, height: 860 };
/** Long enough for people to join, hands to go up and the chat to fill. */
const ACTIVITY_MS = Number(process.env.SCREENSHOT_ACTIVITY_SECONDS ?? 20) * 1000;
/** The panel's views, found by their tab's accessible name (French, as the browser runs in fr-FR). */
const VIEWS = [
  { file: 'panel-prepare.png', tab: /Préparer|Prepare/ },
  { file: 'panel-run.png', tab: /Animer|Run/ },
  { file: 'panel-review.png', tab: /Bilan|Review/ },
];

const server = await startDemoServer({ port: 0 });
const { context } = await launchBrowser({ headless: true });
try {
  mkdirSync(OUT_DIR, { recursive: true });
  const extensionId = await extensionIdOf(context);
  const room = await context.newPage();
  // A fixed seed, so the same build gives the same class; persist=0 starts it afresh.
  await room.goto(`${server.url}/html5client?sessionToken=demo-moderator&seed=7&persist=0`);
  await room.waitForFunction(() => document.querySelector('moderato-overlay') !== null, null, { timeout: 20_000 });
  const panel = await openSidePanel(context, extensionId, await tabIdOf(context, extensionId, room));
  await panel.setViewportSize(PANEL_SIZE);
  await room.bringToFront();
  await room.waitForTimeout(ACTIVITY_MS);

  await room.screenshot({ path: join(OUT_DIR, 'room-with-overlay.png') });
  for (const view of VIEWS) {
    await panel.getByRole('tab', { name: view.tab }).click();
    await panel.getByRole('tabpanel').waitFor();
    await panel.screenshot({ path: join(OUT_DIR, view.file) });
  }
  console.log(`Screenshots in ${OUT_DIR}`);
} finally {
  await context.close();
  await server.close();
}
