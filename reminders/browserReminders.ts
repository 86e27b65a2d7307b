/**
 * The browser side of reminders: alarms named `moderato-plan:<id>`, and a notification when one
 * fires. Everything that decides is in schedule.ts; this file only talks to the browser.
 *
 * Wiring (background): call `syncReminderAlarms(await plans.list())` on start-up and after any
 * change to the plans, and `handleReminderAlarm(alarm, plans.get, locale)` from
 * `browser.alarms.onAlarm`. The manifest needs the `alarms` and `notifications` permissions.
 */
import { browser } from 'wxt/browser';
import type { PlanRecord } from '../storage/schema';
import { alarmChanges, planIdOfAlarm, reminderAlarms, reminderText } from './schedule';

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

/** The extension's largest icon (Chrome requires one for a basic notification). */
function notificationIcon(): string {
  const icons = (browser.runtime.getManifest().icons ?? {}) as Record<string, string>;
  const largest = Object.keys(icons).map(Number).sort((a, b) => b - a)[0];
  const path = largest === undefined ? 'icon/128.png' : icons[String(largest)]!;
  return (browser.runtime.getURL as (path: string) => string)(`/${path.replace(/^\//, '')}`);
}

/** For `browser.alarms.onAlarm`: shows the plan's reminder; true when the alarm was one of ours. */
export async function handleReminderAlarm(
  alarm: { name: string },
  loadPlan: (id: string) => Promise<PlanRecord | undefined>,
  locale: 'fr' | 'en',
): Promise<boolean> {
  const planId = planIdOfAlarm(alarm.name);
  if (planId === null) return false;
  const plan = await loadPlan(planId);
  if (plan) await showReminder(plan, locale);
  return true;
}
