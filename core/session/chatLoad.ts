/**
 * How busy the chat is, who floods it, and which questions still wait for an answer.
 *
 * Only people's messages count: platform notices (system) are not load; messages that passed
 * too fast to be read (chat.missed) are. The level is read from
 * the windows ending at `now`, so the warning clears by itself as soon as the rate falls.
 * The log is in time order, so the windows are read backwards from its end: the cost is the
 * size of the last minute, not of the session.
 */
import type { LoggedEvent } from './events';
import { messageIsQuestion, messageText } from './events';
import { foldUpTo, type ViewBuilder } from './fold';

export { isQuestion } from './questions';

export type ChatLevel = 'calm' | 'busy' | 'overload';

export interface ChatThresholds {
  /** Messages in the last 10 s from which the chat is busy / overloaded. */
  busyPer10s: number;
  overloadPer10s: number;
  /** Messages in the last 60 s from which the chat is busy / overloaded. */
  busyPer60s: number;
  overloadPer60s: number;
  /** One sender writing this many messages within `burstWindowMs` is a burst. */
  burstCount: number;
  burstWindowMs: number;
}

/**
 * Defaults for a class of about 30. A teacher who is talking can glance at one short message
 * every three seconds at most: 20 a minute is "busy". Past 40 a minute (more than half the class
 * writing within a minute, e.g. everyone answering "oui") nobody can read it: "overload". The
 * 10 s window catches sudden waves a minute average would hide: 6 in 10 s is the busy pace
 * (36/min), 12 in 10 s is over a third of the class at once. Five messages from one pupil in
 * 10 s is no longer a conversation: it is flooding, or a pupil stuck and insisting.
 */
export const DEFAULT_CHAT_THRESHOLDS: ChatThresholds = {
  busyPer10s: 6,
  overloadPer10s: 12,
  busyPer60s: 20,
  overloadPer60s: 40,
  burstCount: 5,
  burstWindowMs: 10_000,
};

export interface ChatBurst {
  sender: string;
  count: number;
}

export interface ChatLoad {
  last10s: number;
  last60s: number;
  level: ChatLevel;
  /** Senders at or over the burst count within the burst window, most messages first. */
  bursts: ChatBurst[];
}

const TEN_SECONDS = 10_000;
const MINUTE = 60_000;

export function chatLoad(events: readonly LoggedEvent[], now: number, thresholds: Partial<ChatThresholds> = {}): ChatLoad {
  const limits = { ...DEFAULT_CHAT_THRESHOLDS, ...thresholds };
  const oldest = now - Math.max(MINUTE, limits.burstWindowMs);
  let last10s = 0;
  let last60s = 0;
  const perSender = new Map<string, number>();

  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!;
    if (event.at > now) continue;
    if (event.at <= oldest) break;
    const age = now - event.at;
    // Messages that passed unread are load too (the class saw them), without a sender.
    if (event.type === 'chat.missed') {
      if (age < MINUTE) last60s += event.count;
      if (age < TEN_SECONDS) last10s += event.count;
      continue;
    }
    if (event.type !== 'chat.message' || event.message.system) continue;
    if (age < MINUTE) last60s += 1;
    if (age < TEN_SECONDS) last10s += 1;
    if (age < limits.burstWindowMs) perSender.set(event.message.sender, (perSender.get(event.message.sender) ?? 0) + 1);
  }

  const bursts = [...perSender]
    .filter(([, count]) => count >= limits.burstCount)
    .map(([sender, count]) => ({ sender, count }))
    .sort((a, b) => b.count - a.count || a.sender.localeCompare(b.sender));

  return { last10s, last60s, level: levelOf(last10s, last60s, limits), bursts };
}

function levelOf(last10s: number, last60s: number, limits: ChatThresholds): ChatLevel {
  if (last10s >= limits.overloadPer10s || last60s >= limits.overloadPer60s) return 'overload';
  if (last10s >= limits.busyPer10s || last60s >= limits.busyPer60s) return 'busy';
  return 'calm';
}

export interface ChatQuestion {
  messageId: string;
  sender: string;
  at: number;
  /** null when read back from a stored log (text is not persisted). */
  text: string | null;
  answeredAt: number | null;
}

export interface ChatQuestions {
  /** Oldest first: the one waiting longest comes first. */
  open: ChatQuestion[];
  answered: ChatQuestion[];
}

/** One pass over the log: questions are collected, answers looked up in a map. */
export function chatQuestions(events: readonly LoggedEvent[], now = Number.POSITIVE_INFINITY): ChatQuestions {
  return foldUpTo(questionsBuilder(), events, now);
}

/**
 * The same questions kept up to date event by event, for a live session: each message is looked
 * at once, when it is added.
 */
export function questionsBuilder(): ViewBuilder<ChatQuestions> {
  const questions: ChatQuestion[] = [];
  const answeredAt = new Map<string, number>();
  return {
    add(event) {
      if (event.type === 'chat.answered') {
        if (!answeredAt.has(event.messageId)) answeredAt.set(event.messageId, event.at);
      } else if (event.type === 'chat.message' && messageIsQuestion(event.message)) {
        const { id, sender } = event.message;
        questions.push({ messageId: id, sender, at: event.at, text: messageText(event.message), answeredAt: null });
      }
    },
    read() {
      const open: ChatQuestion[] = [];
      const answered: ChatQuestion[] = [];
      for (const question of questions) {
        const at = answeredAt.get(question.messageId);
        if (at === undefined) open.push({ ...question });
        else answered.push({ ...question, answeredAt: at });
      }
      return { open, answered };
    },
  };
}
