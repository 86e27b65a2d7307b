import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { fill } from '../../../core/i18n/messages';
import {
  applyImport,
  parseTemplateFile,
  type ConflictChoice,
  type ImportError,
  type ImportPlan,
  type Template,
} from '../../../core/templates';
import { readFileText } from './download';
import { useLocale, useT } from '../../i18n';
import { importErrorText } from '../importErrorText';

export interface ImportTemplatesProps {
  /** The templates already stored, to find conflicts. */
  existing: () => readonly Template[];
  /** Writes the templates in one go (all or nothing). */
  write: (templates: Template[]) => Promise<unknown>;
  onImported: (count: number) => void;
}

/**
 * Import: the file is read and checked in full before anything is shown; every error is listed
 * with its path; each conflict gets the moderator's choice; nothing is written before "Importer".
 */
export function ImportTemplates(props: ImportTemplatesProps) {
  const t = useT();
  const [errors, setErrors] = createSignal<ImportError[]>([]);
  const [plan, setPlan] = createSignal<ImportPlan | null>(null);
  const [choices, setChoices] = createStore<Record<string, ConflictChoice>>({});
  const [message, setMessage] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let input!: HTMLInputElement;
  const locale = useLocale();

  const reset = () => {
    setPlan(null);
    setErrors([]);
    for (const key of Object.keys(choices)) setChoices(key, undefined!);
    if (input) input.value = '';
  };

  const picked = async (file: File | undefined) => {
    setMessage(null);
    setPlan(null);
    setErrors([]);
    if (!file) return;
    const text = await readFileText(file);
    const result = parseTemplateFile(text, props.existing());
    if (!result.ok) return setErrors(result.errors);
    for (const conflict of result.plan.conflicts) setChoices(conflict.imported.id, 'keep-both');
    setPlan(result.plan);
  };

  const confirm = async () => {
    const current = plan();
    if (!current) return;
    setBusy(true);
    try {
      const templates = applyImport(current, { ...choices }, { suffix: t.impSuffix });
      if (templates.length > 0) await props.write(templates);
      setMessage(templates.length > 0 ? fill(t.impDone, { n: templates.length }) : t.impNothing);
      reset();
      props.onImported(templates.length);
    } catch {
      setMessage(t.impFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="import" data-testid="template-import">
      <label class="file-button">
        {t.tplImport}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          data-testid="template-import-file"
          onChange={(e) => void picked(e.currentTarget.files?.[0])}
        />
      </label>
      <Show when={errors().length > 0}>
        <div class="warning" role="alert" data-testid="import-errors">
          <p>{t.impErrors}</p>
          <ul>
            <For each={errors()}>{(error) => <li data-path={error.path}>{importErrorText(t, error)}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={plan()}>
        {(current) => (
          <div class="import-plan" data-testid="import-plan">
            <Show when={current().additions.length > 0}>
              <p>{t.impAdditions}</p>
              <ul data-testid="import-additions">
                <For each={current().additions}>{(template) => <li>{template.name}</li>}</For>
              </ul>
            </Show>
            <Show when={current().conflicts.length > 0}>
              <p>{t.impConflicts}</p>
              <ul data-testid="import-conflicts">
                <For each={current().conflicts}>
                  {(conflict) => (
                    <li data-template-id={conflict.imported.id}>
                      <strong>{conflict.imported.name}</strong>{' '}
                      <span class="muted">
                        ({conflict.reason === 'same-id' ? t.impSameId : t.impSameName} « {conflict.existing.name} »)
                      </span>
                      <div role="radiogroup">
                        <For each={[['keep-both', t.impKeepBoth], ['replace', t.impReplace], ['skip', t.impSkip]] as const}>
                          {([value, label]) => (
                            <label>
                              <input
                                type="radio"
                                name={`conflict-${conflict.imported.id}`}
                                value={value}
                                checked={choices[conflict.imported.id] === value}
                                onChange={() => setChoices(conflict.imported.id, value)}
                              />
                              {label}
                            </label>
                          )}
                        </For>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <div class="actions">
              <button type="button" class="primary" data-testid="import-confirm" disabled={busy()} onClick={() => void confirm()}>
                {t.impConfirm}
              </button>
              <button type="button" onClick={reset}>{t.prepCancel}</button>
            </div>
          </div>
        )}
      </Show>
      <Show when={message()}>
        <p role="status" data-testid="import-message">{message()}</p>
      </Show>
    </div>
  );
}
