import { createSignal, Index } from 'solid-js';
import type { AgendaItem } from '../../../core/session/events';
import { fill } from '../../../core/i18n/messages';
import { Icon } from '../../icons';
import { useT } from '../../i18n';

export interface AgendaEditorProps {
  /** Items to start from (editing an agenda keeps their ids, so their time is kept too). */
  initial: readonly AgendaItem[];
  onSave: (items: AgendaItem[]) => void;
  onCancel?: () => void;
}

interface Draft {
  id: string | null;
  title: string;
  minutes: string;
  objective: string;
}

let idCounter = 0;
/** Ids only need to be unique within a session's agenda. */
export function newItemId(): string {
  idCounter += 1;
  return `item-${Date.now().toString(36)}-${idCounter}`;
}

const emptyDraft = (): Draft => ({ id: null, title: '', minutes: '10', objective: '' });

/** Turns the drafts into agenda items; rows without a title or a positive duration are left out. */
export function draftsToItems(drafts: readonly Draft[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const draft of drafts) {
    const title = draft.title.trim();
    const minutes = Math.round(Number(draft.minutes));
    if (title === '' || !Number.isFinite(minutes) || minutes <= 0) continue;
    const objective = draft.objective.trim();
    items.push({ id: draft.id ?? newItemId(), title, plannedMinutes: minutes, ...(objective ? { objective } : {}) });
  }
  return items;
}

/** Title, planned minutes and objective per item; add, remove, reorder; sends the whole list. */
export function AgendaEditor(props: AgendaEditorProps) {
  const t = useT();
  const start = props.initial.length > 0
    ? props.initial.map((item) => ({ id: item.id, title: item.title, minutes: String(item.plannedMinutes), objective: item.objective ?? '' }))
    : [emptyDraft()];
  const [drafts, setDrafts] = createSignal<Draft[]>(start);

  const update = (index: number, patch: Partial<Draft>) =>
    setDrafts((list) => list.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  const move = (index: number, by: number) =>
    setDrafts((list) => {
      const target = index + by;
      if (target < 0 || target >= list.length) return list;
      const copy = [...list];
      const [draft] = copy.splice(index, 1);
      copy.splice(target, 0, draft!);
      return copy;
    });
  const remove = (index: number) => setDrafts((list) => list.filter((_, at) => at !== index));
  const valid = () => draftsToItems(drafts()).length > 0;

  return (
    <form
      class="agenda-editor"
      data-testid="agenda-editor"
      onSubmit={(event) => {
        event.preventDefault();
        const items = draftsToItems(drafts());
        if (items.length > 0) props.onSave(items);
      }}
    >
      <h2 id="agenda-editor-title">{t.agendaEditorTitle}</h2>
      <p class="muted">{t.agendaEditorHelp}</p>
      <ol class="agenda-drafts">
        <Index each={drafts()}>
          {(draft, index) => (
            <li data-testid="agenda-draft">
              <label>
                {t.agendaItemTitle}
                <input
                  type="text"
                  data-testid="agenda-draft-title"
                  data-autofocus={index === 0 ? '' : undefined}
                  value={draft().title}
                  onInput={(event) => update(index, { title: event.currentTarget.value })}
                />
              </label>
              <label>
                {t.agendaItemMinutes}
                <input
                  type="number"
                  min="1"
                  step="1"
                  data-testid="agenda-draft-minutes"
                  value={draft().minutes}
                  onInput={(event) => update(index, { minutes: event.currentTarget.value })}
                />
              </label>
              <label>
                {t.agendaItemObjective}
                <input
                  type="text"
                  data-testid="agenda-draft-objective"
                  value={draft().objective}
                  onInput={(event) => update(index, { objective: event.currentTarget.value })}
                />
              </label>
              <span class="row-buttons">
                <button type="button" aria-label={fill(t.agendaMoveItemUp, { n: index + 1 })} disabled={index === 0} onClick={() => move(index, -1)}><Icon name="up" size={14} /></button>
                <button type="button" aria-label={fill(t.agendaMoveItemDown, { n: index + 1 })} disabled={index === drafts().length - 1} onClick={() => move(index, 1)}><Icon name="down" size={14} /></button>
                <button type="button" aria-label={fill(t.agendaRemoveItem, { n: index + 1 })} onClick={() => remove(index)}><Icon name="close" size={14} /></button>
              </span>
            </li>
          )}
        </Index>
      </ol>
      <p class="buttons">
        <button type="button" data-testid="agenda-add-item" onClick={() => setDrafts((list) => [...list, emptyDraft()])}>
          {t.agendaAddItem}
        </button>
        <button type="submit" class="primary" data-testid="agenda-save" disabled={!valid()}>{t.agendaSave}</button>
        {props.onCancel && (
          <button type="button" onClick={() => props.onCancel?.()}>{t.agendaCancel}</button>
        )}
      </p>
    </form>
  );
}
