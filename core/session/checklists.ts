import type { ChecklistId, ChecklistOutcome, LoggedEvent } from './events';

export type ChecklistProgress = Record<ChecklistId, Record<string, ChecklistOutcome>>;

/** The last recorded outcome of each checklist step: what a reopened panel shows again. */
export function checklistProgress(events: readonly LoggedEvent[]): ChecklistProgress {
  const builder = checklistBuilder();
  for (const event of events) builder.add(event);
  return builder.read();
}

/** The same progress kept up to date event by event, for a live session. */
export function checklistBuilder(): { add(event: LoggedEvent): void; read(): ChecklistProgress } {
  const progress: ChecklistProgress = { start: {}, end: {} };
  return {
    add(event) {
      if (event.type === 'checklist.step') progress[event.checklist][event.stepId] = event.outcome;
    },
    read: () => ({ start: { ...progress.start }, end: { ...progress.end } }),
  };
}
