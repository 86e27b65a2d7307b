/**
 * Class and meeting templates: what the moderator prepares before the class (agenda, messages,
 * checklists, links, chat thresholds) and reuses from one session to the next.
 *
 * The valibot schema checks shape and types; `templateIssues` adds the rules that span fields
 * (total length of the agenda, unique ids, busy below overload). The limits protect the side
 * panel from files it could not display (a 5 MB title, 10 000 agenda items), not the moderator
 * from ordinary choices.
 */
import * as v from 'valibot';
import type { AgendaItem } from '../session/events';
import type { ChatThresholds } from '../session/chatLoad';

export const TEMPLATE_LIMITS = {
  idLength: 100,
  nameLength: 200,
  titleLength: 200,
  textLength: 2000,
  labelLength: 200,
  messageLength: 5000,
  urlLength: 2000,
  agendaItems: 100,
  checklistSteps: 50,
  itemMinutes: 24 * 60,
  totalMinutes: 24 * 60,
  slotMinutes: 24 * 60,
  warnBeforeMinutes: 60,
  chatPer10s: 1000,
  chatPerMinute: 5000,
  burstCount: 1000,
} as const;

export const TEMPLATE_KINDS = ['class', 'meeting'] as const;
export const TEMPLATE_LOCALES = ['fr', 'en'] as const;
export const STEP_AUTOMATIONS = [
  'post-welcome',
  'post-agenda',
  'post-rules',
  'mute-all',
  'lock-microphones',
  'lock-webcams',
  'lock-public-chat',
  'lock-private-chat',
] as const;

export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];
export type StepAutomation = (typeof STEP_AUTOMATIONS)[number];
export type ChecklistName = 'before' | 'start' | 'end';
export const CHECKLIST_NAMES: readonly ChecklistName[] = ['before', 'start', 'end'];

const L = TEMPLATE_LIMITS;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(L.idLength));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const requiredText = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const count = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** http and https only: a `javascript:` or `file:` link must never reach a button in the panel. */
const webLink = v.pipe(
  v.string(),
  v.maxLength(L.urlLength),
  v.check((value) => isWebUrl(value), 'web-url'),
);

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export const TemplateAgendaItemSchema = v.object({
  id,
  title: requiredText(L.titleLength),
  minutes: count(1, L.itemMinutes),
  objective: v.optional(text(L.textLength)),
  notes: v.optional(text(L.textLength)),
});

export const ChecklistStepSchema = v.object({
  id,
  label: requiredText(L.labelLength),
  /** None: the moderator ticks the step by hand. */
  automation: v.optional(v.picklist(STEP_AUTOMATIONS)),
});

const steps = v.pipe(v.array(ChecklistStepSchema), v.maxLength(L.checklistSteps));

export const TemplateThresholdsSchema = v.object({
  /** The agenda warns this long before an item's time is up. */
  warnBeforeMinutes: count(0, L.warnBeforeMinutes),
  chatBusyPer10s: count(1, L.chatPer10s),
  chatOverloadPer10s: count(1, L.chatPer10s),
  chatBusyPerMinute: count(1, L.chatPerMinute),
  chatOverloadPerMinute: count(1, L.chatPerMinute),
  burstCount: count(2, L.burstCount),
});

export const TemplateSchema = v.object({
  id,
  kind: v.picklist(TEMPLATE_KINDS),
  name: requiredText(L.nameLength),
  locale: v.picklist(TEMPLATE_LOCALES),
  /** Length of the time slot booked for the class. */
  slotMinutes: count(1, L.slotMinutes),
  agenda: v.pipe(v.array(TemplateAgendaItemSchema), v.maxLength(L.agendaItems)),
  checklists: v.object({ before: steps, start: steps, end: steps }),
  welcomeMessage: text(L.messageLength),
  rulesMessage: text(L.messageLength),
  links: v.object({
    participants: v.optional(webLink),
    moderator: v.optional(webLink),
  }),
  thresholds: TemplateThresholdsSchema,
  /** ISO 8601 time of the last edit. */
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
});

export type Template = v.InferOutput<typeof TemplateSchema>;
export type TemplateAgendaItem = v.InferOutput<typeof TemplateAgendaItemSchema>;
export type ChecklistStep = v.InferOutput<typeof ChecklistStepSchema>;
export type TemplateThresholds = v.InferOutput<typeof TemplateThresholdsSchema>;

/** A rule spanning several fields, found after the shape is known to be right. */
export interface CrossFieldIssue {
  /** Path below the template, e.g. `agenda[3].id`. */
  path: string;
  code: 'total-too-long' | 'duplicate-id' | 'threshold-order';
  params: Record<string, string | number>;
}

export function templateIssues(template: Template): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  const total = template.agenda.reduce((sum, item) => sum + item.minutes, 0);
  if (total > L.totalMinutes) {
    issues.push({ path: 'agenda', code: 'total-too-long', params: { total, max: L.totalMinutes } });
  }
  const duplicates = (list: readonly { id: string }[], base: string) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      if (seen.has(entry.id)) issues.push({ path: `${base}[${index}].id`, code: 'duplicate-id', params: { id: entry.id } });
      seen.add(entry.id);
    });
  };
  duplicates(template.agenda, 'agenda');
  for (const name of CHECKLIST_NAMES) duplicates(template.checklists[name], `checklists.${name}`);
  const t = template.thresholds;
  if (t.chatBusyPer10s >= t.chatOverloadPer10s) {
    issues.push({ path: 'thresholds.chatOverloadPer10s', code: 'threshold-order', params: { busy: t.chatBusyPer10s, overload: t.chatOverloadPer10s } });
  }
  if (t.chatBusyPerMinute >= t.chatOverloadPerMinute) {
    issues.push({ path: 'thresholds.chatOverloadPerMinute', code: 'threshold-order', params: { busy: t.chatBusyPerMinute, overload: t.chatOverloadPerMinute } });
  }
  return issues;
}

/** Whether a value is a complete, consistent template (for writes that did not come from a file). */
export function isValidTemplate(value: unknown): value is Template {
  const result = v.safeParse(TemplateSchema, value);
  return result.success && templateIssues(result.output).length === 0;
}

/** The template's agenda as the session log's agenda.set carries it. */
export function templateAgendaItems(template: Template): AgendaItem[] {
  return template.agenda.map((item) => {
    const agendaItem: AgendaItem = { id: item.id, title: item.title, plannedMinutes: item.minutes };
    if (item.objective !== undefined) agendaItem.objective = item.objective;
    return agendaItem;
  });
}

/** The template's chat thresholds in the form chatLoad takes. */
export function templateChatThresholds(template: Template): Partial<ChatThresholds> {
  const t = template.thresholds;
  return {
    busyPer10s: t.chatBusyPer10s,
    overloadPer10s: t.chatOverloadPer10s,
    busyPer60s: t.chatBusyPerMinute,
    overloadPer60s: t.chatOverloadPerMinute,
    burstCount: t.burstCount,
  };
}

/** Picks the template's own fields, dropping anything a stored record adds (its position). */
export function plainTemplate(template: Template): Template {
  const { id, kind, name, locale, slotMinutes, agenda, checklists, welcomeMessage, rulesMessage, links, thresholds, updatedAt } = template;
  return { id, kind, name, locale, slotMinutes, agenda, checklists, welcomeMessage, rulesMessage, links, thresholds, updatedAt };
}
