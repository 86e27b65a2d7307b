import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect, overlayText, stopServiceWorkers, storedLog as storedEvents, type StoredEvent } from './fixtures';

/** The extension's running service worker (after a stop, Playwright gives the restarted one the same object). */
async function serviceWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const prefix = `chrome-extension://${extensionId}/`;
  const find = () => context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  await expect.poll(() => find() !== undefined).toBe(true);
  return find()!;
}

/** What the stored log says of the pupils: joins and leaves per name, and raised hands. */
function summary(events: StoredEvent[]) {
  const nameOf = new Map(events.flatMap((e) => (e.type === 'participant.joined' && e.participant ? [[e.participant.id, e.participant.name] as const] : [])));
  const names = (type: string) => events.filter((e) => e.type === type).map((e) => e.participant?.name ?? nameOf.get(e.id ?? '') ?? `? ${e.id}`).sort();
  return { joined: names('participant.joined'), left: names('participant.left'), hands: names('hand.raised') };
}

/** What waits in chrome.storage.session for a restarted worker (BacklogStore's "backlog:" keys). */
async function keptBacklog(worker: Worker) {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } } };
    const all = await chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('backlog:'))
      .flatMap(([, events]) => events as StoredEvent[]);
  });
}

test('a worker stopped while writes are failing loses nothing once storage recovers', async ({ moderato }) => {
  // lad=off: the server's attendance record would add events of its own while we count them.
  const room = await moderato.openRoom('sim=off&lad=off');
  let panel = await moderato.openPanel(room);
  await expect(panel.getByTestId('room-title')).toBeVisible();
  await room.evaluate(() => window.bbbSim.join({ name: 'Lina Vincent' }));
  await expect.poll(async () => summary(await storedEvents(panel)).joined).toContain('Lina Vincent');
  await expect(panel.getByTestId('storage-problem')).toHaveCount(0);
  // Who is stored before writes fail (the moderator's own account and Lina).
  const baseline = await storedEvents(panel);
  const everyone = (more: string[]) => [...summary(baseline).joined, ...more].sort();

  // The disk is full: every event the worker appends to IndexedDB is refused (SessionRepository
  // .append adds each event to the "events" store; idb calls the native add).
  const worker = await serviceWorker(moderato.context, moderato.extensionId);
  await worker.evaluate(() => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
      if (this.name === 'events') throw new DOMException('The disk is full (e2e).', 'QuotaExceededError');
      return add.apply(this, args);
    };
  });

  const failingFrom = Date.now();
  await room.evaluate(async () => {
    for (const name of ['Hugo Roux', 'Emma Morel', 'Nina Leroy', 'Inès Dubois']) window.bbbSim.join({ name });
    // The reader gathers changes for up to 150 ms: a leave in the same read as the join would be no visit at all.
    await new Promise((resolve) => setTimeout(resolve, 400));
    window.bbbSim.raiseHand('Emma Morel');
    window.bbbSim.leave('Nina Leroy');
    window.bbbSim.leave('Inès Dubois');
  });
  const produced = { joined: ['Emma Morel', 'Hugo Roux', 'Inès Dubois', 'Nina Leroy'], left: ['Inès Dubois', 'Nina Leroy'], hands: ['Emma Morel'] };

  // The moderator is told, and the events wait outside the worker.
  await expect(panel.getByTestId('storage-problem')).toHaveAttribute('data-problem', 'quota');
  await expect
    .poll(async () => summary(await keptBacklog(worker)))
    .toEqual(produced);
  expect(await storedEvents(panel), 'nothing of it reached IndexedDB').toEqual(baseline);

  // The class tab is reloaded: the batches the room kept unacknowledged (it would send them again
  // to a restarted worker) die with the page, so the worker's kept backlog is the only copy left.
  // The room itself keeps who is present (the demo server's state).
  await room.reload();
  await expect.poll(() => overlayText(room)).toContain('Participants : 4');

  // The browser stops the worker: its memory (the queue, the failing add) is gone, storage works again.
  const stoppedAt = Date.now();
  await stopServiceWorkers(panel);
  await panel.reload();
  await expect(panel.getByTestId('room-title')).toBeVisible();

  // Everything produced while writes failed is stored, once, with the time it happened.
  await expect.poll(async () => summary(await storedEvents(panel)), { timeout: 15_000 }).toEqual({
    joined: everyone(produced.joined),
    left: produced.left,
    hands: produced.hands,
  });
  const events = await storedEvents(panel);
  for (const event of events.slice(baseline.length).filter((e) => ['participant.joined', 'participant.left', 'hand.raised'].includes(e.type))) {
    const what = `${event.type} ${event.participant?.name ?? event.id}: kept from before the stop, not read again after it`;
    expect(event.at, what).toBeGreaterThanOrEqual(failingFrom);
    expect(event.at, what).toBeLessThan(stoppedAt);
  }
  // Nothing waits any more, and the panel no longer reports a problem.
  const restarted = await serviceWorker(moderato.context, moderato.extensionId);
  expect(await restarted.evaluate(() => String(IDBObjectStore.prototype.add).includes('[native code]')), 'a new worker, without the failing add').toBe(true);
  await expect.poll(() => keptBacklog(restarted)).toEqual([]);
  await expect(panel.getByTestId('storage-problem')).toHaveCount(0);
  await expect(panel.getByTestId('attendance-present-count')).toHaveText('4');

  // And it stays so: a worker stopped again finds nothing to write twice.
  await stopServiceWorkers(panel);
  panel = await moderato.openPanel(room);
  await expect(panel.getByTestId('attendance-present-count')).toHaveText('4');
  await room.evaluate(() => window.bbbSim.join({ name: 'Paul Martin' }));
  await expect.poll(async () => summary(await storedEvents(panel)).joined).toContain('Paul Martin');
  expect(summary(await storedEvents(panel))).toEqual({
    joined: everyone(['Paul Martin', ...produced.joined]),
    left: produced.left,
    hands: produced.hands,
  });
});
