import type { Page } from '@playwright/test';
import { test, expect, overlayText, stopServiceWorkers, storedLog } from './fixtures';
import { extensionIdOf, launchBrowser, tabIdOf } from '../demo/browser.mjs';

/** What the moderator relies on, as the panel shows it (times that tick are left out). */
async function fingerprint(panel: Page) {
  await panel.getByRole('tab', { name: 'Animer' }).click();
  const checklist = await panel
    .getByTestId('checklist-start')
    .locator('[data-step-id]')
    .evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-step-id')}:${row.getAttribute('data-status')}`));
  await panel.getByRole('tab', { name: 'Animer' }).click();
  await expect(panel.getByTestId('room-title')).toBeVisible();
  const texts = (testId: string) => panel.getByTestId(testId).allTextContents();
  return {
    checklist,
    agenda: [await panel.getByTestId('agenda-current-title').textContent(), await panel.getByTestId('agenda').getAttribute('data-status')],
    speaker: await texts('queue-speaker-name'),
    waiting: await texts('queue-entry-name'),
    participants: await panel.getByTestId('participant-count').textContent(),
    chat: await panel.getByTestId('chat-total').textContent(),
    attendance: await panel.getByTestId('attendance-row').evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('[data-testid="attendance-label"]')?.textContent,
        row.querySelector('[data-testid="attendance-intervals"]')?.textContent,
        row.getAttribute('data-present'),
      ]),
    ),
  };
}

test('the session comes through reloads, panel reopenings, worker stops, a second tab and a browser restart unchanged', async ({ moderato }) => {
  test.setTimeout(120_000);
  // lad=off: with the server's record on, its successful reads are logged about once a minute,
  // which would count as "events added" here (its own durability: server-attendance.e2e.ts).
  const room = await moderato.openRoom('sim=off&lad=off');
  let panel = await moderato.openPanel(room);
  await room.evaluate(async () => {
    for (const name of ['Lina Vincent', 'Hugo Roux', 'Emma Morel', 'Nina Leroy']) window.bbbSim.join({ name });
    window.bbbSim.raiseHand('Hugo Roux');
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.bbbSim.raiseHand('Emma Morel');
    window.bbbSim.chat({ from: 'Lina Vincent', text: 'Bonjour' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    window.bbbSim.leave('Nina Leroy');
    // Back a moment later (the reader gathers changes for up to 150 ms: a leave and a return
    // inside one read are, rightly, no absence at all).
    await new Promise((resolve) => setTimeout(resolve, 400));
    window.bbbSim.join({ name: 'Nina Leroy' });
  });
  await panel.getByTestId('agenda-edit').click();
  await panel.getByTestId('agenda-draft-title').fill('Cours');
  await panel.getByTestId('agenda-draft-minutes').fill('40');
  await panel.getByTestId('agenda-save').click();
  await panel.getByTestId('agenda-start').click();
  await panel.getByTestId('queue-next').click();
  await expect(panel.getByTestId('queue-speaker-name')).toHaveText('Hugo Roux');
  // One step of the start checklist ticked by hand (folded at the bottom once the class runs).
  await panel.getByRole('button', { name: 'Début de séance' }).click();
  const muteStep = panel.getByTestId('checklist-start').locator('[data-step-id="couper-micros"]');
  await muteStep.getByRole('button', { name: 'Cocher' }).click();
  await expect(muteStep).toHaveAttribute('data-status', 'done');
  await room.waitForTimeout(500);

  const expected = await fingerprint(panel);
  expect(expected).toMatchObject({ agenda: ['Cours', 'running'], speaker: ['Hugo Roux'], waiting: ['Emma Morel'], participants: '5', chat: '1' });
  expect(expected.attendance.find((row) => row[0] === 'Nina Leroy')?.[1]).toBe('2');
  expect(expected.checklist).toContain('couper-micros:done');
  const log = await storedLog(panel);
  const logLength = log.length;

  const unchanged = async (step: string) => {
    await room.waitForTimeout(500);
    expect(await fingerprint(panel), step).toEqual(expected);
    const now = await storedLog(panel);
    expect(now.length, `${step}: no event added or lost`).toBe(logLength);
    const chatIds = now.filter((e) => e.type === 'chat.message').map((e) => e.message!.id);
    expect(new Set(chatIds).size, `${step}: no chat message twice`).toBe(chatIds.length);
  };

  await room.reload();
  await expect.poll(() => overlayText(room)).toContain('Participants : 5');
  await unchanged('room tab reloaded');

  await panel.close();
  panel = await moderato.openPanel(room);
  await unchanged('side panel closed and reopened');

  for (let stop = 1; stop <= 3; stop++) {
    await stopServiceWorkers(panel);
    await panel.reload();
    await unchanged(`service worker stopped (${stop})`);
  }

  const second = await moderato.context.newPage();
  await second.goto(room.url());
  await expect.poll(() => overlayText(second)).toContain('Participants : 5');
  await unchanged('same room open in a second tab');
  await second.close();

  const roomUrl = room.url();
  await moderato.context.close();
  const { context } = await launchBrowser({ userDataDir: moderato.profile });
  try {
    const id = await extensionIdOf(context);
    const reopenedRoom = await context.newPage();
    await reopenedRoom.goto(roomUrl);
    await expect.poll(() => overlayText(reopenedRoom)).toContain('Participants : 5');
    const tabId = await tabIdOf(context, id, reopenedRoom);
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
    await reopenedRoom.waitForTimeout(500);
    expect(await fingerprint(panel), 'browser closed and the profile reopened').toEqual(expected);
    expect((await storedLog(panel)).length).toBe(logLength);
  } finally {
    await context.close();
  }
});
