import { test, expect, overlayText } from './fixtures';

// Issue: read any BBB 2.6, 2.7 or 3.0 room. Each version's room, driven by its simulator, must
// reach the side panel exactly: the right people, the hands in raise order, every chat message once.
const PUPILS = Array.from({ length: 20 }, (_, i) => `Élève ${String(i + 1).padStart(2, '0')}`);
const HANDS = ['Élève 07', 'Élève 02', 'Élève 15', 'Élève 11', 'Élève 04'];

for (const version of ['2.6', '2.7', '3.0'] as const) {
  test(`BigBlueButton ${version}: participants, hands in order and 200 messages reach the side panel`, async ({ moderato }) => {
    const path = version === '3.0' ? '' : '/join';
    const room = await moderato.openRoom(`sim=off&bbb=${version}`, path);
    const panel = await moderato.openPanel(room);

    await room.evaluate(async (names) => {
      for (const name of names) window.bbbSim.join({ name });
      window.bbbSim.flush();
    }, PUPILS);
    // Five of them leave, two of those come back.
    await room.evaluate(async () => {
      for (const name of ['Élève 18', 'Élève 19', 'Élève 20', 'Élève 16', 'Élève 17']) window.bbbSim.leave(name);
      window.bbbSim.flush();
      await new Promise((resolve) => setTimeout(resolve, 400));
      window.bbbSim.join({ name: 'Élève 16' });
      window.bbbSim.join({ name: 'Élève 17' });
      window.bbbSim.flush();
    });
    for (const name of HANDS) {
      await room.evaluate((who) => {
        window.bbbSim.raiseHand(who);
        window.bbbSim.flush();
      }, name);
      await room.waitForTimeout(30);
    }
    // 200 messages in runs of two from one sender (grouped by 2.x, header-less follow-ups in 3.0),
    // at a lively but human pace so the virtualised 2.x list renders each one.
    await room.evaluate(async () => {
      for (let i = 0; i < 200; i++) {
        const sender = `Élève ${String((Math.floor(i / 2) % 15) + 1).padStart(2, '0')}`;
        window.bbbSim.chat({ from: sender, text: `message ${i + 1}` });
        window.bbbSim.flush();
        if (i % 4 === 3) await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });

    const expected = await room.evaluate(() => window.bbbSim.state().participants.map((p) => p.name).sort());
    expect(expected).toHaveLength(18);
    await expect(panel.getByTestId('participant-count')).toHaveText('18');
    await expect
      // The one participants list also keeps who left (marked so): the present ones are the room's.
      .poll(async () => (await panel.getByTestId('participants').locator('li[data-present="true"] .name').allTextContents()).sort())
      .toEqual(expected);
    // Raised hands, in order: the speaking queue (the participants list has no separate hands list).
    await expect(panel.getByTestId('queue-entry-name')).toHaveText(HANDS);
    await expect(panel.getByTestId('hand-count')).toHaveText(String(HANDS.length));
    await expect(panel.getByTestId('chat-total')).toHaveText('200');
    await expect(panel.getByTestId('chat')).toContainText('message 200');
  });
}

test('BigBlueButton 3.0: a burst larger than the two mounted chat pages is counted in full, the unread part said as such', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off');
  const panel = await moderato.openPanel(room);
  await room.evaluate(() => {
    window.bbbSim.join({ name: 'Élève 01' });
    window.bbbSim.join({ name: 'Élève 02' });
    for (let i = 0; i < 30; i++) window.bbbSim.chat({ from: 'Élève 01', text: `avant ${i + 1}` });
    window.bbbSim.flush();
  });
  await expect(panel.getByTestId('chat-total')).toHaveText('30');
  // Everyone answers at once: 250 messages in one render, of which the page keeps the last 100 at most.
  await room.evaluate(() => {
    for (let i = 0; i < 250; i++) window.bbbSim.chat({ from: i % 2 ? 'Élève 01' : 'Élève 02', text: `rafale ${i + 1}` });
    window.bbbSim.flush();
  });
  const mounted = await room.locator('[data-test="chatMessageItem"]').count();
  expect(mounted).toBeLessThanOrEqual(100);
  await expect(panel.getByTestId('chat-total')).toHaveText('280');
  await expect(panel.getByTestId('chat')).toContainText('rafale 250');
  const missed = Number((await panel.getByTestId('chat-missed').textContent())!.match(/\d+/)![0]);
  // What was never on the page, and only that: the messages still mounted were read.
  expect(missed).toBeGreaterThanOrEqual(250 - mounted);
  expect(missed).toBeLessThan(250);
});

test('a BBB page whose markup drifted reports degraded capabilities and clicks nothing', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off&drift=1');
  const panel = await moderato.openPanel(room);
  await room.evaluate(() => {
    window.bbbSim.join({ name: 'Léa Martin', muted: false });
    window.bbbSim.raiseHand('Léa Martin');
  });
  const health = panel.getByTestId('health');
  // The health section is folded by default; the "now" strip says what was lost.
  await expect(health.locator('[data-status="degraded"]').first()).toBeAttached();
  await expect(panel.getByTestId('health-lost')).toBeVisible();
  await expect(health.locator('[data-capability="lockViewers"]')).toHaveAttribute('data-status', /degraded|manual/);

  // The end-of-session action falls back to guided steps: nothing is clicked on the page.
  await panel.getByRole('tab', { name: 'Animer' }).click();
  await panel.getByTestId('close-room').click();
  await expect(panel.getByTestId('close-room-steps').getByTestId('step-manual').first()).toBeVisible({ timeout: 20_000 });
  const state = await room.evaluate(() => window.bbbSim.state());
  expect(state.lockSettings.disableMic).toBe(false);
  expect(state.meetingMuted).toBe(false);
  expect(state.participants.find((p) => p.name === 'Léa Martin')?.muted).toBe(false);
});

test('a BBB page that drifts while the class runs turns the lost capabilities degraded within seconds, said in the panel and on the overlay', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off');
  const panel = await moderato.openPanel(room);
  await room.evaluate(() => {
    window.bbbSim.join({ name: 'Léa Martin' });
    window.bbbSim.flush();
  });
  const health = panel.getByTestId('health');
  await expect(health.locator('[data-capability="participants"]')).toHaveAttribute('data-status', 'works');
  await expect(health.locator('[data-capability="participants"]')).toHaveAttribute('data-method', 'known-selectors');
  await expect(panel.getByTestId('health-lost')).toHaveCount(0);

  // A platform update renames the user rows' test hooks under a running class.
  const drifted = Date.now();
  await room.evaluate(() => {
    for (const row of document.querySelectorAll('[data-test="userListItem"], [data-test="userListItemCurrent"]')) row.setAttribute('data-test', 'participantsListItem');
  });
  await expect(health.locator('[data-capability="participants"]')).toHaveAttribute('data-status', 'degraded', { timeout: 5000 });
  expect(Date.now() - drifted).toBeLessThan(5000);
  await expect(health.locator('[data-capability="raisedHands"]')).toHaveAttribute('data-status', 'degraded');
  // What does not rest on the rows still works.
  await expect(health.locator('[data-capability="chat"]')).toHaveAttribute('data-status', 'works');
  await expect(health.locator('[data-capability="participantCount"]')).toHaveAttribute('data-status', 'works');
  await expect(panel.getByTestId('health-lost')).toContainText('liste des participants');
  await expect.poll(() => overlayText(room)).toContain('Moderato ne trouve plus : liste des participants');
});
