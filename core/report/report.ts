/**
 * The session report ("Bilan"): what happened, computed from the log alone, so it runs the same on
 * a live session and on one read back from storage (where chat text is not kept).
 *
 * - Session: starts at session.started (else the first event), ends at session.ended (else it is
 *   still running and the duration counts up to `now`).
 * - Agenda: planned vs actual per item, from the agenda clock. When the log never set an agenda
 *   and a template is given, the template's agenda is taken as the plan from the session start.
 * - Attendance: people seen (the moderator using Moderato excepted), present at the end, late.
 * - Speaking: turns given (skipped turns excepted) and talk time per person; a participant who
 *   rejoined under a new id is one person (same rule as attendance: same name, case and spacing
 *   aside).
 * - Chat: people's messages (platform notices excepted), top 10 senders, questions asked and
 *   answered, and the busiest minute (sliding 60-second window).
 * - Checklists: the last outcome logged for each step; with a template, its steps never logged
 *   are listed as pending, in the template's order.
 */
import { agendaClock, type AgendaItemReport } from '../session/agenda';
import { attendance } from '../session/attendance';
import { chatQuestions } from '../session/chatLoad';
import type { ChecklistOutcome, LoggedEvent } from '../session/events';
import { normalizeName } from '../session/names';
import { queueState } from '../session/queue';
import { CHECKLIST_NAMES, templateAgendaItems, type Template } from '../templates/schema';

export const TOP_SENDERS = 10;
const MINUTE = 60_000;

export interface AgendaItemOutcome extends AgendaItemReport {
  /** Actual minus planned-with-extensions: positive = overran. */
  differenceMs: number;
}

export interface ChecklistStepOutcome {
  checklist: string;
  stepId: string;
  /** From the template when it has the step; else the step id. */
  label: string;
  outcome: ChecklistOutcome | 'pending';
  at: number | null;
  detail?: string;
}

export interface SpeakerOutcome {
  name: string;
  turns: number;
  talkMs: number;
}

export interface SessionReport {
  startedAt: number | null;
  endedAt: number | null;
  /** False while the session has no session.ended. */
  ended: boolean;
  durationMs: number;
  agenda: {
    items: AgendaItemOutcome[];
    plannedMs: number;
    actualMs: number;
    pausedMs: number;
    /** Positive = the agenda finished (or will finish) later than planned. */
    behindPlanMs: number;
    finished: boolean;
  };
  attendance: { total: number; presentAtEnd: number; late: number };
  speaking: { turns: number; totalTalkMs: number; people: SpeakerOutcome[] };
  chat: {
    /** Every message, read or not. */
    messages: number;
    /** Of those, how many passed too fast to be read (no sender, never a question). */
    missed: number;
    senders: number;
    topSenders: { sender: string; messages: number }[];
    questionsAsked: number;
    questionsAnswered: number;
    peakPerMinute: { messages: number; from: number | null };
  };
  checklists: ChecklistStepOutcome[];
}

export function sessionReport(events: readonly LoggedEvent[], now: number, template?: Template): SessionReport {
  const log = events.filter((event) => event.at <= now);
  const startedAt = log.find((e) => e.type === 'session.started')?.at ?? log[0]?.at ?? null;
  const endedAt = log.find((e) => e.type === 'session.ended')?.at ?? null;
  const end = endedAt ?? now;

  return {
    startedAt,
    endedAt,
    ended: endedAt !== null,
    durationMs: startedAt === null ? 0 : Math.max(0, end - startedAt),
    agenda: agendaOutcome(log, end, startedAt, template),
    attendance: attendanceOutcome(log, now),
    speaking: speakingOutcome(log, end),
    chat: chatOutcome(log),
    checklists: checklistOutcome(log, template),
  };
}

function agendaOutcome(log: LoggedEvent[], end: number, startedAt: number | null, template?: Template): SessionReport['agenda'] {
  const planned = !log.some((e) => e.type === 'agenda.set') && template && startedAt !== null
    ? [{ type: 'agenda.set' as const, items: templateAgendaItems(template), at: startedAt }, ...log]
    : log;
  const options = template ? { warnBeforeMs: template.thresholds.warnBeforeMinutes * MINUTE } : {};
  const clock = agendaClock(planned, end, options);
  const items = clock.items.map((item) => ({ ...item, differenceMs: item.actualMs - (item.plannedMs + item.extendedMs) }));
  return {
    items,
    plannedMs: items.reduce((sum, item) => sum + item.plannedMs, 0),
    actualMs: clock.runningMs,
    pausedMs: clock.pausedMs,
    behindPlanMs: clock.behindPlanMs,
    finished: clock.status === 'finished',
  };
}

