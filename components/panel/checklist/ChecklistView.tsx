import { createMemo, createSignal, For, Index, onCleanup, Show, type Accessor } from 'solid-js';
import type { MessageKey } from '../../../core/i18n/messages';
import type { PanelHub } from '../panelHub';
import type { ChecklistStep, Template } from '../../../core/templates/schema';
import { automationAction, closeRoomSteps } from './actions';
import { createChecklistRunner, type ChecklistRunner, type RunnerState, type RunnerStep, type StepStatus } from './runner';
import { useLocale, useT } from '../../i18n';

export interface ChecklistViewProps {
  hub: PanelHub;
  templates: Accessor<readonly Template[]>;
  /** The template in use (shared with other views); default the first template. */
  templateId?: Accessor<string | null>;
  onTemplateChange?: (id: string) => void;
  /** Which moment of the class to show: its start, its end ("Fermer la salle"), or both. */
  part?: 'start' | 'end';
  /** Without its own heading: inside a folding section that already names it. */
  headless?: boolean;
}

const STATUS_KEYS: Record<StepStatus, MessageKey> = {
  pending: 'chkStatusPending',
  running: 'chkStatusRunning',
  done: 'chkStatusDone',
  manual: 'chkStatusManual',
  'manual-confirmed': 'chkStatusManualConfirmed',
  failed: 'chkStatusFailed',
  skipped: 'chkStatusSkipped',
};

/**
 * Runners outlive the view (switching tabs unmounts it): one per hub, session, template version
 * and checklist, so a step under way or waiting for confirmation is still there on return.
 */
const runnerCache = new WeakMap<PanelHub, Map<string, ChecklistRunner>>();

function useRunner(make: () => ChecklistRunner): { runner: Accessor<ChecklistRunner>; state: Accessor<RunnerState> } {
  const runner = createMemo(make);
  const [state, setState] = createSignal<RunnerState>(runner().state());
  createMemo(() => {
    const current = runner();
    setState(current.state());
    onCleanup(current.subscribe(setState));
  });
  return { runner, state };
}

/**
 * The start and end checklists of the session's template, and "Fermer la salle". Automated steps
 * are performed and verified by the adapter; the others are ticked by the moderator.
 */
