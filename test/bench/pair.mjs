// Two copies of the same demo room, side by side in one browser, with Moderato on one of them.
//
// Both rooms run the same seeded load at the same time, on the same machine, next to the same
// Moderato processes: what the machine does to one it does to the other. That is a fairer
// comparison than two browsers one after the other, whose baseline drifts by several percent
// between runs on a shared machine. The rooms are served from two loopback addresses, and the
// extension's content script is told to match one of them only (a copy of the build with its
// manifest's `matches` rewritten). Which address gets Moderato alternates from round to round:
// a lasting difference between the two pages (with Moderato on neither, the one on 127.0.0.1
// cost 6 % more on average here) then cancels out in the mean of the rounds.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { extensionIdOf, launchBrowser, openSidePanel, tabIdOf } from '../demo/browser.mjs';
import { startDemoServer } from '../demo/server.mjs';

/** The two rooms' addresses (all of 127.0.0.0/8 is loopback on Linux). The build matches the first. */
export const ROOM_HOSTS = ['127.0.0.1', '127.0.0.2'];
const BUILT_FOR = 'http://127.0.0.1/';
const CONTROL_HOST = '127.0.0.9';

/**
 * A room of the benchmark: the simulator idle until the load starts, and `persist=0`, or the demo
 * would save the whole room to localStorage after every change (work no real client does).
 */
export const benchRoomUrl = (server, seed, room = '3.0') =>
  `${server.url}/html5client?sessionToken=bench&sim=off&persist=0&seed=${seed}${room === '3.0' ? '' : `&bbb=${room}${ROOM_QUERY[room] ?? ''}`}`;

/**
 * The room versions the benchmark runs: 3.0 (the light DOM renderer) and 4.0 (React, as the real
 * client). 4.0 shows one side panel: the participants, where hands are, are opened; its chat is then
 * not in the page (its markers are not counted, see latency.mjs).
 */
export const BENCH_ROOMS = ['3.0', '4.0'];
const ROOM_QUERY = { '4.0': '&panel=users' };
/** Marker kinds a room version does not show with the bench's panel open. */
export const HIDDEN_MARKERS = { '3.0': [], '4.0': ['msg'] };

export async function startRoomServers() {
  return Promise.all(ROOM_HOSTS.map((host) => startDemoServer({ port: 0, host })));
}

/**
 * One copy of the build per room address, its content script matching that address only.
 * `control`: both copies match an address no room is served from, so neither room has Moderato:
 * what the comparison then reads is the benchmark's own error.
 */
export function extensionCopies(sourceDir, { control = false } = {}) {
  return ROOM_HOSTS.map((roomHost) => {
    const host = control ? CONTROL_HOST : roomHost;
    const dir = mkdtempSync(join(os.tmpdir(), 'moderato-bench-ext-'));
    cpSync(sourceDir, dir, { recursive: true });
    const file = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const script of manifest.content_scripts ?? []) {
      script.matches = script.matches.map((pattern) => pattern.replace(BUILT_FOR, `http://${host}/`));
    }
    writeFileSync(file, JSON.stringify(manifest));
    return dir;
  });
}

/**
 * A page in a window of its own: the front tab of its window, it renders every frame, as a
 * moderator's room does. Tabs of one window behind its front tab are not drawn (a few frames a
 * second, layouts only when a script forces one) although Playwright reports them `visible`.
 */
export async function pageInOwnWindow(context) {
  const opener = await context.newCDPSession(context.pages()[0]);
  try {
    const created = context.waitForEvent('page');
    await opener.send('Target.createTarget', { url: 'about:blank', newWindow: true });
    return await created;
  } finally {
    await opener.detach();
  }
}

/**
 * Animation frames the page rendered over one second: about 60 when it is drawn, a few when not.
 * The count stops with the second: a frame requested for ever would make the page draw 60 times a
 * second for the rest of the round, work no room does when nothing changes.
 */
export function framesPerSecond(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let frames = 0;
        let counting = true;
        const countFrame = () => {
          if (!counting) return;
          frames += 1;
          requestAnimationFrame(countFrame);
        };
        requestAnimationFrame(countFrame);
        setTimeout(() => {
          counting = false;
          resolve(frames);
        }, 1000);
      }),
  );
}

export function removeCopies(dirs) {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}

/**
 * One browser with Moderato, two rooms (always opened in the order of ROOM_HOSTS), and the side
 * panel bound to the room Moderato is on. `moderatoOn`: index in ROOM_HOSTS. `control` (with the
 * control copies): no room has Moderato and no panel is opened; `room` is the one it would be on.
 * `drawn` (the default): each page in a window of its own, drawn every frame; false: all in one
 * window, the side panel opened last in front of both rooms, which are then not drawn (a room in
 * a background tab, the benchmark's setting until 2026-12-03). `room`: the room version (BENCH_ROOMS).
 */
export async function openPair({ moderatoOn, servers, extensionDirs, seed, control = false, drawn = true, room: version = '3.0' }) {
  const dir = extensionDirs[moderatoOn];
  const { context, profile } = await launchBrowser({ headless: true, extension: false, args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] });
  const newPage = () => (drawn ? pageInOwnWindow(context) : context.newPage());
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const extensionId = await extensionIdOf(context);
    const pages = [];
    for (const server of servers) {
      const page = await newPage();
      await page.goto(benchRoomUrl(server, seed, version));
      await page.waitForFunction(() => Boolean(window.bbbSim));
      pages.push(page);
    }
    const room = pages[moderatoOn];
    const plain = pages[1 - moderatoOn];
    if (control) {
      const anywhere = await Promise.all(pages.map((page) => page.evaluate(() => document.querySelector('moderato-overlay') !== null)));
      if (anywhere.some(Boolean)) throw new Error('the control run found Moderato on a room');
      // A page opened as the side panel is otherwise: as many drawn pages, the same one in front.
      await newPage();
      return { context, profile, extensionId, room, plain, panel: null, moderatoHost: null, framesPerSecond: null, close };
    }
    await room.waitForFunction(() => document.querySelector('moderato-overlay') !== null, null, { timeout: 20_000 });
    if (await plain.evaluate(() => document.querySelector('moderato-overlay') !== null)) {
      throw new Error(`Moderato also runs on ${plain.url()}: the pair would compare Moderato with itself`);
    }
    const tabId = await tabIdOf(context, extensionId, room);
    // Drawn too, as a real side panel is beside the room (automation cannot open the real one).
    const panel = await openSidePanel(context, extensionId, tabId, newPage);
    await panel.getByTestId('participant-count').waitFor({ timeout: 20_000 });
    // Measured together: each page is drawn whatever the others do.
    const [roomFrames, plainFrames, panelFrames] = await Promise.all([room, plain, panel].map(framesPerSecond));
    return {
      context, profile, extensionId, room, plain, panel,
      moderatoHost: ROOM_HOSTS[moderatoOn],
      framesPerSecond: { room: roomFrames, plain: plainFrames, panel: panelFrames },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
