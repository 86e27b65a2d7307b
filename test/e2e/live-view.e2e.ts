import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** A real side panel's size. */
const PANEL = { width: 360, height: 860 };

/** The demo room's class scenario (26 people) running: Animer as a teacher sees it mid-class. */
async function midClass(panel: Page) {
  await panel.setViewportSize(PANEL);
  await expect.poll(async () => Number(await panel.getByTestId('participant-count').textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(26);
  await panel.waitForTimeout(5000); // the class runs a little: hands, talk, chat
}

test.describe('the class in one glance (Animer at 360 × 860)', () => {
  test('mid-class: the page height of Animer is measured', async ({ moderato }, testInfo) => {
    const room = await moderato.openRoom('sim=class');
    const panel = await moderato.openPanel(room);
    await midClass(panel);
    const height = await panel.evaluate(() => document.documentElement.scrollHeight);
    testInfo.annotations.push({ type: 'Animer height at 360 × 860', description: `${height} px` });
    console.log(`Animer height at 360 × 860, mid-class: ${height} px`);
    expect(height).toBeGreaterThan(0);
  });
});
