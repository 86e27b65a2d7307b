import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { openModeratoDb } from '../storage/db';
import { createPlanRepository } from '../storage/plans';
import { createSessionRepository } from '../storage/sessions';
import type { PlanRecord } from '../storage/schema';
import { eventually } from '../../test/support/async';
import { installBackgroundReminders, RETENTION_ALARM, showReminder, syncReminderAlarms } from './browserReminders';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const NOW = Date.UTC(2025, 2, 10, 13, 0, 0);
const plan = (id: string, startsAt: number): PlanRecord => ({
  id, templateId: 't', title: `Classe ${id}`, startsAt, participantsLink: 'https://bbb.example/b/x', moderatorLink: '',
});

let dbCount = 0;
beforeEach(() => {
  fakeBrowser.reset();
  browser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Moderato', version: '0.1.0', icons: { 48: 'icon/48.png', 128: 'icon/128.png' } });
});

describe('browser reminders', () => {
  it('keeps one alarm per future plan, 15 minutes before, and leaves other alarms alone', async () => {
    browser.alarms.create('someone-else', { when: NOW + DAY });
    await syncReminderAlarms([plan('a', NOW + 60 * MIN), plan('b', NOW + 120 * MIN)], NOW);
    await syncReminderAlarms([plan('a', NOW + 90 * MIN)], NOW);
    const alarms = (await browser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]).sort();
    expect(alarms).toEqual([
      ['moderato-plan:a', NOW + 75 * MIN],
      ['someone-else', NOW + DAY],
    ]);
  });

  it('shows a reminder notification in the moderator’s language', async () => {
    await showReminder(plan('a', NOW + 15 * MIN), 'fr', NOW);
    const shown = (await browser.notifications.getAll()) as unknown as Record<string, { title: string; message: string }>;
    expect(shown['moderato-plan:a']?.title).toBe('Classe dans 15 min : Classe a');
    expect((shown['moderato-plan:a'] as unknown as { iconUrl: string }).iconUrl).toMatch(/\/icon\/128\.png$/);
  });

  it('falls back to an inline icon when the build has none', async () => {
    browser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Moderato', version: '0.1.0' });
    await showReminder(plan('b', NOW + 15 * MIN), 'en', NOW);
    const shown = (await browser.notifications.getAll()) as unknown as Record<string, { iconUrl: string }>;
    expect(shown['moderato-plan:b']?.iconUrl).toMatch(/^data:image\/png;base64,/);
  });

  it('on start-up syncs the reminders and applies retention; a reminder alarm shows its plan', async () => {
    const db = await openModeratoDb(`reminders-bg-${++dbCount}`);
    const plans = createPlanRepository(db);
    const sessions = createSessionRepository(db);
    await plans.put(plan('p', NOW + 30 * MIN));
    // Past planned classes hold moderator join links: retention deletes them like old sessions.
    await plans.put({ ...plan('old', NOW - 100 * DAY), moderatorLink: 'https://bbb.example/b/x?role=moderator&secret=abc' });
    await plans.put(plan('yesterday', NOW - DAY));
    const old = await sessions.create({ roomKey: 'k', platform: 'bigbluebutton', roomTitle: 'Old', startedAt: NOW - 100 * DAY });
    const recent = await sessions.create({ roomKey: 'k', platform: 'bigbluebutton', roomTitle: 'Recent', startedAt: NOW - DAY });
    await installBackgroundReminders({ plans: async () => plans, sessions: async () => sessions, locale: 'en', now: () => NOW });
    expect((await browser.alarms.get('moderato-plan:p'))?.scheduledTime).toBe(NOW + 15 * MIN);
    expect(await browser.alarms.get(RETENTION_ALARM)).toBeDefined();
    expect(await sessions.get(old.id)).toBeUndefined();
    expect(await sessions.get(recent.id)).toBeDefined();
    expect((await plans.list()).map((p) => p.id)).toEqual(['yesterday', 'p']);

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'moderato-plan:p', scheduledTime: NOW + 15 * MIN });
    await eventually(async () => {
      const shown = (await browser.notifications.getAll()) as unknown as Record<string, { title: string }>;
      expect(shown['moderato-plan:p']?.title).toBe('Class in 30 min: Classe p');
    });
  });
});
