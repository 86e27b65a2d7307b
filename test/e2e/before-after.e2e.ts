import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { extensionIdOf, launchBrowser } from '../demo/browser.mjs';

test.describe('before and after the class', () => {
  test('a template created in the side panel survives a browser restart, and exports and re-imports', async ({ moderato }, testInfo) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await panel.getByRole('tab', { name: 'Préparer' }).click();
    await panel.getByTestId('template-new').click();
    await panel.getByTestId('tpl-name').fill('Anglais 5e — oral');
    await panel.getByTestId('tpl-save').click();
    await expect(panel.getByTestId('template-list')).toContainText('Anglais 5e — oral');

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('template-export').click()]);
    const exported = testInfo.outputPath('templates.json');
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file).toMatchObject({ format: 'moderato-templates', version: 1 });
    expect(file.templates.map((t: { name: string }) => t.name)).toContain('Anglais 5e — oral');

    // Close the browser, open the same profile again.
    await moderato.context.close();
    const { context } = await launchBrowser({ userDataDir: moderato.profile });
    try {
      const id = await extensionIdOf(context);
      const reopened = await context.newPage();
      await reopened.goto(`chrome-extension://${id}/sidepanel.html`);
      await reopened.getByRole('tab', { name: 'Préparer' }).click();
      await expect(reopened.getByTestId('template-list')).toContainText('Anglais 5e — oral');

      // Re-importing the same file never overwrites silently: the moderator keeps both.
      await reopened.getByTestId('template-import-file').setInputFiles(exported);
      await expect(reopened.getByTestId('import-conflicts')).toContainText('Anglais 5e — oral');
      await reopened.getByTestId('import-confirm').click();
      await expect(reopened.getByTestId('template-list')).toContainText('Anglais 5e — oral (importé)');

      // A hostile file changes nothing and says why.
      const before = await reopened.getByTestId('template-list').locator('[data-template-id]').count();
      await reopened.getByTestId('template-import-file').setInputFiles({
        name: 'piege.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ format: 'moderato-templates', version: 1, templates: [{ id: 1, name: '<script>alert(1)</script>' }] })),
      });
      await expect(reopened.getByTestId('import-errors')).toContainText('templates[0]');
      await expect(reopened.getByTestId('template-list').locator('[data-template-id]')).toHaveCount(before);
    } finally {
      await context.close();
    }
  });

  test('"Fermer la salle" mutes and locks the room, verified in the room, then the attendance CSV downloads', async ({ moderato }, testInfo) => {
    const room = await moderato.openRoom('sim=off');
    const panel = await moderato.openPanel(room);
    await room.evaluate(() => {
      for (const name of ['Léa Martin', 'Hugo Roux', '=1+1 Tom']) window.bbbSim.join({ name, muted: false });
      window.bbbSim.chat({ from: 'Léa Martin', text: 'Au revoir !' });
    });
    await expect(panel.getByTestId('participant-count')).toHaveText('4');

    await panel.getByRole('tab', { name: 'Animer' }).click();
    await panel.getByTestId('close-room').click();
    const steps = panel.getByTestId('close-room-steps').locator('[data-step-id]');
    await expect(steps.first()).toBeVisible();
    await expect
      .poll(async () => steps.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status'))), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['done']));
    await expect
      .poll(async () => steps.evaluateAll((rows) => rows.every((row) => row.getAttribute('data-status') === 'done')), { timeout: 30_000 })
      .toBe(true);

    // In the room itself: microphones, webcams, public and private chat are locked for viewers,
    // and every viewer is muted.
    const locks = await room.evaluate(() => window.bbbSim.state().lockSettings);
    expect(locks).toMatchObject({ disableMic: true, disableCam: true, disablePublicChat: true, disablePrivateChat: true });
    const unmutedViewers = await room.evaluate(() =>
      window.bbbSim.state().participants.filter((p) => !p.you && p.audio === 'mic' && !p.muted).map((p) => p.name),
    );
    expect(unmutedViewers).toEqual([]);

    await panel.getByRole('tab', { name: 'Bilan' }).click();
    await panel.getByTestId('export-open').click();
    await panel.getByTestId('export-dialog').getByLabel(/Excel/).check();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-download').click()]);
    const path = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toContain(';');
    expect(lines).toHaveLength(1 + 4);
    expect(lines.some((line) => line.startsWith('"Léa Martin"') || line.startsWith('Léa Martin'))).toBe(true);
    // An untrusted name that looks like a formula is neutralised.
    expect(lines.some((line) => line.includes("'=1+1 Tom"))).toBe(true);
    expect(download.suggestedFilename()).toMatch(/^presences-.*\.csv$/);
  });
});
