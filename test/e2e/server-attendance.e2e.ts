/**
 * Issue 27: attendance from the server's own record (BBB's Learning Analytics Dashboard), on the
 * 3.0 demo room whose participant list mounts its rows by pages of 50.
 */
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect, stopServiceWorkers, storedLog } from './fixtures';

const PUPILS = Array.from({ length: 80 }, (_, i) => `Élève ${String(i + 1).padStart(2, '0')}`);
/** They leave and come back: the server records two stays for each. */
const REJOINERS = ['Élève 07', 'Élève 33', 'Élève 61', 'Élève 78'];
/** The server needs up to 5 s to write its record, Moderato up to 12 s to read it. */
const RECORD_READ = { timeout: 45_000, intervals: [1000] };

interface LadSession {
  registeredOn: number;
  leftOn: number;
}

/** The demo server's record, as BBB's API gives it (read by the test, not by the browser). */
async function serverRecord(room: Page): Promise<Map<string, LadSession[]>> {
  const answer = await (await room.request.get(new URL('/bigbluebutton/api/learningDashboard?sessionToken=e2e', room.url()).href)).json();
  const users = JSON.parse(answer.response.data).users as Record<string, { name: string; intIds: Record<string, { sessions: LadSession[] }> }>;
  return new Map(Object.values(users).map((user) => [user.name, Object.values(user.intIds).flatMap((entry) => entry.sessions)]));
}

/** Bilan's attendance table: name → whose times. */
async function bilanRows(panel: Page): Promise<Map<string, string | null>> {
  await panel.getByRole('tab', { name: 'Bilan' }).click();
  await panel.getByTestId('report-refresh').click();
  const rows = await panel
    .getByTestId('report-attendance')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('td')!.textContent!, tr.querySelector('[data-testid="report-times-from"]')!.getAttribute('data-source')] as const));
  return new Map(rows);
}

