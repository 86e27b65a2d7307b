/**
 * Reminders of planned classes, as pure functions: which alarms should exist for a list of plans,
 * what the browser's alarms must change to get there, and the notification's text. The browser
 * side (alarms, notifications) is in browserReminders.ts.
 */
import type { PlanRecord } from '../storage/schema';

/** The reminder comes this long before the planned start. */
export const REMINDER_LEAD_MS = 15 * 60_000;
export const REMINDER_ALARM_PREFIX = 'moderato-plan:';

export interface ReminderAlarm {
  name: string;
  planId: string;
  /** Epoch ms the alarm should fire. */
  when: number;
}

export function reminderAlarmName(planId: string): string {
  return `${REMINDER_ALARM_PREFIX}${planId}`;
}

/** The plan id of one of Moderato's reminder alarms, null for any other alarm. */
export function planIdOfAlarm(name: string): string | null {
  return name.startsWith(REMINDER_ALARM_PREFIX) && name.length > REMINDER_ALARM_PREFIX.length
    ? name.slice(REMINDER_ALARM_PREFIX.length)
    : null;
}

/**
 * One alarm per plan still to come, 15 minutes before its start. A plan planned less than 15
 * minutes ahead gets its reminder right away; a plan already started gets none.
 */
export function reminderAlarms(plans: readonly PlanRecord[], now: number, leadMs = REMINDER_LEAD_MS): ReminderAlarm[] {
  return plans
    .filter((plan) => plan.startsAt > now)
    .map((plan) => ({ name: reminderAlarmName(plan.id), planId: plan.id, when: Math.max(plan.startsAt - leadMs, now) }))
    .sort((a, b) => a.when - b.when);
}

export interface AlarmChanges {
  /** Moderato reminder alarms to clear (plans gone, or time changed). */
  clear: string[];
  create: ReminderAlarm[];
}

/** How to go from the alarms the browser has to the ones wanted; other alarms are left alone. */
export function alarmChanges(existing: readonly { name: string; scheduledTime: number }[], wanted: readonly ReminderAlarm[]): AlarmChanges {
  const wantedByName = new Map(wanted.map((alarm) => [alarm.name, alarm]));
  const existingByName = new Map(existing.filter((a) => planIdOfAlarm(a.name) !== null).map((a) => [a.name, a]));
  const clear = [...existingByName.values()]
    .filter((alarm) => wantedByName.get(alarm.name)?.when !== alarm.scheduledTime)
    .map((alarm) => alarm.name);
  const create = wanted.filter((alarm) => existingByName.get(alarm.name)?.scheduledTime !== alarm.when);
  return { clear, create };
}

export interface ReminderText {
  title: string;
  message: string;
}

/** The notification's words, in the moderator's language, with the start time in local time. */
export function reminderText(plan: PlanRecord, locale: 'fr' | 'en', now: number, timeZone?: string): ReminderText {
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit', timeZone }).format(plan.startsAt);
  const minutes = Math.max(0, Math.round((plan.startsAt - now) / 60_000));
  if (locale === 'en') {
    return {
      title: `Class in ${minutes} min: ${plan.title}`,
      message: `Starts at ${time}. Connect now to test sound and sharing. Participants' link: ${plan.participantsLink}`,
    };
  }
  return {
    title: `Classe dans ${minutes} min : ${plan.title}`,
    message: `Début à ${time}. Connectez-vous maintenant pour tester le son et le partage. Lien des participants : ${plan.participantsLink}`,
  };
}
