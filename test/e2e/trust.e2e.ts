import { test, expect, overlayFrame, overlayText, hasOverlay } from './fixtures';
import { HOSTILE_MESSAGES, HOSTILE_NAMES } from '../corpus/hostile';

test.describe('trust', () => {
  test('hostile names and messages render as text everywhere, run nothing and keep the layout', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await room.evaluate(
      async ({ names, messages }) => {
        for (const name of names) window.bbbSim.join({ name });
        for (const [i, text] of messages.entries()) {
          window.bbbSim.chat({ from: names[i % names.length]!, text });
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        for (const name of names.slice(0, 5)) window.bbbSim.raiseHand(name);
      },
      { names: [...HOSTILE_NAMES], messages: [...HOSTILE_MESSAGES] },
    );
    await expect(panel.getByTestId('participant-count')).toHaveText(String(HOSTILE_NAMES.length + 1));
    await expect(panel.getByTestId('chat-total')).toHaveText(String(HOSTILE_MESSAGES.length));

    // Shown literally, as typed.
    await expect(panel.getByTestId('participants')).toContainText('<img src=x onerror="window.__moderatoPwned=1">');
    await expect(panel.getByTestId('chat')).toContainText('</li></ol><h1>Faux titre</h1>');
    await overlayFrame(room)!.getByTestId('overlay-chat-toggle').click();
    await expect.poll(() => overlayText(room)).toContain('Pourquoi très');

    // Nothing ran, nothing was injected into the panel.
    expect(await panel.evaluate(() => (window as { __moderatoPwned?: number }).__moderatoPwned)).toBeUndefined();
    expect(await room.evaluate(() => (window as { __moderatoPwned?: number }).__moderatoPwned)).toBeUndefined();
    expect(await panel.locator('img, script:not([src]), iframe, svg:not(.icon-svg), h1:has-text("Faux titre")').count()).toBe(0);

    // A 10,000-character name does not push the panel wider than its window.
    await panel.setViewportSize({ width: 400, height: 800 });
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  test('the extension makes no network request during a whole session', async ({ moderato, server }) => {
    const offending: string[] = [];
    const extensionOrigin = `chrome-extension://${moderato.extensionId}`;
    moderato.context.on('request', (request) => {
      const url = request.url();
      // Files of the installed extension, including the overlay's frame page under its
      // per-session URL (use_dynamic_url), are read from disk: not the network.
      if (['chrome-extension:', 'data:', 'blob:'].some((local) => url.startsWith(local))) return;
      const fromWorker = request.serviceWorker() !== null;
      const fromExtensionPage = request.frame()?.url().startsWith(extensionOrigin) ?? false;
      const fromRoomButNotItsServer = !url.startsWith(server.url);
      if (fromWorker || fromExtensionPage || fromRoomButNotItsServer) offending.push(url);
    });

    const room = await moderato.openRoom('sim=class&seed=7');
    const panel = await moderato.openPanel(room);
    await expect.poll(async () => Number(await panel.getByTestId('participant-count').textContent()), { timeout: 20_000 }).toBeGreaterThan(10);
    await panel.getByTestId('agenda-edit').click();
    await panel.getByTestId('agenda-draft-title').fill('Cours');
    await panel.getByTestId('agenda-draft-minutes').fill('45');
    await panel.getByTestId('agenda-save').click();
    await panel.getByTestId('agenda-start').click();
    await room.waitForTimeout(3000);
    await room.reload();
    await expect.poll(() => overlayText(room)).toContain('Moderato');
    for (const tab of ['Préparer', 'Bilan', 'Réglages', 'Animer']) {
      await panel.getByRole('tab', { name: tab }).click();
      await panel.waitForTimeout(300);
    }
    await room.waitForTimeout(2000);
    expect(offending).toEqual([]);
  });
});

test('after the extension is updated under an open room, the old overlay steps aside without an error', async ({ moderato, consoleErrors }) => {
  const room = await moderato.openRoom('sim=off');
  expect(await hasOverlay(room)).toBe(true);
  // An update (or reload) of the extension invalidates the content script already in the page.
  await moderato.context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
  await room.waitForTimeout(1000);
  await room.evaluate(() => window.bbbSim.join({ name: 'Après la mise à jour' }));
  await expect.poll(() => hasOverlay(room), { timeout: 10_000 }).toBe(false);
  await room.waitForTimeout(500);
  expect(consoleErrors).toEqual([]);
});

test('a room page whose security policy forbids frames still shows the overlay', async ({ moderato, server }) => {
  await moderato.context.route(/\/html5client\?/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "frame-src 'none'; child-src 'none'" } });
  });
  const room = await moderato.openRoom('sim=off');
  // The policy is in force: the page may not frame even its own pages…
  const blocked = await room.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
        const frame = document.createElement('iframe');
        frame.src = url;
        document.body.append(frame);
      }),
    `${server.url}/not-a-room.html`,
  );
  expect(blocked).toBe('frame-src');
  // …while the overlay's frame, an extension page, is not subject to it.
  await room.evaluate(() => window.bbbSim.join({ name: 'Sous politique stricte' }));
  await expect.poll(() => overlayText(room)).toContain('Participants : 2');
});
