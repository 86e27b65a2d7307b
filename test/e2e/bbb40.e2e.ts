import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// BigBlueButton 4.0 (the React demo room). The participants and the chat share one side
// panel; Moderato reads what is open, never switches it to read, and an action it was asked for
// puts the teacher's panel back as it was.
const PUPILS = Array.from({ length: 20 }, (_, i) => `Élève ${String(i + 1).padStart(2, '0')}`);
const HANDS = ['Élève 07', 'Élève 02', 'Élève 15', 'Élève 11', 'Élève 04'];

/** Which side panel the room shows: what the teacher sees. */
const roomPanel = (room: Page) =>
  room.evaluate(() => (document.querySelector('[data-test="userListPanel"]') ? 'users' : document.querySelector('[data-test="chatMessages"]') ? 'chat' : null));

test('BigBlueButton 4.0: arrivals while the chat is open, then the participants opened: exactly who is there, hands in order, 200 messages', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off&bbb=4.0');
  const panel = await moderato.openPanel(room);
  expect(await roomPanel(room)).toBe('chat');
  const health = panel.getByTestId('health');
  await expect(health.locator('[data-capability="participants"]')).toHaveAttribute('data-status', 'hidden');
  await expect(health.locator('[data-capability="participants"]')).toContainText('liste des participants fermée');

  await room.evaluate(async (names) => {
    for (const name of names) window.bbbSim.join({ name });
    window.bbbSim.flush();
    for (const name of ['Élève 18', 'Élève 19', 'Élève 20', 'Élève 16', 'Élève 17']) window.bbbSim.leave(name);
    window.bbbSim.flush();
    await new Promise((resolve) => setTimeout(resolve, 400));
    window.bbbSim.join({ name: 'Élève 16' });
    window.bbbSim.join({ name: 'Élève 17' });
    window.bbbSim.flush();
  }, PUPILS);
  await room.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      window.bbbSim.chat({ from: `Élève ${String((Math.floor(i / 2) % 15) + 1).padStart(2, '0')}`, text: `message ${i + 1}` });
      window.bbbSim.flush();
      if (i % 4 === 3) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  await expect(panel.getByTestId('chat-total')).toHaveText('200');
  await expect(panel.getByTestId('chat')).toContainText('message 200');
  // Nothing opened the participants to read them.
  expect(await roomPanel(room)).toBe('chat');

  // The teacher opens the participants.
  await room.locator('[data-test="usersListSidebarButton"]').click();
  const expected = await room.evaluate(() => window.bbbSim.state().participants.map((p) => p.name).sort());
  expect(expected).toHaveLength(18);
  await expect(panel.getByTestId('participant-count')).toHaveText('18');
  await expect.poll(async () => (await panel.getByTestId('participants').locator('li[data-present="true"] .name').allTextContents()).sort()).toEqual(expected);
  await expect(health.locator('[data-capability="participants"]')).toHaveAttribute('data-status', 'works');

  for (const name of HANDS) {
    await room.evaluate((who) => {
      window.bbbSim.raiseHand(who);
      window.bbbSim.flush();
    }, name);
    await room.waitForTimeout(30);
  }
  // Raised hands, in order: the speaking queue.
  await expect(panel.getByTestId('queue-entry-name')).toHaveText(HANDS);
  await expect(health.locator('[data-capability="chat"]')).toHaveAttribute('data-status', 'hidden');
});

for (const lockTabs of ['permissions-first', 'guest-first'] as const) {
  test(`BigBlueButton 4.0: "Fermer la salle" with the chat open (tabs ${lockTabs}) locks and mutes, read back from the room, the chat left open`, async ({ moderato }) => {
    const room = await moderato.openRoom(`sim=off&bbb=4.0&lockTabs=${lockTabs}`);
    const panel = await moderato.openPanel(room);
    await room.evaluate(() => {
      for (const name of ['Léa Martin', 'Hugo Roux', 'Tom Petit']) window.bbbSim.join({ name, audio: 'mic', muted: false });
      window.bbbSim.chat({ from: 'Léa Martin', text: 'Au revoir !' });
    });
    await expect(panel.getByTestId('chat-total')).toHaveText('1');

    await panel.getByRole('tab', { name: 'Animer' }).click();
    await panel.getByTestId('close-room').click();
    const steps = panel.getByTestId('close-room-steps').locator('[data-step-id]');
    await expect(steps.first()).toBeVisible();
    await expect
      .poll(async () => steps.evaluateAll((rows) => rows.every((row) => row.getAttribute('data-status') === 'done')), { timeout: 30_000 })
      .toBe(true);

    const state = await room.evaluate(() => window.bbbSim.state());
    expect(state.lockSettings).toMatchObject({ disableMic: true, disableCam: true, disablePublicChat: true, disablePrivateChat: true });
    expect(state.participants.filter((p) => !p.you && p.audio === 'mic' && !p.muted).map((p) => p.name)).toEqual([]);
    // The teacher's panel is as it was: the chat, the participants' rail button not expanded, no dialog.
    expect(await roomPanel(room)).toBe('chat');
    await expect(room.locator('#users-list-toggle-button')).toHaveAttribute('aria-expanded', 'false');
    await expect(room.locator('[role="dialog"]')).toHaveCount(0);
  });
}

test('a drifted BigBlueButton 4.0 page turns the lost capabilities degraded and clicks nothing', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off&bbb=4.0&drift=1&panel=users');
  const panel = await moderato.openPanel(room);
  await room.evaluate(() => {
    window.bbbSim.join({ name: 'Léa Martin', audio: 'mic', muted: false });
    window.bbbSim.raiseHand('Léa Martin');
  });
  await room.evaluate(() => {
    (window as unknown as { __clicks: number }).__clicks = 0;
    document.addEventListener('click', () => ((window as unknown as { __clicks: number }).__clicks += 1), true);
  });
  const health = panel.getByTestId('health');
  for (const capability of ['participants', 'raisedHands', 'muteAll', 'lockViewers']) {
    await expect(health.locator(`[data-capability="${capability}"]`)).toHaveAttribute('data-status', 'degraded');
  }
  await panel.getByRole('tab', { name: 'Animer' }).click();
  await panel.getByTestId('close-room').click();
  await expect(panel.getByTestId('close-room-steps').getByTestId('step-manual').first()).toBeVisible({ timeout: 20_000 });
  expect(await room.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(0);
  const state = await room.evaluate(() => window.bbbSim.state());
  expect(state.lockSettings.disableMic).toBe(false);
  expect(state.participants.find((p) => p.name === 'Léa Martin')?.muted).toBe(false);
});

