// `npm start`: build Moderato (its demo build), serve the demo room, open it in Chromium with the extension.
// Without a display (a server, CI) it runs headless for a minute of simulated class activity
// and saves screenshots of the room with its overlay and of the side panel.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionIdOf, launchBrowser, openSidePanel, tabIdOf } from './browser.mjs';
import { buildDemo } from './build.mjs';
import { startDemoServer } from './server.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const headlessSeconds = Number(process.env.MODERATO_DEMO_SECONDS ?? 60);
// `npm start -- --bbb 4.0` (or MODERATO_DEMO_BBB=4.0) opens another version of the room.
const bbbArg = process.argv.includes('--bbb') ? process.argv[process.argv.indexOf('--bbb') + 1] : process.env.MODERATO_DEMO_BBB;
const roomPath = `/html5client?sessionToken=demo-moderator${bbbArg ? `&bbb=${encodeURIComponent(bbbArg)}` : ''}`;

function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function serve() {
  const wanted = Number(process.env.PORT ?? 5173);
  try {
    return await startDemoServer({ port: wanted });
  } catch {
    return startDemoServer({ port: 0 });
  }
}

async function runWithWindow(server) {
  const { context } = await launchBrowser({ headless: false });
  const room = context.pages()[0] ?? (await context.newPage());
  await room.goto(`${server.url}${roomPath}`);
  console.log(`\nDemo room: ${server.url}${roomPath}`);
  console.log('Click the Moderato icon in the toolbar (puzzle menu) to open the side panel.');
  console.log('Close the browser window to stop.\n');
  await new Promise((done) => context.on('close', done));
}

async function runHeadless(server) {
  console.log(`No display found (DISPLAY is not set): running headless for ${headlessSeconds} s of simulated class activity.`);
  const { context } = await launchBrowser({ headless: true });
  const extensionId = await extensionIdOf(context);
  const room = await context.newPage();
  await room.goto(`${server.url}${roomPath}`);
  const panel = await openSidePanel(context, extensionId, await tabIdOf(context, extensionId, room));
  await room.bringToFront();
  await room.waitForTimeout(headlessSeconds * 1000);

  const outDir = resolve(root, 'demo-output');
  mkdirSync(outDir, { recursive: true });
  const roomShot = resolve(outDir, 'room-with-overlay.png');
  const panelShot = resolve(outDir, 'side-panel.png');
  await room.screenshot({ path: roomShot });
  await panel.setViewportSize({ width: 400, height: 800 });
  // The panel skips rendering what is out of view (content-visibility); a whole-page picture
  // needs all of it drawn at once.
  await panel.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await panel.screenshot({ path: panelShot, fullPage: true });
  await context.close();
  console.log(`Room with the overlay: ${roomShot}`);
  console.log(`Side panel:            ${panelShot}`);
}

console.log('Building Moderato…');
try {
  buildDemo();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const server = await serve();
try {
  if (hasDisplay()) await runWithWindow(server);
  else await runHeadless(server);
} finally {
  await server.close();
}