function attendanceOutcome(log: LoggedEvent[], now: number): SessionReport['attendance'] {
  const rows = attendance(log, now).rows.filter((row) => !row.you);
  return {
    total: rows.length,
    presentAtEnd: rows.filter((row) => row.presentAtEnd).length,
    late: rows.filter((row) => row.late).length,
  };
}

function speakingOutcome(log: LoggedEvent[], end: number): SessionReport['speaking'] {
  const queue = queueState(log, end);
  const byName = new Map<string, SpeakerOutcome>();
  const personOf = (name: string): SpeakerOutcome => {
    const key = normalizeName(name);
    let person = byName.get(key);
    if (!person) byName.set(key, (person = { name, turns: 0, talkMs: 0 }));
    return person;
  };
  const nameOfId = new Map<string, string>();
  for (const person of queue.people) {
    nameOfId.set(person.participantId, person.name);
    personOf(person.name).talkMs += person.talkMs;
  }
  const given = queue.turns.filter((turn) => turn.outcome !== 'skipped');
  for (const turn of given) {
    personOf((turn.participantId !== null ? nameOfId.get(turn.participantId) : undefined) ?? turn.name).turns += 1;
  }
  const people = [...byName.values()].sort((a, b) => b.talkMs - a.talkMs || b.turns - a.turns || a.name.localeCompare(b.name));
  return { turns: given.length, totalTalkMs: people.reduce((sum, p) => sum + p.talkMs, 0), people };
}

function chatOutcome(log: LoggedEvent[]): SessionReport['chat'] {
  const times: number[] = [];
  const perSender = new Map<string, number>();
  let missed = 0;
  for (const event of log) {
    if (event.type === 'chat.missed') {
      missed += event.count;
      for (let index = 0; index < event.count; index++) times.push(event.at);
      continue;
    }
    if (event.type !== 'chat.message' || event.message.system) continue;
    times.push(event.at);
    perSender.set(event.message.sender, (perSender.get(event.message.sender) ?? 0) + 1);
  }
  const topSenders = [...perSender]
    .map(([sender, messages]) => ({ sender, messages }))
    .sort((a, b) => b.messages - a.messages || a.sender.localeCompare(b.sender))
    .slice(0, TOP_SENDERS);
  const questions = chatQuestions(log);
  return {
    messages: times.length,
    missed,
    senders: perSender.size,
    topSenders,
    questionsAsked: questions.open.length + questions.answered.length,
    questionsAnswered: questions.answered.length,
    peakPerMinute: busiestMinute(times),
  };
}

/** Most messages within any 60 s window [from, from + 60 s), windows starting on a message. */
function busiestMinute(times: number[]): { messages: number; from: number | null } {
  let best = { messages: 0, from: null as number | null };
  let last = 0;
  for (let first = 0; first < times.length; first++) {
    while (last < times.length && times[last]! < times[first]! + MINUTE) last++;
    if (last - first > best.messages) best = { messages: last - first, from: times[first]! };
  }
  return best;
}

function checklistOutcome(log: LoggedEvent[], template?: Template): ChecklistStepOutcome[] {
  const lastOutcome = new Map<string, ChecklistStepOutcome>();
  const labels = new Map<string, string>();
  const order: string[] = [];
  const keyOf = (checklist: string, stepId: string) => `${checklist}\u0000${stepId}`;
  if (template) {
    for (const checklist of CHECKLIST_NAMES) {
      for (const step of template.checklists[checklist]) {
        const key = keyOf(checklist, step.id);
        labels.set(key, step.label);
        order.push(key);
        lastOutcome.set(key, { checklist, stepId: step.id, label: step.label, outcome: 'pending', at: null });
      }
    }
  }
  for (const event of log) {
    if (event.type !== 'checklist.step') continue;
    const key = keyOf(event.checklist, event.stepId);
    if (!lastOutcome.has(key)) order.push(key);
    const outcome: ChecklistStepOutcome = {
      checklist: event.checklist,
      stepId: event.stepId,
      label: labels.get(key) ?? event.stepId,
      outcome: event.outcome,
      at: event.at,
    };
    if (event.detail !== undefined) outcome.detail = event.detail;
    lastOutcome.set(key, outcome);
  }
  return order.map((key) => lastOutcome.get(key)!);
}
