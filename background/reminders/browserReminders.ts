/**
 * The browser side of reminders: alarms named `moderato-plan:<id>`, and a notification when one
 * fires. Everything that decides is in schedule.ts; this file only talks to the browser.
 *
 * Wiring (background): call `installBackgroundReminders({...})` once, synchronously, when the
 * service worker starts; the side panel calls `syncReminderAlarms(plans)` after a plan changes.
 * The manifest needs the `alarms` and `notifications` permissions.
 */
import { browser } from 'wxt/browser';
import type { PlanRecord } from '../storage/schema';
import type { PlanRepository } from '../storage/plans';
import type { SessionRepository } from '../storage/sessions';
import { alarmChanges, planIdOfAlarm, reminderAlarms, reminderText } from './schedule';
import { applyRetention as applyRetentionTo } from '../storage/retention';

/** Brings the browser's reminder alarms in line with the plans (other alarms are not touched). */
export async function syncReminderAlarms(plans: readonly PlanRecord[], now: number = Date.now()): Promise<void> {
  const existing = await browser.alarms.getAll();
  const changes = alarmChanges(existing, reminderAlarms(plans, now));
  await Promise.all(changes.clear.map((name) => browser.alarms.clear(name)));
  for (const alarm of changes.create) browser.alarms.create(alarm.name, { when: alarm.when });
}

/** Shows the reminder of a plan as a system notification, in the moderator's language. */
export async function showReminder(plan: PlanRecord, locale: 'fr' | 'en', now: number = Date.now()): Promise<void> {
  const text = reminderText(plan, locale, now);
  await browser.notifications.create(`moderato-plan:${plan.id}`, {
    type: 'basic',
    iconUrl: notificationIcon(),
    title: text.title,
    message: text.message,
  });
}

/** A plain square in Moderato's colour, for a build that ships no icon (Chrome requires one). */
const FALLBACK_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAKUlEQVR42u3NMQ0AAAgDsOmaRkSjgoOkSf+mnVMRCAQCgUAgEAgEX4IFL+AAPajGw50AAAAASUVORK5CYII=';

/** The extension's largest icon, else the fallback square. */
function notificationIcon(): string {
  const icons = (browser.runtime.getManifest().icons ?? {}) as Record<string, string>;
  const largest = Object.keys(icons).map(Number).sort((a, b) => b - a)[0];
  if (largest === undefined) return FALLBACK_ICON;
  return (browser.runtime.getURL as (path: string) => string)(`/${icons[String(largest)]!.replace(/^\//, '')}`);
}

/** For `browser.alarms.onAlarm`: shows the plan's reminder; true when the alarm was one of ours. */
export async function handleReminderAlarm(
  alarm: { name: string },
  loadPlan: (id: string) => Promise<PlanRecord | undefined>,
  locale: 'fr' | 'en',
  now: number = Date.now(),
): Promise<boolean> {
  const planId = planIdOfAlarm(alarm.name);
  if (planId === null) return false;
  const plan = await loadPlan(planId);
  if (plan) await showReminder(plan, locale, now);
  return true;
}

/** The daily alarm that deletes sessions past the retention period. */
export const RETENTION_ALARM = 'moderato-retention';

export interface BackgroundReminderOptions {
  plans: () => Promise<PlanRepository>;
  sessions: () => Promise<SessionRepository>;
  locale: 'fr' | 'en';
  now?: () => number;
}

/**
 * Registers the alarm and notification listeners (synchronously: a service worker woken by an
 * alarm must have its listener in place), then, on start-up, resyncs the reminder alarms from the
 * stored plans and applies the retention period. A click on a reminder opens the class (the
 * moderator's link when the plan has one, else the participants' link).
 */
export function installBackgroundReminders(options: BackgroundReminderOptions): Promise<void> {
  const now = options.now ?? Date.now;
  const applyRetention = async () => {
    await applyRetentionTo(await options.sessions(), await options.plans(), now());
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) {
      void applyRetention().catch((error: unknown) => console.error('Moderato: retention', error));
      return;
    }
    void options
      .plans()
      .then((plans) => handleReminderAlarm(alarm, (id) => plans.get(id), options.locale, now()))
      .catch((error: unknown) => console.error('Moderato: reminder', error));
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const planId = planIdOfAlarm(notificationId);
    if (planId === null) return;
    void options.plans().then(async (plans) => {
      const plan = await plans.get(planId);
      const url = plan ? plan.moderatorLink || plan.participantsLink : null;
      if (url) await browser.tabs.create({ url });
      await browser.notifications.clear(notificationId);
    });
  });
  return (async () => {
    if (!(await browser.alarms.get(RETENTION_ALARM))) {
      browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
    }
    await syncReminderAlarms(await (await options.plans()).list(), now());
    await applyRetention();
  })();
}
