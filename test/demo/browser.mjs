// Launching Chromium with the built extension: shared by `npm start`, the e2e tests and the bench.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { DEMO_DIR } from './build.mjs';
import { provisionChromium } from './provision.mjs';

/** The demo build (npm run build:demo): the store build with the demo room in its manifest. */
export const EXTENSION_DIR = DEMO_DIR;

/** Flags that keep Chromium from reaching the network on its own and from nagging. */
const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu',
  '--disable-quic',
  '--metrics-recording-only',
];

/**
 * A persistent Chromium profile with the unpacked extension loaded (extensions need one).
 * Pass `extension: false` for the same browser without Moderato (the benchmark's baseline), and
 * `userDataDir` to reopen a profile.
 * @param {{ headless?: boolean, extension?: boolean, userDataDir?: string, args?: string[] }} [options]
 */
export async function launchBrowser({ headless = true, extension = true, userDataDir, args = [] } = {}) {
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}). Run "npm run build:demo" first.`);
  }
  const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'moderato-profile-'));
  const extensionArgs = extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: provisionChromium(),
    headless,
    args: [...QUIET_FLAGS, ...extensionArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ...args],
    viewport: headless ? { width: 1366, height: 800 } : null,
    locale: 'fr-FR',
  });
  return { context, profile };
}

/** The extension's id, read from its service worker's URL. */
export async function extensionIdOf(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/**
 * The side panel, opened as a page and bound to a room tab (automation cannot open the real one).
 * `newPage`: where to open it (a new tab by default).
 */
export async function openSidePanel(context, extensionId, roomTabId, newPage = () => context.newPage()) {
  const panel = await newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${roomTabId}`);
  return panel;
}

/**
 * The Chrome tab id of a page, as the extension sees it: the active tab of the page's window once
 * the page is brought to the front. The window comes from CDP, whose window ids are the
 * extension API's, so it holds when the page has a window of its own.
 */
export async function tabIdOf(context, extensionId, page) {
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  const { windowId } = await cdp.send('Browser.getWindowForTarget').finally(() => cdp.detach());
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId));
  return worker.evaluate(async (windowId) => {
    const [active] = await chrome.tabs.query({ active: true, windowId });
    return active?.id ?? null;
  }, windowId);
}
