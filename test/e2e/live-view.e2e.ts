import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { test, expect, overlayFrame } from './fixtures';

/** A real side panel's size. */
const PANEL = { width: 360, height: 860 };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The demo room's class scenario (26 people) running: Animer as a teacher sees it mid-class. */
async function midClass(panel: Page) {
  await panel.setViewportSize(PANEL);
  await expect.poll(async () => Number(await panel.getByTestId('participant-count').textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(26);
  await panel.waitForTimeout(5000); // the class runs a little: hands, talk, chat
}

async function setAgenda(panel: Page, items: [string, string][]) {
  await panel.getByTestId('agenda-edit').click();
  for (const [index, [title, minutes]] of items.entries()) {
    if (index > 0) await panel.getByTestId('agenda-add-item').click();
    const draft = panel.getByTestId('agenda-draft').nth(index);
    await draft.getByTestId('agenda-draft-title').fill(title);
    await draft.getByTestId('agenda-draft-minutes').fill(minutes);
  }
  await panel.getByTestId('agenda-save').click();
}

/** Every element of the "now" strip lies inside the viewport (no scrolling, no horizontal overflow). */
async function expectStripInView(panel: Page, where: string) {
  const outside = await panel.getByTestId('now-strip').evaluate((strip, size) => {
    const parts = [strip, ...strip.querySelectorAll<HTMLElement>('[data-testid], button, strong')];
    return parts
      .filter((part) => part.getClientRects().length > 0)
      .map((part) => ({ part: part.dataset.testid ?? part.localName, box: part.getBoundingClientRect() }))
      .filter(({ box }) => box.top < 0 || box.left < 0 || box.bottom > size.height || box.right > size.width)
      .map(({ part, box }) => `${part} @ ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`);
  }, PANEL);
  expect(outside, where).toEqual([]);
  expect(await panel.evaluate(() => document.documentElement.scrollWidth), `${where}: no horizontal scrolling`).toBeLessThanOrEqual(PANEL.width);
}

/** Serious and critical accessibility violations (axe-core), as "rule: target" lines. */
function serious(violations: { id: string; impact?: string | null; nodes: { target: unknown }[] }[]): string[] {
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
}

async function axeInFrame(frame: Frame) {
  await frame.evaluate(axeSource);
  return frame.evaluate(async () => (await (window as unknown as { axe: { run(context: Document): Promise<{ violations: never[] }> } }).axe.run(document)).violations);
}

/** Tabs (keyboard only) until the element with this test id has the focus. */
async function tabTo(panel: Page, testId: string) {
  for (let step = 0; step < 120; step += 1) {
    await panel.keyboard.press('Tab');
    if ((await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === testId) return;
  }
  throw new Error(`${testId} is not reachable with Tab`);
}

test.describe('the class in one glance (Animer at 360 × 860)', () => {
  test('mid-class: the page height of Animer is measured; the "now" strip stays in view, at the top and scrolled down', async ({ moderato }, testInfo) => {
    const room = await moderato.openRoom('sim=class');
    const panel = await moderato.openPanel(room);
    await midClass(panel);
    const height = await panel.evaluate(() => document.documentElement.scrollHeight);
    testInfo.annotations.push({ type: 'Animer height at 360 × 860', description: `${height} px` });
    console.log(`Animer height at 360 × 860, mid-class: ${height} px`);

    await setAgenda(panel, [['Accueil', '5'], ['Activité', '20'], ['Synthèse', '5']]);
    await panel.getByTestId('agenda-start').click();
    await room.evaluate(() => {
      window.bbbSim.join({ name: 'Élise Garnier' });
      window.bbbSim.raiseHand('Élise Garnier');
    });
    await expect(panel.getByTestId('queue-next')).toBeEnabled({ timeout: 10_000 });
    await panel.getByTestId('queue-next').click();
    await expect(panel.getByTestId('queue-speaker-name')).not.toBeEmpty();
    await expect(panel.getByTestId('agenda-current-title')).toHaveText('Accueil');
    await expect(panel.getByTestId('now-next-item')).toContainText('Activité');

    const running = await panel.evaluate(() => document.documentElement.scrollHeight);
    testInfo.annotations.push({ type: 'Animer height at 360 × 860, agenda running', description: `${running} px` });
    console.log(`Animer height at 360 × 860, mid-class with the agenda running: ${running} px`);

    await expectStripInView(panel, 'at the top of Animer');
    await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => panel.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expectStripInView(panel, 'scrolled to the bottom of Animer');
    // The strip leaves most of the panel to the section in use.
    const strip = (await panel.getByTestId('now-strip').boundingBox())!;
    expect(strip.height).toBeLessThan(PANEL.height / 2);
  });

  test('each participant’s name appears once on Animer', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await panel.setViewportSize(PANEL);
    const names = ['Lina Vincent', 'Hugo Roux', 'Emma Morel', 'Noah Petit'];
    await room.evaluate((people) => {
      for (const name of people) window.bbbSim.join({ name });
    }, names);
    await expect(panel.getByTestId('participant-count')).toHaveText('5');
    await room.evaluate(() => window.bbbSim.leave('Noah Petit'));
    await expect(panel.getByTestId('participant-count')).toHaveText('4');
    await expect(panel.getByTestId('participants')).toContainText('Noah Petit');
    const text = (await panel.locator('#tabpanel-run').textContent()) ?? '';
    for (const name of names) expect(text.split(name).length - 1, name).toBe(1);
    // The filters narrow the one list: who left, who has not spoken yet.
    await panel.getByTestId('people-filter-left').click();
    await expect(panel.getByTestId('attendance-label')).toHaveText(['Noah Petit']);
    await panel.getByTestId('people-filter-all').click();
    await panel.getByTestId('people-search').fill('emma');
    await expect(panel.getByTestId('attendance-label')).toHaveText(['Emma Morel']);
  });

  test('"Fermer la salle" is on Animer, works from the keyboard, and locks the room', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await panel.setViewportSize(PANEL);
    await room.evaluate(() => window.bbbSim.join({ name: 'Léa Martin', muted: false }));
    await expect(panel.getByTestId('participant-count')).toHaveText('2');
    await panel.getByTestId('close-room').focus();
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => room.evaluate(() => window.bbbSim.state().lockSettings.disableMic), { timeout: 30_000 })
      .toBe(true);
    await expect(panel.getByTestId('close-room-steps').locator('[data-status="done"]').first()).toBeVisible();
  });

  test('a planned class whose link is the open room offers its agenda; one click starts it; Bilan shows the same items', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await panel.setViewportSize(PANEL);
    await panel.getByRole('tab', { name: 'Préparer' }).click();
    const template = await panel.getByTestId('plan-template').locator('option:checked').textContent();
    await panel.getByTestId('plan-title').fill('Maths 4e B — lundi');
    await panel.getByTestId('plan-date').fill('2030-09-02');
    await panel.getByTestId('plan-time').fill('10:00');
    await panel.getByTestId('plan-link').fill(room.url());
    await panel.getByTestId('plan-save').click();
    await expect(panel.getByTestId('plans')).toContainText('Maths 4e B — lundi');

    await panel.getByRole('tab', { name: 'Animer' }).click();
    const offer = panel.getByTestId('plan-offer');
    await expect(offer).toHaveAttribute('data-by', 'link');
    await expect(panel.getByTestId('plan-offer-source')).toContainText('Maths 4e B — lundi');
    await expect(panel.getByTestId('plan-offer-source')).toContainText(template!);
    await panel.getByTestId('plan-offer-use').click();
    await expect(panel.getByTestId('agenda')).toHaveAttribute('data-status', 'running');
    await expect(panel.getByTestId('agenda-item').first()).toHaveAttribute('data-state', 'current');
    const items = await panel.getByTestId('agenda-jump').allTextContents();
    expect(items.length).toBeGreaterThan(1);
    await expect(panel.getByTestId('agenda-current-title')).toHaveText(items[0]!);
    await expect(offer).toHaveCount(0);
    await expect(panel.getByTestId('agenda-source')).toContainText('Maths 4e B — lundi');

    await panel.getByRole('tab', { name: 'Bilan' }).click();
    const rows = panel.getByTestId('report-agenda').locator('tbody tr td:first-child');
    await expect(async () => {
      await panel.getByTestId('report-refresh').click();
      await expect(rows).toHaveText(items, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
  });

  test('keyboard only: give the floor (button and Alt+Shift+P), pause, extend, move to the next item, with visible focus', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await panel.setViewportSize(PANEL);
    await setAgenda(panel, [['Accueil', '5'], ['Activité', '20']]);
    await room.evaluate(() => {
      for (const name of ['Lina Vincent', 'Hugo Roux']) window.bbbSim.join({ name });
      window.bbbSim.raiseHand('Lina Vincent');
    });
    await expect(panel.getByTestId('queue-entry-name')).toHaveText(['Lina Vincent']);
    await room.evaluate(() => window.bbbSim.raiseHand('Hugo Roux'));
    await expect(panel.getByTestId('queue-next')).toBeEnabled();

    await tabTo(panel, 'agenda-start');
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('agenda')).toHaveAttribute('data-status', 'running');

    await tabTo(panel, 'queue-next');
    const outline = await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline, 'focus is visible').not.toBe('none');
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('queue-speaker-name')).toHaveText('Lina Vincent');
    await expect(panel.getByTestId('live-announcer')).toContainText('La parole est à Lina Vincent');
    // The overlay's shortcut works in the panel too.
    await panel.keyboard.press('Alt+Shift+KeyP');
    await expect(panel.getByTestId('queue-speaker-name')).toHaveText('Hugo Roux');

    await tabTo(panel, 'agenda-pause');
    await panel.keyboard.press('Space');
    await expect(panel.getByTestId('agenda')).toHaveAttribute('data-status', 'paused');
    await tabTo(panel, 'agenda-resume');
    await panel.keyboard.press('Enter');
    await tabTo(panel, 'agenda-next');
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('agenda-current-title')).toHaveText('Activité');
    await tabTo(panel, 'agenda-extend-1');
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('agenda-item').nth(1).getByTestId('agenda-item-times')).toContainText('21 min');
  });

  test('axe: no serious or critical violation on Animer, Préparer, Bilan, Réglages, the agenda dialog and the overlay', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=class');
    const panel = await moderato.openPanel(room);
    await panel.setViewportSize(PANEL);
    await expect.poll(async () => Number(await panel.getByTestId('participant-count').textContent()), { timeout: 30_000 }).toBeGreaterThan(10);
    const found: Record<string, string[]> = {};
    const check = async (view: string) => {
      found[view] = serious((await new AxeBuilder({ page: panel }).analyze()).violations);
    };
    await check('Animer');
    await panel.getByTestId('agenda-edit').click();
    await check('Animer: agenda dialog');
    await panel.keyboard.press('Escape');
    for (const tab of ['Préparer', 'Bilan', 'Réglages']) {
      await panel.getByRole('tab', { name: tab }).click();
      await check(tab);
    }
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.getByRole('tab', { name: 'Animer' }).click();
    await check('Animer (dark)');

    const frame = overlayFrame(room)!;
    await frame.getByTestId('overlay-chat-toggle').click();
    found['overlay'] = serious(await axeInFrame(frame));
    // The overlay's controls are reachable and named.
    for (const id of ['overlay-move', 'overlay-large', 'overlay-agenda-next', 'overlay-queue-next', 'overlay-chat-toggle']) {
      await expect(frame.getByTestId(id)).toHaveAccessibleName(/\S/);
    }
    expect(found).toEqual({ Animer: [], 'Animer: agenda dialog': [], Préparer: [], Bilan: [], Réglages: [], 'Animer (dark)': [], overlay: [] });
  });
});
