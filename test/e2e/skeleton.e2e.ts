import { test, expect, overlayFrame, overlayText, hasOverlay, stopServiceWorkers } from './fixtures';

test.describe('Moderato on the demo room', () => {
  test('the content script runs on the room and a joining participant reaches the overlay and the side panel', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await expect(panel.getByTestId('room-title')).not.toBeEmpty();

    const before = Number(await panel.getByTestId('participant-count').textContent());
    await room.evaluate(() => window.bbbSim.join({ name: 'Zoé Martin' }));
    await expect(panel.getByTestId('participant-count')).toHaveText(String(before + 1));
    await expect(panel.getByTestId('participants')).toContainText('Zoé Martin');
    await expect.poll(() => overlayText(room)).toContain(`Participants : ${before + 1}`);

    await room.evaluate(() => window.bbbSim.chat({ from: 'Zoé Martin', text: 'Bonjour à tous !' }));
    await expect(panel.getByTestId('chat')).toContainText('Bonjour à tous !');
    // The overlay repeats the room's chat only when asked.
    expect(await overlayText(room)).not.toContain('Bonjour à tous !');
    await overlayFrame(room)!.getByTestId('overlay-chat-toggle').click();
    await expect.poll(() => overlayText(room)).toContain('Bonjour à tous !');
  });

  test('the count survives a reload of the room tab, read back from IndexedDB', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await room.evaluate(() => {
      window.bbbSim.join({ name: 'Inès Dubois' });
      window.bbbSim.join({ name: 'Hugo Bernard' });
      window.bbbSim.chat({ from: 'Inès Dubois', text: 'Bonjour madame' });
    });
    await expect(panel.getByTestId('participant-count')).toHaveText('3');
    await expect(panel.getByTestId('chat-total')).toHaveText('1');
    const sessionId = await panel.getByTestId('room-title').getAttribute('data-session-id');
    const startedAt = await panel.getByTestId('session-started').textContent();

    // Take the hub's memory away too: only IndexedDB can give the session back.
    await stopServiceWorkers(room);
    await room.reload();
    await expect.poll(() => overlayText(room)).toContain('Participants : 3');
    await expect(panel.getByTestId('room-title')).toHaveAttribute('data-session-id', sessionId!);
    await expect(panel.getByTestId('session-started')).toHaveText(startedAt!);
    await expect(panel.getByTestId('participant-count')).toHaveText('3');
    await expect(panel.getByTestId('participants')).toContainText('Inès Dubois');
    // The reloaded chat shows the same message again: still one message, not two.
    await expect(panel.getByTestId('chat-total')).toHaveText('1');
  });

  test('a page that is not a room gets nothing and no console error', async ({ moderato, server }) => {
    const page = await moderato.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/not-a-room.html`);
    await page.waitForTimeout(500);
    expect(await hasOverlay(page)).toBe(false);
    expect(errors).toEqual([]);
  });
});
