import type { ChecklistId, ChecklistOutcome, LoggedEvent } from './events';

export type ChecklistProgress = Record<ChecklistId, Record<string, ChecklistOutcome>>;

/** The last recorded outcome of each checklist step: what a reopened panel shows again. */
export function checklistProgress(events: readonly LoggedEvent[]): ChecklistProgress {
  const progress: ChecklistProgress = { start: {}, end: {} };
  for (const event of events) {
    if (event.type === 'checklist.step') progress[event.checklist][event.stepId] = event.outcome;
  }
  return progress;
}
