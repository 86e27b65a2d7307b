import { test as base, expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { extensionIdOf, launchBrowser, tabIdOf } from '../demo/browser.mjs';
import { startDemoServer } from '../demo/server.mjs';

interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export interface Moderato {
  context: BrowserContext;
  extensionId: string;
  /** The profile folder, to reopen the same profile after closing the browser. */
  profile: string;
  /**
   * Opens a demo room page (query options of test/demo/room/README.md) and waits for the overlay.
   * `path` '/join' gives the 2.x join URL shape.
   */
  openRoom(query?: string, path?: '' | '/join'): Promise<Page>;
  /**
   * Opens the side panel as a tab, bound to the given room page's tab. With `fakeClock`, the
   * panel's time is Playwright's clock (`panel.clock.fastForward`): commands it sends are stamped
   * with that time, so an agenda can be run through in seconds.
   */
  openPanel(room: Page, options?: { fakeClock?: boolean }): Promise<Page>;
}

export const test = base.extend<{ moderato: Moderato; consoleErrors: string[] }, { server: DemoServer }>({
  server: [
    async ({}, use) => {
      const server = await startDemoServer({ port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  moderato: async ({ server, consoleErrors }, use) => {
    const { context, profile } = await launchBrowser({ headless: true });
    const extensionId = await extensionIdOf(context);
    // A room tab's id, read once (asking a stopped service worker later would fail).
    const tabIds = new Map<Page, number>();
    const moderato: Moderato = {
      context,
      extensionId,
      profile,
      async openRoom(query = 'sim=off', path = '') {
        const page = await context.newPage();
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => consoleErrors.push(error.message));
        await page.goto(`${server.url}/html5client${path}?sessionToken=e2e&${query}`);
        await expect.poll(() => overlayText(page)).toContain('Moderato');
        tabIds.set(page, await tabIdOf(context, extensionId, page));
        return page;
      },
      async openPanel(room, options = {}) {
        const tabId = tabIds.get(room) ?? (await tabIdOf(context, extensionId, room));
        const panel = await context.newPage();
        if (options.fakeClock) await panel.clock.install();
        await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
        await room.bringToFront();
        return panel;
      },
    };
    await use(moderato);
    await context.close();
  },
});

/** The overlay's frame on a room page: an extension page (its URL changes every session). */
export function overlayFrame(page: Page): Frame | undefined {
  return page.frames().find((frame) => frame.url().startsWith('chrome-extension://') && new URL(frame.url()).pathname === '/overlay.html');
}

/** The text of Moderato's overlay, read inside its frame ('' while there is none). */
export async function overlayText(page: Page): Promise<string> {
  const frame = overlayFrame(page);
  if (!frame) return '';
  return frame.evaluate(() => document.body.textContent ?? '').catch(() => '');
}

/** Stops every service worker, as the browser does when one is idle: its memory is gone. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/** Every record of one of Moderato's IndexedDB stores, read by the panel (it runs in the extension's origin). */
export async function storedRecords<T>(panel: Page, store: 'sessions' | 'events'): Promise<T[]> {
  return panel.evaluate(async (store) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('moderato');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    } finally {
      db.close();
    }
  }, store);
}

/** The stored log: every session's events, in the store's order. */
export async function storedLog(panel: Page): Promise<StoredEvent[]> {
  return (await storedRecords<{ event: StoredEvent }>(panel, 'events')).map((entry) => entry.event);
}

/** What the e2e specs look at in a stored event. */
export interface StoredEvent {
  type: string;
  at: number;
  id?: string;
  participant?: { id: string; name: string };
  message?: { id: string };
}

/** Whether the page holds Moderato's overlay host at all. */
export async function hasOverlay(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('moderato-overlay') !== null);
}

export { expect };
