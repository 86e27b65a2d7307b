import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchBrowser, tabIdOf } from '../../demo/browser.mjs';
import { startDemoServer } from '../../demo/server.mjs';

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
   * Opens a demo room page (query options of demo/room/README.md) and waits for the overlay.
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

/**
 * The text of Moderato's overlay. Its shadow root is closed (the room page's scripts cannot reach
 * it), so the test reads it through the DevTools protocol, which sees closed roots.
 */
export async function overlayText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findNode(root, (node) => node.localName === 'moderato-overlay');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return '';
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      // The styles sit in the root's head: read the body only.
      functionDeclaration: "function () { return (this.querySelector('body') ?? this).textContent; }",
      returnByValue: true,
    });
    return String(result.value ?? '');
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  localName?: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findNode(node: CdpNode, match: (node: CdpNode) => boolean): CdpNode | undefined {
  if (match(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
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

/** Whether the page holds Moderato's overlay host at all. */
export async function hasOverlay(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('moderato-overlay') !== null);
}

export { expect };
