import type { Page } from '@playwright/test';
import { test, expect, overlayFrame, overlayText, stopServiceWorkers } from './fixtures';

/** These people join, then raise their hands one after the other, in this order. */
async function joinAndRaiseHands(room: Page, names: string[]) {
  await room.evaluate((people) => {
    for (const name of people) window.bbbSim.join({ name });
  }, names);
  for (const name of names) {
    await room.evaluate((who) => window.bbbSim.raiseHand(who), name);
    await room.waitForTimeout(30);
  }
}

test.describe('live moderation on the demo room', () => {
  test('a 3-item agenda runs through warning and overrun on a fast clock', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room, { fakeClock: true });

    const items = [
      ['Accueil et consignes', '3'],
      ['Activité', '5'],
      ['Synthèse', '2'],
    ];
    await panel.getByTestId('agenda-edit').click();
    for (let i = 0; i < items.length; i++) {
      if (i > 0) await panel.getByTestId('agenda-add-item').click();
      const draft = panel.getByTestId('agenda-draft').nth(i);
      await draft.getByTestId('agenda-draft-title').fill(items[i]![0]!);
      await draft.getByTestId('agenda-draft-minutes').fill(items[i]![1]!);
    }
    await panel.getByTestId('agenda-save').click();
    await panel.getByTestId('agenda-start').click();

    const agenda = panel.getByTestId('agenda');
    await expect(panel.getByTestId('agenda-current-title')).toHaveText('Accueil et consignes');
    await expect(agenda).toHaveAttribute('data-level', 'ok');
    await expect(panel.getByTestId('agenda-remaining')).toHaveText(/^0?3:00$|^02:5\d$/);
    // The overlay shows the same item (it runs on the room page's real clock, so it is checked
    // before the panel's clock is moved forward).
    await expect.poll(() => overlayText(room)).toContain('Accueil et consignes');

    // Two minutes before the end (the default threshold), the item turns to "warning".
    await panel.clock.fastForward('01:30');
    await expect(agenda).toHaveAttribute('data-level', 'warning');
    await expect(panel.getByTestId('agenda-remaining')).toHaveText(/^01:[23]\d$/);

    await panel.clock.fastForward('02:00');
    await expect(agenda).toHaveAttribute('data-level', 'overrun');
    await expect(panel.getByTestId('agenda-remaining')).toContainText('+00:');
    await expect(panel.getByTestId('agenda-ahead-behind')).toContainText(/retard/i);

    await panel.getByTestId('agenda-next').click();
    await expect(panel.getByTestId('agenda-current-title')).toHaveText('Activité');
    await expect(agenda).toHaveAttribute('data-level', 'ok');
    await expect(panel.getByTestId('agenda-item').nth(0)).toHaveAttribute('data-state', 'done');
  });

  test('raised hands queue in order, and giving the floor lowers the hand in the room', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    const names = ['Lina Vincent', 'Hugo Roux', 'Emma Morel', 'Noah Petit'];
    await joinAndRaiseHands(room, names);
    await expect(panel.getByTestId('queue-entry-name')).toHaveText(names);

    await panel.getByTestId('queue-next').click();
    await expect(panel.getByTestId('queue-speaker-name')).toHaveText('Lina Vincent');
    await expect(panel.getByTestId('queue-entry-name')).toHaveText(names.slice(1));
    // Moderato lowered Lina's hand on the platform itself.
    await expect.poll(() => room.evaluate(() => window.bbbSim.state().raisedHands)).toEqual(names.slice(1));

    await panel.getByTestId('queue-done').click();
    await expect(panel.getByTestId('queue-speaking')).not.toContainText('Lina Vincent');
    await expect(panel.getByTestId('attendance-row').filter({ hasText: 'Lina Vincent' }).getByTestId('person-turns')).toHaveText('1 tour(s)');
  });

  test('the overlay, in its own frame, gives the floor by button and by shortcut, and stays where it was dragged', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const names = ['Lina Vincent', 'Hugo Roux', 'Emma Morel'];
    await joinAndRaiseHands(room, names);
    await expect.poll(() => overlayText(room)).toContain('Ensuite : Lina Vincent, Hugo Roux, Emma Morel');
    const frame = overlayFrame(room)!;

    await frame.getByTestId('overlay-queue-next').click();
    await expect.poll(() => overlayText(room)).toContain('Parole : Lina Vincent');
    await expect.poll(() => room.evaluate(() => window.bbbSim.state().raisedHands)).toEqual(names.slice(1));
    // The focus is in the frame, which answers the shortcut itself…
    await room.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => overlayText(room)).toContain('Parole : Hugo Roux');
    // …and back on the room page, the room script does.
    await room.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await room.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => overlayText(room)).toContain('Parole : Emma Morel');

    const header = frame.getByTestId('overlay-header');
    const before = (await header.boundingBox())!;
    await room.mouse.move(before.x + 100, before.y + 10);
    await room.mouse.down();
    await room.mouse.move(before.x - 100, before.y + 110, { steps: 5 });
    await room.mouse.up();
    await expect.poll(async () => (await header.boundingBox())?.x).toBeCloseTo(before.x - 200, 0);
    const dragged = (await header.boundingBox())!;
    expect(dragged.y).toBeCloseTo(before.y + 100, 0);

    // The frame follows the overlay's size: the large display is not cut off.
    await frame.getByTestId('overlay-large').click();
    await expect.poll(async () => (await header.boundingBox())?.width).toBeGreaterThan(before.width + 100);
    const box = (await header.boundingBox())!;
    expect(await room.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: box.x + box.width - 2, y: box.y + 2 })).toBe('moderato-overlay');
    await frame.getByTestId('overlay-large').click();

    // Kept in the extension's storage: the overlay comes back there after a reload.
    await room.reload();
    await expect.poll(() => overlayText(room)).toContain('Moderato');
    await expect.poll(async () => (await overlayFrame(room)?.getByTestId('overlay-header').boundingBox())?.x).toBeCloseTo(dragged.x, 0);

    // A smaller window brings it back into view.
    await room.setViewportSize({ width: 640, height: 400 });
    await expect.poll(async () => {
      const box = await overlayFrame(room)?.getByTestId('overlay-header').boundingBox();
      return box ? box.x + box.width : Infinity;
    }).toBeLessThanOrEqual(640);
  });

  test('a chat flood raises the overload warning, which clears when the flood stops', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await room.evaluate(async () => {
      const pupils = ['Léa', 'Tom', 'Inès', 'Yanis'];
      for (const name of pupils) window.bbbSim.join({ name });
      for (let i = 0; i < 15; i++) {
        window.bbbSim.chat({ from: pupils[i % pupils.length]!, text: `mdr ${i}` });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    await expect(panel.getByTestId('chat-load')).toHaveAttribute('data-level', 'overload');
    await expect.poll(() => overlayText(room)).toMatch(/satur|overload/i);
    // Ten quiet seconds empty the short window: the warning goes away by itself.
    await expect(panel.getByTestId('chat-load')).toHaveAttribute('data-level', 'calm', { timeout: 15_000 });
    await expect.poll(() => overlayText(room), { timeout: 5_000 }).not.toMatch(/satur|overload/i);
  });

  test('attendance keeps every interval of someone who leaves and comes back', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await room.evaluate(() => {
      window.bbbSim.join({ name: 'Nina Leroy' });
      window.bbbSim.join({ name: 'Paul Thomas' });
    });
    await expect(panel.getByTestId('attendance-present-count')).toHaveText('3');
    await room.evaluate(() => window.bbbSim.leave('Nina Leroy'));
    await expect(panel.getByTestId('attendance-present-count')).toHaveText('2');
    await room.evaluate(() => window.bbbSim.join({ name: 'Nina Leroy' }));

    const nina = panel.getByTestId('attendance-row').filter({ hasText: 'Nina Leroy' });
    await expect(nina).toHaveCount(1);
    await expect(nina.getByTestId('attendance-intervals')).toHaveText('2');
    await expect(nina).toHaveAttribute('data-present', 'true');
    const paul = panel.getByTestId('attendance-row').filter({ hasText: 'Paul Thomas' });
    // One interval: no reconnection to mention.
    await expect(paul.getByTestId('attendance-intervals')).toHaveCount(0);
  });

  test('nothing is lost when the service worker stops mid-session and the panel reopens', async ({ moderato }) => {
    const room = await moderato.openRoom('sim=off');
    let panel = await moderato.openPanel(room);
    await room.evaluate(() => {
      for (const name of ['Lina Vincent', 'Hugo Roux', 'Emma Morel']) window.bbbSim.join({ name });
      window.bbbSim.raiseHand('Hugo Roux');
      window.bbbSim.raiseHand('Emma Morel');
    });
    await panel.getByTestId('agenda-edit').click();
    await panel.getByTestId('agenda-draft-title').fill('Cours');
    await panel.getByTestId('agenda-draft-minutes').fill('30');
    await panel.getByTestId('agenda-save').click();
    await panel.getByTestId('agenda-start').click();
    await panel.getByTestId('queue-next').click();
    await expect(panel.getByTestId('queue-speaker-name')).toHaveText('Hugo Roux');

    await stopServiceWorkers(panel);
    await panel.close();
    panel = await moderato.openPanel(room);

    await expect(panel.getByTestId('agenda-current-title')).toHaveText('Cours');
    await expect(panel.getByTestId('agenda')).toHaveAttribute('data-status', 'running');
    await expect(panel.getByTestId('queue-speaker-name')).toHaveText('Hugo Roux');
    await expect(panel.getByTestId('queue-entry-name')).toHaveText(['Emma Morel']);
    await expect(panel.getByTestId('attendance-present-count')).toHaveText('4');
  });
});