async function exportFile(panel: Page, testInfo: TestInfo, format: RegExp): Promise<string> {
  await panel.getByRole('tab', { name: 'Bilan' }).click();
  await panel.getByTestId('export-open').click();
  await panel.getByTestId('export-dialog').getByLabel(format).check();
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('export-download').click()]);
  const path = testInfo.outputPath(`${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

test('80 pupils, about 30 of them beyond the mounted rows, some leaving and rejoining: Bilan and the exports list all with the server’s times, through a panel reopening and a worker restart', async ({ moderato }, testInfo) => {
  test.setTimeout(180_000);
  const room = await moderato.openRoom('sim=off&bbb=3.0');
  let panel = await moderato.openPanel(room);
  await room.evaluate(
    async ({ pupils, rejoiners }) => {
      for (const name of pupils) window.bbbSim.join({ name, audio: 'listen' });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const name of rejoiners) window.bbbSim.leave(name);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const name of rejoiners) window.bbbSim.join({ name, audio: 'listen' });
    },
    { pupils: PUPILS, rejoiners: REJOINERS },
  );
  // The count says 81 (80 pupils and the teacher), the page mounts its first 50 rows only.
  await expect(panel.getByTestId('participant-count')).toHaveText('81');

  // Animer says when the server's record was last read; Bilan then lists every pupil.
  await expect(panel.getByTestId('server-record-read-at')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => [...(await bilanRows(panel)).values()].filter((s) => s === 'server').length, RECORD_READ).toBe(80);
  const bilan = await bilanRows(panel);
  expect([...bilan.keys()].sort()).toEqual(PUPILS);
  // Some 30 of them the page never showed (a few shift into the mounted rows while the rejoiners
  // are away): only the server's record has them.
  const seenOnPage = new Set((await storedLog(panel)).flatMap((e) => (e.participant ? [e.participant.name] : [])));
  expect(PUPILS.filter((name) => !seenOnPage.has(name)).length).toBeGreaterThanOrEqual(25);

  // The JSON, to the millisecond: the server's join and leave times, not the page's (once the
  // server has written the last leaves and rejoins, and Moderato has read them).
  await expect(async () => {
    const record = await serverRecord(room);
    const json = JSON.parse(await exportFile(panel, testInfo, /JSON/)) as { participants: { name: string; timesFrom: string; intervals: { joinedAt: string; leftAt: string | null }[] }[] };
    for (const name of PUPILS) {
      const exported = json.participants.find((p) => p.name === name)!;
      const stays = record.get(name)!;
      expect(exported.timesFrom, name).toBe('server');
      expect(exported.intervals, name).toEqual(stays.map((s) => ({ joinedAt: new Date(s.registeredOn).toISOString(), leftAt: s.leftOn ? new Date(s.leftOn).toISOString() : null })));
    }
  }).toPass({ timeout: 45_000, intervals: [2000] });

  // The CSV: every pupil and the teacher, each with the server's times; two stays for a rejoiner.
  const csv = readCsv(await exportFile(panel, testInfo, /Excel/));
  expect(csv.header.at(-1)).toBe('Heures relevées par');
  expect(csv.rows).toHaveLength(81);
  expect(csv.rows.every((row) => row.at(-1) === 'serveur')).toBe(true);
  for (const name of REJOINERS) expect(csv.rows.find((row) => row[0] === name)?.[7], name).toBe('2');

  // Nothing lost or doubled when the side panel closes and reopens, or the worker stops.
  const expected = await bilanRows(panel);
  await panel.close();
  panel = await moderato.openPanel(room);
  expect(await bilanRows(panel), 'panel reopened').toEqual(expected);
  await stopServiceWorkers(panel);
  await panel.reload();
  await room.waitForTimeout(13_000); // one more read of the record after the restart
  expect(await bilanRows(panel), 'worker restarted').toEqual(expected);
  // Same people, same arrivals, departures, stays and sources (the running totals have moved on).
  const stable = (rows: string[][]) => rows.map((row) => [row[0], row[2], row[3], row[7], row[8]]);
  const again = readCsv(await exportFile(panel, testInfo, /Excel/));
  expect(stable(again.rows)).toEqual(stable(csv.rows));
});

test('with the record disabled for the meeting, the panel says so once and attendance comes from the page', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off&bbb=3.0&lad=off');
  const panel = await moderato.openPanel(room);
  await room.evaluate(() => {
    for (const name of ['Léa Martin', 'Hugo Roux', 'Emma Morel']) window.bbbSim.join({ name });
  });
  await expect(panel.getByTestId('participant-count')).toHaveText('4');
  const note = panel.getByTestId('server-record-note');
  await expect(note).toHaveText(/désactivé pour cette classe : les présences viennent de ce que la page affiche/);
  await expect(note).toHaveCount(1);
  await expect(panel.getByTestId('attendance-row')).toHaveCount(4);
  const bilan = await bilanRows(panel);
  expect(bilan).toEqual(new Map([['Léa Martin', 'page'], ['Hugo Roux', 'page'], ['Emma Morel', 'page']]));
  await expect(panel.getByTestId('server-record-note')).toHaveCount(1);
});

function readCsv(text: string) {
  const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((line) => line.split(';'));
  return { header: lines[0]!, rows: lines.slice(1) };
}

test('on 2.7 (the 2.x join address), the older flat record is read the same way', async ({ moderato }) => {
  const room = await moderato.openRoom('sim=off&bbb=2.7&lad=flat', '/join');
  const panel = await moderato.openPanel(room);
  await room.evaluate(() => {
    for (const name of ['Léa Martin', 'Hugo Roux']) window.bbbSim.join({ name });
  });
  await expect(panel.getByTestId('participant-count')).toHaveText('3');
  await expect.poll(async () => bilanRows(panel), RECORD_READ).toEqual(new Map([['Léa Martin', 'server'], ['Hugo Roux', 'server']]));
  await expect(panel.getByTestId('server-record-note')).toHaveCount(0);
});

test('a room script left behind by an extension update asks the server nothing more', async ({ moderato }) => {
  test.setTimeout(90_000);
  const reads: number[] = [];
  moderato.context.on('request', (request) => {
    if (new URL(request.url()).pathname === '/bigbluebutton/api/learningDashboard') reads.push(Date.now());
  });
  const room = await moderato.openRoom('sim=off&bbb=3.0');
  await expect.poll(() => reads.length, RECORD_READ).toBeGreaterThan(0);
  await moderato.context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
  const after = Date.now();
  await room.waitForTimeout(26_000); // two read intervals
  expect(reads.filter((at) => at > after)).toEqual([]);
});
