import { createMemo, createSignal, For, Index, Show } from 'solid-js';
import { createStore, produce, unwrap } from 'solid-js/store';
import * as v from 'valibot';
import { fill, type MessageKey } from '../../../core/i18n/messages';
import {
  CHECKLIST_NAMES,
  fromValibotIssue,
  importError,
  STEP_AUTOMATIONS,
  TemplateSchema,
  templateIssues,
  type ChecklistName,
  type ImportError,
  type StepAutomation,
  type Template,
  type TemplateThresholds,
} from '../../../core/templates';
import { Icon } from '../../icons';
import { useLocale, useT } from '../../i18n';
import { importErrorText } from '../importErrorText';

export interface TemplateEditorProps {
  template: Template;
  /** Stores the checked template; rejects when the store refuses it. */
  onSave: (template: Template) => Promise<void>;
  onCancel: () => void;
  now?: () => Date;
}

export const AUTOMATION_KEYS: Record<StepAutomation, MessageKey> = {
  'post-welcome': 'autoPostWelcome',
  'post-agenda': 'autoPostAgenda',
  'post-rules': 'autoPostRules',
  'mute-all': 'autoMuteAll',
  'lock-microphones': 'autoLockMicrophones',
  'lock-webcams': 'autoLockWebcams',
  'lock-public-chat': 'autoLockPublicChat',
  'lock-private-chat': 'autoLockPrivateChat',
};

const CHECKLIST_KEYS: Record<ChecklistName, MessageKey> = {
  before: 'tplChecklistBefore',
  start: 'tplChecklistStart',
  end: 'tplChecklistEnd',
};

const THRESHOLD_FIELDS: { key: keyof TemplateThresholds; label: MessageKey }[] = [
  { key: 'warnBeforeMinutes', label: 'thrWarnBefore' },
  { key: 'chatBusyPer10s', label: 'thrBusy10' },
  { key: 'chatOverloadPer10s', label: 'thrOverload10' },
  { key: 'chatBusyPerMinute', label: 'thrBusy60' },
  { key: 'chatOverloadPerMinute', label: 'thrOverload60' },
  { key: 'burstCount', label: 'thrBurst' },
];

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

/** Total planned minutes against the slot: over > 0 when the agenda does not fit. */
export function slotFit(template: Pick<Template, 'agenda' | 'slotMinutes'>): { planned: number; slot: number; over: number } {
  const planned = template.agenda.reduce((sum, item) => sum + (Number.isFinite(item.minutes) ? item.minutes : 0), 0);
  return { planned, slot: template.slotMinutes, over: Math.max(0, planned - template.slotMinutes) };
}

/** Checks a draft the way a file is checked, with the same messages. */
export function draftErrors(draft: Template): ImportError[] {
  const result = v.safeParse(TemplateSchema, draft);
  if (!result.success) return result.issues.map((issue) => fromValibotIssue(issue, []));
  return templateIssues(result.output).map((issue) => importError(issue.code, issue.path, issue.params));
}

function move<T>(list: T[], index: number, by: number) {
  const to = index + by;
  if (to < 0 || to >= list.length) return;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item!);
}

