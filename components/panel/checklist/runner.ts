/**
 * Runs a checklist: each step is ticked by the moderator, or performed in the room by the adapter
 * and verified there. A small state machine, independent of the DOM:
 *
 *   pending ──run──▶ running ──done──▶ done
 *                            ──manual─▶ manual ──confirm──▶ manual-confirmed
 *                            ──failed─▶ failed ──retry──▶ running
 *                                              ──skip───▶ skipped
 *   pending ──tick──▶ done (steps without automation)      any unfinished ──skip──▶ skipped
 *
 * `runSequence` performs steps one after the other; it stops on a manual or failed step and goes
 * on once the moderator confirms, retries successfully or skips. Every outcome is recorded as a
 * `checklist.step` command (failed ones too, with the reason; the report keeps the last one).
 */
import type { ActionResult, ManualStep, RoomAction } from '../../../platforms/contract';
import type { SessionCommand } from '../../../core/protocol';
import type { ChecklistId, ChecklistOutcome } from '../../../core/session/events';
import type { ChecklistStep } from '../../../core/templates/schema';

export type StepStatus = 'pending' | 'running' | 'done' | 'manual' | 'manual-confirmed' | 'failed' | 'skipped';

export interface RunnerStep {
  id: string;
  label: string;
  automated: boolean;
  status: StepStatus;
  /** Why it failed or why it is manual. */
  reason?: string;
  /** What to click, in both languages, when the room could not be driven. */
  manualSteps?: ManualStep[];
}

export interface RunnerState {
  checklist: ChecklistId;
  steps: RunnerStep[];
  /** Step ids of the sequence under way (empty when none), and where it stands. */
  sequence: string[];
  sequenceIndex: number;
}

export interface RunnerOptions {
  checklist: ChecklistId;
  steps: readonly ChecklistStep[];
  /** The room action of a step; null when it has none (ticked by hand). */
  actionOf: (step: ChecklistStep) => RoomAction | null;
  act: (action: RoomAction) => Promise<ActionResult>;
  record: (command: SessionCommand) => void;
  /** Outcomes already in the session's log: the runner starts from them (a reopened panel). */
  recorded?: Partial<Record<string, ChecklistOutcome>>;
}

const FINISHED: readonly StepStatus[] = ['done', 'manual-confirmed', 'skipped'];

export function isFinished(status: StepStatus): boolean {
  return FINISHED.includes(status);
}

export interface ChecklistRunner {
  state(): RunnerState;
  subscribe(listener: (state: RunnerState) => void): () => void;
  /** Performs an automated step (or ticks a manual one). */
  run(stepId: string): Promise<void>;
  /** Ticks a step without automation, or confirms a manual one ("C'est fait"). */
  confirm(stepId: string): Promise<void>;
  retry(stepId: string): Promise<void>;
  skip(stepId: string): Promise<void>;
  /** Runs the given steps in order, pausing on manual and failed ones. */
  runSequence(stepIds: readonly string[]): Promise<void>;
}

export function createChecklistRunner(options: RunnerOptions): ChecklistRunner {
  const byId = new Map(options.steps.map((step) => [step.id, step]));
  let state: RunnerState = {
    checklist: options.checklist,
    steps: options.steps.map((step) => ({
      id: step.id,
      label: step.label,
      automated: options.actionOf(step) !== null,
      status: options.recorded?.[step.id] ?? 'pending',
    })),
    sequence: [],
    sequenceIndex: 0,
  };
  const listeners = new Set<(state: RunnerState) => void>();

  const set = (next: RunnerState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  const update = (stepId: string, change: Partial<RunnerStep>) => {
    set({
      ...state,
      steps: state.steps.map((step) => {
        if (step.id !== stepId) return step;
        const next: RunnerStep = { id: step.id, label: step.label, automated: step.automated, status: step.status, ...change };
        if (next.status !== 'failed' && next.status !== 'manual') {
          delete next.reason;
          delete next.manualSteps;
        }
        return next;
      }),
    });
  };
  const stepOf = (stepId: string) => state.steps.find((step) => step.id === stepId);
  const record = (stepId: string, outcome: 'done' | 'failed' | 'manual-confirmed' | 'skipped', detail?: string) => {
    const command: SessionCommand = { type: 'checklist.step', checklist: options.checklist, stepId, outcome };
    if (detail !== undefined) command.detail = detail;
    options.record(command);
  };

  /** Moves the sequence on when its current step is finished, running the next one. */
  const advance = async (): Promise<void> => {
    while (state.sequence.length > 0) {
      const currentId = state.sequence[state.sequenceIndex];
      if (currentId === undefined) {
        set({ ...state, sequence: [], sequenceIndex: 0 });
        return;
      }
      const current = stepOf(currentId);
      if (!current) {
        set({ ...state, sequenceIndex: state.sequenceIndex + 1 });
        continue;
      }
      if (isFinished(current.status)) {
        set({ ...state, sequenceIndex: state.sequenceIndex + 1 });
        continue;
      }
      if (current.status !== 'pending') return; // running, manual or failed: the moderator decides.
      await perform(currentId);
    }
  };

  const perform = async (stepId: string): Promise<void> => {
    const step = byId.get(stepId);
    const current = stepOf(stepId);
    if (!step || !current || current.status === 'running' || isFinished(current.status)) return;
    const action = options.actionOf(step);
    if (action === null) {
      // A step the moderator does by hand: the sequence waits for the tick.
      if (current.status === 'pending' && state.sequence.includes(stepId)) update(stepId, { status: 'manual', manualSteps: [] });
      return;
    }
    update(stepId, { status: 'running' });
    let result: ActionResult;
    try {
      result = await options.act(action);
    } catch (error) {
      result = { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
    if (result.status === 'done') {
      update(stepId, { status: 'done' });
      record(stepId, 'done');
    } else if (result.status === 'manual') {
      update(stepId, { status: 'manual', reason: result.reason, manualSteps: result.steps });
    } else {
      update(stepId, { status: 'failed', reason: result.reason });
      record(stepId, 'failed', result.reason);
    }
  };

  const continueSequence = (stepId: string) => (state.sequence[state.sequenceIndex] === stepId ? advance() : Promise.resolve());

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async run(stepId) {
      const step = byId.get(stepId);
      if (step && options.actionOf(step) === null) return this.confirm(stepId);
      await perform(stepId);
    },
    async confirm(stepId) {
      const current = stepOf(stepId);
      if (!current || current.status === 'running' || isFinished(current.status)) return;
      if (current.automated && current.status !== 'manual') return; // an automated step is confirmed only when the room asked for it
      const outcome = current.automated ? 'manual-confirmed' : 'done';
      update(stepId, { status: outcome });
      record(stepId, outcome);
      await continueSequence(stepId);
    },
    async retry(stepId) {
      const current = stepOf(stepId);
      if (!current || (current.status !== 'failed' && current.status !== 'manual')) return;
      update(stepId, { status: 'pending' });
      await perform(stepId);
      await continueSequence(stepId);
    },
    async skip(stepId) {
      const current = stepOf(stepId);
      if (!current || current.status === 'running' || isFinished(current.status)) return;
      update(stepId, { status: 'skipped' });
      record(stepId, 'skipped');
      await continueSequence(stepId);
    },
    async runSequence(stepIds) {
      if (state.sequence.length > 0) return; // one sequence at a time
      set({ ...state, sequence: [...stepIds], sequenceIndex: 0 });
      await advance();
    },
  };
}