export function ChecklistView(props: ChecklistViewProps) {
  const t = useT();
  const [localId, setLocalId] = createSignal<string | null>(null);
  const template = createMemo(() => {
    const wanted = props.templateId?.() ?? localId();
    return props.templates().find((t) => t.id === wanted) ?? props.templates()[0] ?? null;
    // A reloaded list gives new objects: the runners restart only for another template or an edit.
  }, null, { equals: (a, b) => a?.id === b?.id && a?.updatedAt === b?.updatedAt });
  const locale = useLocale();
  const choose = (id: string) => {
    setLocalId(id);
    props.onTemplateChange?.(id);
  };

  const make = (checklist: 'start' | 'end', steps: () => ChecklistStep[]) => () => {
    const current = template();
    const sessionId = props.hub.state()?.room?.sessionId ?? '';
    const key = `${sessionId}|${current?.id ?? ''}|${current?.updatedAt ?? ''}|${checklist}`;
    let cache = runnerCache.get(props.hub);
    if (!cache) runnerCache.set(props.hub, (cache = new Map()));
    const cached = cache.get(key);
    if (cached) return cached;
    const runner = createChecklistRunner({
      checklist,
      steps: steps(),
      actionOf: (step) => (step.automation && current ? automationAction(step.automation, current) : null),
      act: (action) => props.hub.act(action),
      record: (command) => props.hub.command(command),
      recorded: props.hub.state()?.checklists?.[checklist],
    });
    cache.set(key, runner);
    return runner;
  };
  const closeSteps = () => closeRoomSteps(template(), locale);
  const closeIds = () => new Set(closeSteps().map((s) => s.id));
  const start = useRunner(make('start', () => template()?.checklists.start ?? []));
  // One runner for the end: the template's end steps and the close-room steps it lacks.
  const end = useRunner(
    make('end', () => [...(template()?.checklists.end ?? []), ...closeSteps().filter((s) => !template()?.checklists.end.some((e) => e.id === s.id))]),
  );
  const closing = () => end.state().sequence.length > 0;

  const StepRow = (p: { step: Accessor<RunnerStep>; runner: ChecklistRunner }) => (
    <li class="step" data-step-id={p.step().id} data-status={p.step().status}>
      <span class="label">{p.step().label}</span> <span class="status" data-testid="step-status">{t[STATUS_KEYS[p.step().status]]}</span>
      <Show when={p.step().status === 'pending'}>
        <button type="button" onClick={() => void p.runner.run(p.step().id)}>{p.step().automated ? t.chkRun : t.chkTick}</button>
        <button type="button" onClick={() => void p.runner.skip(p.step().id)}>{t.chkSkip}</button>
      </Show>
      <Show when={p.step().status === 'manual'}>
        <Show when={(p.step().manualSteps ?? []).length > 0}>
          <div class="manual" data-testid="step-manual">
            <p>{t.chkManualIntro}</p>
            <ol>
              <For each={p.step().manualSteps}>
                {(m) => (
                  <li>
                    <span lang="fr">« {m.fr} »</span> / <span lang="en">“{m.en}”</span>
                  </li>
                )}
              </For>
            </ol>
          </div>
        </Show>
        <button type="button" class="primary" data-testid="step-confirm" onClick={() => void p.runner.confirm(p.step().id)}>{t.chkConfirm}</button>
        <button type="button" onClick={() => void p.runner.skip(p.step().id)}>{t.chkSkip}</button>
      </Show>
      <Show when={p.step().status === 'failed'}>
        <p class="warning" data-testid="step-failed">{t.chkFailed} {p.step().reason}</p>
        <button type="button" data-testid="step-retry" onClick={() => void p.runner.retry(p.step().id)}>{t.chkRetry}</button>
        <button type="button" data-testid="step-skip" onClick={() => void p.runner.skip(p.step().id)}>{t.chkSkip}</button>
      </Show>
    </li>
  );

  const showStart = () => props.part !== 'end';
  const showEnd = () => props.part !== 'start';
  const heading = () => (props.part === 'start' ? t.chkStart : props.part === 'end' ? t.chkEnd : t.chkTitle);
  const headingId = `checklists-heading-${props.part ?? 'all'}`;

  return (
    <section aria-labelledby={props.headless ? undefined : headingId} class="checklists" data-testid={props.part ? `checklist-view-${props.part}` : 'checklist-view'}>
      <Show when={!props.headless}>
        <h2 id={headingId}>{heading()}</h2>
      </Show>
      <Show when={template()} fallback={<p class="muted">{t.chkNoTemplate}</p>}>
        {(current) => (
          <>
            <Show when={showStart()}>
              <label>
                {t.chkTemplate}{' '}
                <select data-testid="checklist-template" value={current().id} onChange={(e) => choose(e.currentTarget.value)}>
                  <For each={props.templates()}>{(t) => <option value={t.id}>{t.name}</option>}</For>
                </select>
              </label>
              <Show when={!props.part}><h3>{t.chkStart}</h3></Show>
              <ul class="steps" data-testid="checklist-start">
                <Index each={start.state().steps}>{(step) => <StepRow step={step} runner={start.runner()} />}</Index>
              </ul>
            </Show>
            <Show when={showEnd()}>
              <Show when={!props.part}><h3>{t.chkEnd}</h3></Show>
              <ul class="steps" data-testid="checklist-end">
                <Index each={end.state().steps.filter((s) => !closeIds().has(s.id))}>{(step) => <StepRow step={step} runner={end.runner()} />}</Index>
              </ul>
              <div class="close-room">
                <button
                  type="button"
                  class="danger"
                  data-testid="close-room"
                  disabled={closing()}
                  onClick={() => void end.runner().runSequence(closeSteps().map((s) => s.id))}
                >
                  {t.chkCloseRoom}
                </button>
                <p class="muted">{t.chkCloseRoomHelp}</p>
                <ol class="steps" data-testid="close-room-steps" aria-live="polite">
                  <Index each={end.state().steps.filter((s) => closeIds().has(s.id))}>{(step) => <StepRow step={step} runner={end.runner()} />}</Index>
                </ol>
              </div>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
