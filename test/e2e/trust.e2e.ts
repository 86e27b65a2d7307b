import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, overlayFrame, overlayText, hasOverlay } from './fixtures';
import { HOSTILE_MESSAGES, HOSTILE_NAMES } from '../corpus/hostile';
import { tabIdOf } from '../demo/browser.mjs';

/** The Via-like room with the room's own "End meeting" and "Leave" controls, counting their clicks, and a working send button. */
async function viaRoomWithEndButton(room: Page) {
  await room.evaluate(() => {
    const w = window as unknown as { ended: number };
    w.ended = 0;
    const bar = document.createElement('header');
    const end = document.createElement('button');
    end.textContent = 'Terminer la réunion';
    const leave = document.createElement('div');
    leave.setAttribute('role', 'button');
    leave.textContent = 'Quitter';
    for (const control of [end, leave]) control.addEventListener('click', () => w.ended++);
    bar.append(end, leave);
    document.body.prepend(bar);
    const box = document.querySelector('textarea')!;
    document.querySelector('.colonne-gauche button')!.addEventListener('click', () => {
      const bubble = document.createElement('div');
      bubble.className = 'bulle';
      bubble.innerHTML = '<b>Moi</b><small>9:10</small><div></div>';
      bubble.querySelector('div')!.textContent = box.value;
      document.querySelector('.fil')!.append(bubble);
      box.value = '';
    });
  });
}

