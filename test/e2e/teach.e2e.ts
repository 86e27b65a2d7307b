import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, overlayText } from './fixtures';
import { tabIdOf } from '../demo/browser.mjs';

/**
 * A room no built-in adapter knows: the demo server's Via-like page (test/fixtures/via, written
 * from Via's public description). The moderator teaches it with the picker in the real page.
 */

/** Clicks "Show" for a role in the panel, then the element in the room page, as a moderator would. */
async function teach(panel: Page, room: Page, role: string, target: string) {
  await panel.locator(`[data-role="${role}"]`).getByTestId('teach-pick').click();
  await expect(panel.getByTestId('teach-picking')).toBeVisible();
  await room.locator(target).first().hover();
  await room.locator(target).first().click();
  await expect(panel.getByTestId('teach-picking')).toHaveCount(0);
  await expect(panel.getByTestId('teach-message')).toHaveClass(/ok/);
}

async function addToRoom(room: Page, people: string[], messages: { sender: string; text: string }[]) {
  await room.evaluate(
    ({ people, messages }) => {
      const list = document.querySelector('.colonne-droite ul')!;
      for (const name of people) {
        const row = document.createElement('li');
        const span = document.createElement('span');
        span.textContent = name;
        row.append(span);
        list.append(row);
      }
      const thread = document.querySelector('.fil')!;
      for (const message of messages) {
        const bubble = document.createElement('div');
        bubble.className = 'bulle';
        const sender = document.createElement('b');
        sender.textContent = message.sender;
        const time = document.createElement('small');
        time.textContent = '9:30';
        const text = document.createElement('div');
        text.textContent = message.text;
        bubble.append(sender, time, text);
        thread.append(bubble);
      }
    },
    { people, messages },
  );
}

