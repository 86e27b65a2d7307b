/**
 * The views of a live session, kept up to date event by event. The hub pushes them to the side
 * panel many times a second in a busy class: folding the whole log again for each push would cost
 * more as the class goes on; here a push costs the people and the last minute of chat.
 *
 * Each view is the same fold as its batch function over a log (attendance, queueState,
 * chatQuestions, checklistProgress), so the two cannot disagree; liveViews.test.ts checks it.
 */
import { attendanceBuilder, type Attendance } from './attendance';
import { chatLoad, questionsBuilder, type ChatLoad, type ChatQuestions } from './chatLoad';
import { checklistBuilder, type ChecklistProgress } from './checklists';
import type { LoggedEvent } from './events';
import { queueBuilder, type QueueState } from './queue';

export interface SessionViews {
  /** The agenda's own events, for clocks that run where they are shown. */
  agendaLog: LoggedEvent[];
  queue: QueueState;
  chatLoad: ChatLoad;
  questions: ChatQuestions;
  attendance: Attendance;
  checklists: ChecklistProgress;
}

export interface LiveViews {
  /** Adds one event, in log order. */
  add(event: LoggedEvent): void;
  /** The views as of `now`; `log` is the same log (the chat load reads its last minute). */
  read(log: readonly LoggedEvent[], now: number): SessionViews;
}

export function liveViews(log: readonly LoggedEvent[] = []): LiveViews {
  const agendaLog: LoggedEvent[] = [];
  const queue = queueBuilder();
  const questions = questionsBuilder();
  const presence = attendanceBuilder();
  const checklists = checklistBuilder();
  const views: LiveViews = {
    add(event) {
      if (event.type.startsWith('agenda.')) agendaLog.push(event);
      queue.add(event);
      questions.add(event);
      presence.add(event);
      checklists.add(event);
    },
    read: (events, now) => ({
      agendaLog: [...agendaLog],
      queue: queue.read(now),
      chatLoad: chatLoad(events, now),
      questions: questions.read(now),
      attendance: presence.read(now),
      checklists: checklists.read(),
    }),
  };
  for (const event of log) views.add(event);
  return views;
}
