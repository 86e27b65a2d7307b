import type { Page } from '@playwright/test';
import { test, expect, storedRecords, type StoredEvent } from './fixtures';
import { tabIdOf } from '../demo/browser.mjs';

/** The stored sessions and who joined each. */
async function storedSessions(panel: Page) {
  const sessions = await storedRecords<{ id: string; startedAt: number; endedAt: number | null }>(panel, 'sessions');
  const events = await storedRecords<{ sessionId: string; event: StoredEvent }>(panel, 'events');
  return sessions
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((session) => ({
      ended: session.endedAt !== null,
      joined: events.filter((e) => e.sessionId === session.id && e.event.type === 'participant.joined').map((e) => e.event.participant!.name).sort(),
    }));
}

test('a class that ends is ended: the next class in the same room is a new session, and both keep their attendance', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off');
  const tabId = await tabIdOf(moderato.context, moderato.extensionId, room);
  const panel = await moderato.openPanel(room);
  await room.evaluate(() => {
    window.bbbSim.join({ name: 'Lina Vincent' });
    window.bbbSim.join({ name: 'Hugo Roux' });
  });
  await expect(panel.getByTestId('attendance-present-count')).toHaveText('3');

  // The moderator ends the class, as the panel does: a session.ended command over the panel's Port.
  await panel.evaluate((watched) => {
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { connect(info: { name: string }): { postMessage(message: unknown): void } } } }).chrome;
    const port = runtime.connect({ name: 'moderato/panel' });
    port.postMessage({ kind: 'panel/watch', tabId: watched });
    port.postMessage({ kind: 'panel/command', tabId: watched, command: { type: 'session.ended' }, at: Date.now() });
  }, tabId);
  await expect.poll(async () => (await storedSessions(panel)).map((s) => s.ended)).toEqual([true]);
  // The pupils leave; the room (a persistent BigBlueButton room) stays.
  await room.evaluate(() => {
    window.bbbSim.leave('Lina Vincent');
    window.bbbSim.leave('Hugo Roux');
  });
  await room.close();

  // The next class, in the same room.
  const next = await moderato.openRoom('sim=off');
  const nextPanel = await moderato.openPanel(next);
  await next.evaluate(() => {
    for (const name of ['Emma Morel', 'Nina Leroy', 'Inès Dubois']) window.bbbSim.join({ name });
  });
  await expect(nextPanel.getByTestId('attendance-present-count')).toHaveText('4');
  const names = await nextPanel.getByTestId('attendance-label').allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Emma Morel', 'Nina Leroy', 'Inès Dubois']));
  expect(names).not.toContain('Lina Vincent');

  await expect
    .poll(() => storedSessions(nextPanel))
    .toEqual([
      { ended: true, joined: expect.arrayContaining(['Hugo Roux', 'Lina Vincent']) },
      { ended: false, joined: expect.arrayContaining(['Emma Morel', 'Inès Dubois', 'Nina Leroy']) },
    ]);
  const [first, second] = await storedSessions(nextPanel);
  expect(first!.joined).not.toContain('Emma Morel');
  expect(second!.joined).not.toContain('Lina Vincent');
});

test('deleting every session mid-class, from the panel, starts a new session that goes on with who is present', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off');
  const panel = await moderato.openPanel(room);
  await room.evaluate(() => {
    window.bbbSim.join({ name: 'Lina Vincent' });
    window.bbbSim.join({ name: 'Hugo Roux' });
  });
  await expect(panel.getByTestId('attendance-present-count')).toHaveText('3');
  await expect.poll(async () => (await storedSessions(panel)).length).toBe(1);

  // The panel asks the background, the sessions' one writer, to delete everything.
  await panel.getByRole('tab', { name: 'Bilan' }).click();
  await panel.getByTestId('history-delete-all').click();
  await panel.getByTestId('history-delete-all-confirm').locator('button.danger').click();
  await expect.poll(async () => (await storedSessions(panel)).length).toBe(0);

  // The class goes on: the next event finds its session gone, and a new one takes over.
  await room.evaluate(() => window.bbbSim.join({ name: 'Emma Morel' }));
  await expect
    .poll(() => storedSessions(panel))
    .toEqual([{ ended: false, joined: expect.arrayContaining(['Emma Morel', 'Hugo Roux', 'Lina Vincent']) }]);
});