/** Imports a pack file through the panel's "Teach this site" section, accepting it when it is valid. */
async function importPack(panel: Page, file: string, pack: object) {
  await writeFile(file, JSON.stringify(pack));
  await panel.getByRole('tab', { name: 'Réglages' }).click();
  await panel.getByTestId('teach-import-file').setInputFiles(file);
  const review = panel.getByTestId('teach-review');
  await expect(review.or(panel.getByTestId('teach-errors'))).toBeVisible();
  if (!(await review.isVisible())) return;
  const replace = review.getByTestId('teach-review-replace');
  await ((await replace.count()) > 0 ? replace : review.getByTestId('teach-review-save')).click();
  await expect(review).toHaveCount(0);
}

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

  test('the extension makes no network request beyond the room’s own origin during a whole session', async ({ moderato, server }) => {
    const offending: string[] = [];
    const serverRecordReads: string[] = [];
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
      // The one request Moderato makes itself: the server's attendance record, on the room's own
      // origin, a GET carrying the session token and nothing else (as BBB's own dashboard does).
      if (new URL(url).pathname === '/bigbluebutton/api/learningDashboard') {
        serverRecordReads.push(`${request.method()} ${url} ${request.postData() ?? ''}`.trim());
      }
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
    expect(serverRecordReads.length).toBeGreaterThan(0);
    expect(new Set(serverRecordReads)).toEqual(new Set([`GET ${server.url}/bigbluebutton/api/learningDashboard?sessionToken=e2e`]));
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

test('a hostile pack imported through the panel cannot make any action click outside the chat composer', async ({ moderato, server }, testInfo) => {
  const room = await moderato.context.newPage();
  await room.goto(`${server.url}/via/activite`);
  await viaRoomWithEndButton(room);
  const tabId = await tabIdOf(moderato.context, moderato.extensionId, room);
  const panel = await moderato.context.newPage();
  await panel.goto(`chrome-extension://${moderato.extensionId}/sidepanel.html?tabId=${tabId}`);
  const base = { format: 'moderato-selector-pack', version: 1, origin: server.url, createdAt: '2025-03-10T14:00:00.000Z' };
  const reading = { participantRow: '.colonne-droite li', chatMessage: '.bulle', chatSender: 'b', chatText: 'div', chatInput: 'textarea' };

  // A send role that names anything but a send control is refused at import, with the reason.
  for (const chatSend of [':is(body)', 'body *', 'header > :first-child']) {
    await importPack(panel, testInfo.outputPath('hostile-send.json'), { ...base, roles: { ...reading, chatSend } });
    await expect(panel.getByTestId('teach-errors').locator('[data-path="roles.chatSend"]')).toContainText('bouton');
  }

  // "button" passes (it names buttons): posting the welcome message uses the composer's button only.
  await importPack(panel, testInfo.outputPath('any-button.json'), { ...base, roles: { ...reading, chatSend: 'button' } });
  await expect(panel.locator('[data-role="chatSend"]').getByTestId('teach-selector')).toHaveText('button');
  await panel.getByRole('tab', { name: 'Animer' }).click();
  const welcome = panel.getByTestId('checklist-start').locator('[data-step-id="bienvenue"]');
  await welcome.getByRole('button', { name: 'Lancer' }).click();
  await expect(welcome).toHaveAttribute('data-status', 'done', { timeout: 10_000 });
  await expect(room.locator('.fil')).toContainText('bienvenue dans la classe virtuelle');

  // A role=button that only the room's "Leave" matches: nothing is clicked, the step is left to the moderator.
  await importPack(panel, testInfo.outputPath('leave.json'), { ...base, roles: { ...reading, chatSend: 'header [role="button"]' } });
  await expect(panel.locator('[data-role="chatSend"]').getByTestId('teach-selector')).toHaveText('header [role="button"]');
  await panel.getByRole('tab', { name: 'Animer' }).click();
  const rules = panel.getByTestId('checklist-start').locator('[data-step-id="presenter-regles"]');
  await rules.getByRole('button', { name: 'Lancer' }).click();
  await expect(rules).toHaveAttribute('data-status', 'manual');

  expect(await room.evaluate(() => (window as unknown as { ended: number }).ended)).toBe(0);
});

test('a pack cannot freeze the page: the pathological selector is refused at import, a slow one is switched off while the page keeps running', async ({ moderato, server }, testInfo) => {
  const room = await moderato.context.newPage();
  await room.goto(`${server.url}/via/huge`);
  const tabId = await tabIdOf(moderato.context, moderato.extensionId, room);
  const panel = await moderato.context.newPage();
  await panel.goto(`chrome-extension://${moderato.extensionId}/sidepanel.html?tabId=${tabId}`);
  const base = { format: 'moderato-selector-pack', version: 1, origin: server.url, createdAt: '2025-03-10T14:00:00.000Z' };

  await importPack(panel, testInfo.outputPath('freezer.json'), {
    ...base,
    roles: { participantRow: '.colonne-droite li', chatMessage: ':is(p ~ * * ~ * * ~ * *, p * ~ * * ~ *) ~ * *' },
  });
  await expect(panel.getByTestId('teach-errors').locator('[data-path="roles.chatMessage"]')).toContainText('figer la page');

  // The page's own 100 ms timer, as a share of the ticks it should have had (the machine may be busy: compared with itself).
  const rate = async (ms: number) => {
    const [ticks0, t0] = await room.evaluate(() => [(window as unknown as { ticks: number }).ticks, performance.now()] as const);
    await room.waitForTimeout(ms);
    const [ticks1, t1] = await room.evaluate(() => [(window as unknown as { ticks: number }).ticks, performance.now()] as const);
    return (ticks1 - ticks0) / ((t1 - t0) / 100);
  };
  await room.bringToFront();
  const before = await rate(3_000);

  // Grammatical, but it searches the whole page under every element: ~100 ms per query on this page.
  await importPack(panel, testInfo.outputPath('slow.json'), { ...base, roles: { participantRow: '.colonne-droite li', chatMessage: ':has(b * *)' } });
  await panel.getByRole('tab', { name: 'Animer' }).click();
  const chat = panel.getByTestId('health').locator('[data-capability="chat"]');
  await expect(chat).toHaveAttribute('data-reason', 'slow-selector', { timeout: 5_000 });
  await expect(chat).toContainText('sélecteur trop lent sur cette page');
  // Messages keep arriving every 500 ms; the page's timer keeps most of its ticks.
  expect(await rate(5_000)).toBeGreaterThan(0.8 * before);
});

test('the overlay ignores clicks while the room page covers it with something see-through', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off');
  await room.evaluate(() => {
    for (const name of ['Lina Vincent', 'Hugo Roux']) window.bbbSim.join({ name });
    for (const name of ['Lina Vincent', 'Hugo Roux']) window.bbbSim.raiseHand(name);
  });
  await expect.poll(() => overlayText(room)).toContain('Ensuite : Lina Vincent, Hugo Roux');
  const frame = overlayFrame(room)!;

  // A clickjacking layer: invisible to the eye, over the whole page, letting clicks through.
  await room.evaluate(() => {
    const veil = document.createElement('div');
    veil.id = 'veil';
    veil.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:rgba(255,255,255,0.01)';
    document.documentElement.append(veil);
  });
  await room.waitForTimeout(300);
  await frame.getByTestId('overlay-queue-next').click();
  await room.waitForTimeout(500);
  expect(await overlayText(room)).not.toContain('Parole : Lina Vincent');
  expect(await room.evaluate(() => window.bbbSim.state().raisedHands)).toEqual(['Lina Vincent', 'Hugo Roux']);

  // Uncovered, the same click works.
  await room.evaluate(() => document.getElementById('veil')!.remove());
  await room.waitForTimeout(300);
  await frame.getByTestId('overlay-queue-next').click();
  await expect.poll(() => overlayText(room)).toContain('Parole : Lina Vincent');
});