test('on a room no adapter knows, the moderator teaches chat and participants; the pack exports, deletes, imports and works again; hostile packs are refused', async ({ moderato, server }, testInfo) => {
  const room = await moderato.context.newPage();
  const pageErrors: string[] = [];
  room.on('pageerror', (error) => pageErrors.push(error.message));
  room.on('dialog', (dialog) => {
    pageErrors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await room.goto(`${server.url}/via/activite`);
  const tabId = await tabIdOf(moderato.context, moderato.extensionId, room);
  const panel = await moderato.context.newPage();
  await panel.goto(`chrome-extension://${moderato.extensionId}/sidepanel.html?tabId=${tabId}`);

  // Nothing reads this page yet.
  await expect(panel.getByTestId('no-room')).toBeVisible();
  await panel.getByRole('tab', { name: 'Réglages' }).click();
  await expect(panel.getByTestId('teach-origin')).toHaveText(server.url);

  // Pointing at a name or a message's text teaches the repeated row or message around it.
  await teach(panel, room, 'participantRow', '.colonne-droite li >> nth=2 >> span >> nth=0');
  await expect(panel.locator('[data-role="participantRow"]').getByTestId('teach-count')).toHaveAttribute('data-count', '5');
  await teach(panel, room, 'participantName', '.colonne-droite li >> nth=2 >> span >> nth=0');
  await expect(panel.locator('[data-role="participantName"]').getByTestId('teach-count')).toHaveAttribute('data-count', '5');
  await teach(panel, room, 'chatMessage', '.bulle >> nth=1 >> div');
  await expect(panel.locator('[data-role="chatMessage"]').getByTestId('teach-count')).toHaveAttribute('data-count', '4');
  await teach(panel, room, 'chatSender', '.bulle >> nth=1 >> b');
  await teach(panel, room, 'chatText', '.bulle >> nth=1 >> div');
  // The picker swallowed every click: the page never saw one, and nothing of it is left.
  expect(await room.locator('moderato-picker').count()).toBe(0);

  await panel.getByRole('tab', { name: 'Animer' }).click();
  await expect(panel.getByTestId('participant-count')).toHaveText('5');
  await expect(panel.getByTestId('chat-total')).toHaveText('4');
  await expect(panel.getByTestId('health').locator('[data-capability="chat"]')).toHaveAttribute('data-method', 'taught');
  await expect(panel.getByTestId('health').locator('[data-capability="participants"]')).toHaveAttribute('data-status', 'works');

  // Joins and messages are counted as they happen.
  await addToRoom(room, ['Nadia Benali', 'Paul Lefèvre'], [
    { sender: 'Nadia Benali', text: 'Bonjour à tous' },
    { sender: 'Paul Lefèvre', text: 'Présent' },
    { sender: 'Nadia Benali', text: 'On commence ?' },
  ]);
  await expect(panel.getByTestId('participant-count')).toHaveText('7');
  await expect(panel.getByTestId('participants')).toContainText('Nadia Benali');
  await expect(panel.getByTestId('chat-total')).toHaveText('7');
  await expect(panel.getByTestId('chat')).toContainText('On commence ?');

  // Export the pack, then delete it: the room is no longer read.
  await panel.getByRole('tab', { name: 'Réglages' }).click();
  const download = panel.waitForEvent('download');
  await panel.getByTestId('teach-export').click();
  const exported = testInfo.outputPath('pack.json');
  await (await download).saveAs(exported);
  const shared = JSON.parse(await readFile(exported, 'utf8'));
  expect(shared).toMatchObject({ format: 'moderato-selector-pack', origin: server.url });
  expect(Object.keys(shared.roles)).toEqual(['participantRow', 'participantName', 'chatMessage', 'chatSender', 'chatText']);
  // Selectors are page structure, never a participant's name or a message.
  expect(JSON.stringify(shared.roles)).not.toMatch(/Sophie|Roy|Bonjour/);

  await panel.getByTestId('teach-delete').click();
  await panel.getByTestId('teach-delete-confirm').click();
  await expect(panel.getByTestId('teach-message')).toContainText(server.url);
  await expect(panel.locator('[data-role="chatMessage"]').getByTestId('teach-selector')).toHaveText('non appris');
  await addToRoom(room, [], [{ sender: 'Paul Lefèvre', text: 'Quelqu’un m’entend ?' }]);
  await panel.getByRole('tab', { name: 'Animer' }).click();
  await expect(panel.getByText('Salle déconnectée')).toBeVisible();
  await expect(panel.getByTestId('chat-total')).toHaveText('7');

  // Import it back: the room is read again, with the message sent while it was not.
  await panel.getByRole('tab', { name: 'Réglages' }).click();
  await panel.getByTestId('teach-import-file').setInputFiles(exported);
  // Shown first, with what each selector finds on the open page; stored once confirmed.
  await expect(panel.getByTestId('teach-review').locator('[data-role="chatMessage"]').getByTestId('teach-review-count')).toHaveAttribute('data-count', '8');
  await panel.getByTestId('teach-review-save').click();
  await expect(panel.getByTestId('teach-message')).toContainText('importé');
  await expect(panel.locator('[data-role="chatMessage"]').getByTestId('teach-count')).toHaveAttribute('data-count', '8');
  await panel.getByRole('tab', { name: 'Animer' }).click();
  await expect(panel.getByTestId('chat-total')).toHaveText('8');
  await addToRoom(room, ['Léo Garnier'], [{ sender: 'Léo Garnier', text: 'Désolé du retard' }]);
  await expect(panel.getByTestId('chat-total')).toHaveText('9');
  await expect(panel.getByTestId('participant-count')).toHaveText('8');

  // A hostile pack is refused with every reason, and the working pack stays as it was.
  await panel.getByRole('tab', { name: 'Réglages' }).click();
  const hostile = testInfo.outputPath('hostile.json');
  await writeFile(
    hostile,
    JSON.stringify({
      ...shared,
      roles: {
        participantRow: '*',
        chatMessage: '<img src=x onerror=alert(1)>',
        chatText: 'a[href^="javascript:alert(1)"]',
        chatSender: 'b:has(i:has(u))',
      },
    }),
  );
  await panel.getByTestId('teach-import-file').setInputFiles(hostile);
  await expect(panel.getByTestId('teach-message')).toHaveClass(/warning/);
  const errors = panel.getByTestId('teach-errors').locator('li');
  await expect(errors).toHaveCount(4);
  for (const path of ['roles.participantRow', 'roles.chatMessage', 'roles.chatText', 'roles.chatSender']) {
    await expect(panel.getByTestId('teach-errors').locator(`[data-path="${path}"]`)).toBeVisible();
  }
  await expect(panel.locator('[data-role="chatMessage"]').getByTestId('teach-selector')).toHaveText(shared.roles.chatMessage);

  // An absurd but harmless pack (finds nothing) is stored; the moderator is warned at once.
  const absurd = testInfo.outputPath('absurd.json');
  await writeFile(absurd, JSON.stringify({ ...shared, roles: { ...shared.roles, chatMessage: 'section:not(section) > p' } }));
  await panel.getByTestId('teach-import-file').setInputFiles(absurd);
  // A pack is stored for this site already: replacing it is the moderator's choice.
  await expect(panel.getByTestId('teach-review-existing')).toBeVisible();
  await panel.getByTestId('teach-review-replace').click();
  await expect(panel.locator('[data-role="chatMessage"]').getByTestId('teach-count')).toHaveAttribute('data-count', '0');
  await panel.getByRole('tab', { name: 'Animer' }).click();
  await expect(panel.getByTestId('health').locator('[data-capability="chat"]')).toHaveAttribute('data-status', 'degraded');
  await expect(panel.getByTestId('health-lost')).toContainText('chat');
  // The overlay on the room page says it too.
  await expect.poll(() => overlayText(room)).toContain('Moderato ne trouve plus : chat');
  await expect(panel.getByTestId('participant-count')).toHaveText('8');

  expect(pageErrors).toEqual([]);
  await room.close();
  await panel.close();
});

test('on a page of a site Moderato may not read, teaching says to enable the site first, and nothing runs there', async ({ moderato, server }) => {
  // Same page, under a path the extension has no access to.
  const page = await moderato.context.newPage();
  await page.goto(`${server.url}/fixtures/via/room-like.fr.html`);
  const tabId = await tabIdOf(moderato.context, moderato.extensionId, page);
  const panel = await moderato.context.newPage();
  await panel.goto(`chrome-extension://${moderato.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('tab', { name: 'Réglages' }).click();
  await expect(panel.getByTestId('teach-not-running')).toContainText('Activez son site');
  await expect(panel.getByTestId('teach-pick')).toHaveCount(0);
  expect(await page.locator('moderato-picker').count()).toBe(0);
});