/** Creates or edits a template: every field of the model, checked before saving. */
export function TemplateEditor(props: TemplateEditorProps) {
  const t = useT();
  const [draft, setDraft] = createStore<Template>(structuredClone(unwrap(props.template)));
  const [errors, setErrors] = createSignal<ImportError[]>([]);
  const locale = useLocale();
  const fit = createMemo(() => slotFit(draft));
  const edit = (change: (d: Template) => void) => setDraft(produce(change));
  const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const candidate: Template = structuredClone(unwrap(draft));
    for (const key of ['participants', 'moderator'] as const) {
      if (candidate.links[key] === '') delete candidate.links[key];
    }
    candidate.updatedAt = (props.now?.() ?? new Date()).toISOString();
    const found = draftErrors(candidate);
    setErrors(found);
    if (found.length > 0) return;
    try {
      await props.onSave(candidate);
    } catch (error) {
      setErrors([importError('invalid', '', { detail: error instanceof Error ? error.message : String(error) })]);
    }
  };

  return (
    <form class="template-editor" data-testid="template-editor" onSubmit={(e) => void save(e)}>
      <label>
        {t.tplName}
        <input data-testid="tpl-name" value={draft.name} onInput={(e) => setDraft('name', e.currentTarget.value)} />
      </label>
      <label>
        {t.tplKind}
        <select data-testid="tpl-kind" value={draft.kind} onChange={(e) => setDraft('kind', e.currentTarget.value as Template['kind'])}>
          <option value="class">{t.tplKindClass}</option>
          <option value="meeting">{t.tplKindMeeting}</option>
        </select>
      </label>
      <label>
        {t.tplLocale}
        <select value={draft.locale} onChange={(e) => setDraft('locale', e.currentTarget.value as Template['locale'])}>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        {t.tplSlot}
        <input data-testid="tpl-slot" type="number" min="1" value={draft.slotMinutes} onInput={(e) => setDraft('slotMinutes', num(e.currentTarget.value))} />
      </label>

      <fieldset>
        <legend>{t.tplAgenda}</legend>
        <ol class="agenda-items" data-testid="tpl-agenda">
          <Index each={draft.agenda}>
            {(item, index) => (
              <li data-item-id={item().id}>
                <input aria-label={t.tplItemTitle} placeholder={t.tplItemTitle} value={item().title}
                  onInput={(e) => setDraft('agenda', index, 'title', e.currentTarget.value)} />
                <input aria-label={t.tplItemMinutes} type="number" min="1" class="minutes" value={item().minutes}
                  onInput={(e) => setDraft('agenda', index, 'minutes', num(e.currentTarget.value))} />
                <input aria-label={t.tplItemObjective} placeholder={t.tplItemObjective} value={item().objective ?? ''}
                  onInput={(e) => edit((d) => { const value = e.currentTarget.value; if (value === '') delete d.agenda[index]!.objective; else d.agenda[index]!.objective = value; })} />
                <textarea aria-label={t.tplItemNotes} placeholder={t.tplItemNotes} value={item().notes ?? ''}
                  onInput={(e) => edit((d) => { const value = e.currentTarget.value; if (value === '') delete d.agenda[index]!.notes; else d.agenda[index]!.notes = value; })} />
                <span class="row-actions">
                  <button type="button" aria-label={t.prepMoveUp} title={t.prepMoveUp} disabled={index === 0} onClick={() => edit((d) => move(d.agenda, index, -1))}><Icon name="up" size={14} /></button>
                  <button type="button" aria-label={t.prepMoveDown} title={t.prepMoveDown} disabled={index === draft.agenda.length - 1} onClick={() => edit((d) => move(d.agenda, index, 1))}><Icon name="down" size={14} /></button>
                  <button type="button" onClick={() => edit((d) => void d.agenda.splice(index, 1))}>{t.prepRemove}</button>
                </span>
              </li>
            )}
          </Index>
        </ol>
        <button type="button" data-testid="tpl-add-item" onClick={() => edit((d) => void d.agenda.push({ id: newId('item'), title: '', minutes: 5 }))}>
          {t.tplAddItem}
        </button>
        <p data-testid="tpl-duration" classList={{ muted: fit().over === 0, warning: fit().over > 0 }} role={fit().over > 0 ? 'alert' : undefined}>
          {fill(t.tplTotalVsSlot, fit())}
          <Show when={fit().over > 0}> {fill(t.tplOverSlot, fit())}</Show>
        </p>
      </fieldset>

      <For each={CHECKLIST_NAMES}>
        {(name) => (
          <fieldset data-testid={`tpl-checklist-${name}`}>
            <legend>{t[CHECKLIST_KEYS[name]]}</legend>
            <ol>
              <Index each={draft.checklists[name]}>
                {(step, index) => (
                  <li>
                    <input aria-label={t.tplStepLabel} value={step().label}
                      onInput={(e) => setDraft('checklists', name, index, 'label', e.currentTarget.value)} />
                    <select aria-label={t.tplAutomation} value={step().automation ?? ''}
                      onChange={(e) => edit((d) => {
                        const value = e.currentTarget.value as StepAutomation | '';
                        if (value === '') delete d.checklists[name][index]!.automation;
                        else d.checklists[name][index]!.automation = value;
                      })}>
                      <option value="">{t.tplAutomationNone}</option>
                      <For each={STEP_AUTOMATIONS}>{(a) => <option value={a}>{t[AUTOMATION_KEYS[a]]}</option>}</For>
                    </select>
                    <span class="row-actions">
                      <button type="button" aria-label={t.prepMoveUp} title={t.prepMoveUp} disabled={index === 0} onClick={() => edit((d) => move(d.checklists[name], index, -1))}><Icon name="up" size={14} /></button>
                      <button type="button" aria-label={t.prepMoveDown} title={t.prepMoveDown} disabled={index === draft.checklists[name].length - 1} onClick={() => edit((d) => move(d.checklists[name], index, 1))}><Icon name="down" size={14} /></button>
                      <button type="button" onClick={() => edit((d) => void d.checklists[name].splice(index, 1))}>{t.prepRemove}</button>
                    </span>
                  </li>
                )}
              </Index>
            </ol>
            <button type="button" onClick={() => edit((d) => void d.checklists[name].push({ id: newId('step'), label: '' }))}>{t.tplAddStep}</button>
          </fieldset>
        )}
      </For>

      <label>
        {t.tplWelcome}
        <textarea data-testid="tpl-welcome" value={draft.welcomeMessage} onInput={(e) => setDraft('welcomeMessage', e.currentTarget.value)} />
      </label>
      <label>
        {t.tplRules}
        <textarea data-testid="tpl-rules" value={draft.rulesMessage} onInput={(e) => setDraft('rulesMessage', e.currentTarget.value)} />
      </label>
      <label>
        {t.tplLinkParticipants}
        <input type="url" value={draft.links.participants ?? ''} onInput={(e) => setDraft('links', 'participants', e.currentTarget.value)} />
      </label>
      <label>
        {t.tplLinkModerator}
        <input type="url" value={draft.links.moderator ?? ''} onInput={(e) => setDraft('links', 'moderator', e.currentTarget.value)} />
      </label>

      <fieldset>
        <legend>{t.tplThresholds}</legend>
        <For each={THRESHOLD_FIELDS}>
          {(field) => (
            <label>
              {t[field.label]}
              <input type="number" min="0" value={draft.thresholds[field.key]} onInput={(e) => setDraft('thresholds', field.key, num(e.currentTarget.value))} />
            </label>
          )}
        </For>
      </fieldset>

      <Show when={errors().length > 0}>
        <div class="warning" role="alert" data-testid="tpl-errors">
          <p>{t.tplInvalid}</p>
          <ul>
            <For each={errors()}>{(error) => <li>{importErrorText(t, error)}</li>}</For>
          </ul>
        </div>
      </Show>
      <div class="actions">
        <button type="submit" class="primary" data-testid="tpl-save">{t.tplSave}</button>
        <button type="button" onClick={() => props.onCancel()}>{t.prepCancel}</button>
      </div>
    </form>
  );
}
