import { test, expect } from './fixtures';
import { tabIdOf } from '../demo/browser.mjs';

test('on a page no adapter reads, the moderator runs the session by hand: agenda, queue, attendance, guided checklist', async ({ moderato, server }) => {
  const page = await moderato.context.newPage();
  await page.goto(`${server.url}/not-a-room.html`);
  const tabId = await tabIdOf(moderato.context, moderato.extensionId, page);
  const panel = await moderato.context.newPage();
  await panel.goto(`chrome-extension://${moderato.extensionId}/sidepanel.html?tabId=${tabId}`);

  await expect(panel.getByTestId('no-room')).toBeVisible();
  await panel.getByTestId('manual-title').fill('Réunion sur Via');
  await panel.getByTestId('manual-start').click();
  await expect(panel.getByTestId('room-title')).toHaveText('Réunion sur Via');
  await expect(panel.getByTestId('manual-mode')).toBeVisible();

  await panel.getByTestId('manual-roster').fill('Léa Martin\nHugo Roux\nInès Dubois');
  await panel.getByTestId('manual-roster-add').click();
  await panel.getByTestId('manual-person').filter({ hasText: 'Léa Martin' }).getByTestId('manual-arrived').click();
  await panel.getByTestId('manual-person').filter({ hasText: 'Hugo Roux' }).getByTestId('manual-arrived').click();
  await expect(panel.getByTestId('attendance-present-count')).toHaveText('2');
  await panel.getByTestId('manual-person').filter({ hasText: 'Hugo Roux' }).getByTestId('manual-left').click();
  await expect(panel.getByTestId('attendance-present-count')).toHaveText('1');
  await expect(panel.getByTestId('attendance-row').filter({ hasText: 'Hugo Roux' })).toHaveAttribute('data-present', 'false');

  await panel.getByTestId('queue-add-input').fill('Léa Martin');
  await panel.getByTestId('queue-add').click();
  await panel.getByTestId('queue-next').click();
  await expect(panel.getByTestId('queue-speaker-name')).toHaveText('Léa Martin');

  await panel.getByTestId('agenda-edit').click();

  await panel.getByTestId('agenda-draft-title').fill('Tour de table');
  await panel.getByTestId('agenda-draft-minutes').fill('10');
  await panel.getByTestId('agenda-save').click();
  // Started once the saved agenda shows, as a moderator would: the schedule line it adds moves
  // the start button down, and a click aimed before the move can miss it.
  await expect(panel.getByTestId('agenda-item')).toHaveText([/Tour de table/]);
  await panel.getByTestId('agenda-start').click();
  await expect(panel.getByTestId('agenda')).toHaveAttribute('data-status', 'running');

  // Closing the room cannot be automated here: each step says what to click and waits.
  await panel.getByRole('tab', { name: 'Animer' }).click();
  await panel.getByTestId('close-room').click();
  const firstStep = panel.getByTestId('close-room-steps').locator('[data-step-id]').first();
  await expect(firstStep.getByTestId('step-manual')).toContainText('micro');
  await firstStep.getByTestId('step-confirm').click();
  await expect(firstStep).toHaveAttribute('data-status', /confirmed|done/);
});
