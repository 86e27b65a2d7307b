import { createResource, createSignal, For, Show } from 'solid-js';
import { fill } from '../../../core/i18n/messages';
import type { PanelHub } from '../panelHub';
import { serializeTemplates, templateAgendaItems, templateFileName, type Template } from '../../../core/templates';
import { defaultTemplates } from '../../../core/templates/defaults';
import type { StoredTemplate } from '../../../background/storage/schema';
import { downloadFile } from './download';
import { ImportTemplates } from './ImportTemplates';
import { PlanClass } from './PlanClass';
import type { PanelStores } from './stores';
import { TemplateEditor } from './TemplateEditor';
import { Icon } from '../../icons';
import { useLocale, useT } from '../../i18n';

export interface PrepareViewProps {
  stores: PanelStores;
  hub: PanelHub | null;
  /** Called with the list whenever it is (re)loaded, so other views can offer the templates. */
  onTemplates?: (templates: StoredTemplate[]) => void;
  now?: () => Date;
}

/** Préparer: the templates (list, edit, import, export) and planned classes. */
export function PrepareView(props: PrepareViewProps) {
  const t = useT();
  const locale = useLocale();
  const now = () => props.now?.() ?? new Date();
  const [templates, { refetch }] = createResource(async () => {
    await props.stores.templates.seedDefaults(locale, now());
    const list = await props.stores.templates.list();
    props.onTemplates?.(list);
    return list;
  });
  const [editing, setEditing] = createSignal<Template | null>(null);
  const [confirmDelete, setConfirmDelete] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);
  const list = () => templates() ?? [];
  const connected = () => Boolean(props.hub?.state()?.room && props.hub?.state()?.connected);

  const reload = async () => void (await refetch());

  const blank = (): Template => {
    const base = defaultTemplates(locale, now())[0]!;
    return { ...base, id: crypto.randomUUID(), name: t.tplNewName, agenda: [], checklists: { before: [], start: [], end: [] }, links: {} };
  };

  const move = async (index: number, by: number) => {
    const ids = list().map((t) => t.id);
    const to = index + by;
    if (to < 0 || to >= ids.length) return;
    [ids[index], ids[to]] = [ids[to]!, ids[index]!];
    await props.stores.templates.reorder(ids);
    await reload();
  };

  const exportAll = () => {
    const date = now();
    downloadFile(serializeTemplates(list(), date), templateFileName(date), 'application/json');
  };

  const useNow = (template: Template) => {
    props.hub?.command({ type: 'agenda.set', items: templateAgendaItems(template) });
    setMessage(t.tplUsedNow);
  };

  return (
    <div class="prepare" data-testid="prepare-view">
      <section aria-labelledby="templates-heading" class="templates">
        <h2 id="templates-heading">{t.tplTitle}</h2>
        <Show
          when={editing()}
          fallback={
            <>
              <ul class="template-list" data-testid="template-list">
                <For each={list()} fallback={<li class="muted">{t.tplNone}</li>}>
                  {(template, index) => (
                    <li data-template-id={template.id}>
                      <span class="name">{template.name}</span>{' '}
                      <span class="muted">
                        ({template.kind === 'class' ? t.tplKindClass : t.tplKindMeeting}, {template.slotMinutes} min)
                      </span>
                      <div class="row-actions">
                        <button type="button" onClick={() => setEditing(template)}>{t.tplEdit}</button>
                        <button type="button" onClick={() => void props.stores.templates.duplicate(template.id, { name: fill(t.tplCopyName, { name: template.name }).slice(0, 200) }).then(reload)}>
                          {t.tplDuplicate}
                        </button>
                        <button type="button" aria-label={`${t.prepMoveUp} ${template.name}`} disabled={index() === 0} onClick={() => void move(index(), -1)}><Icon name="up" size={14} /></button>
                        <button type="button" aria-label={`${t.prepMoveDown} ${template.name}`} disabled={index() === list().length - 1} onClick={() => void move(index(), 1)}><Icon name="down" size={14} /></button>
                        <button type="button" onClick={() => setConfirmDelete(template.id)}>{t.tplDelete}</button>
                        <Show when={connected()}>
                          <button type="button" data-testid="template-use-now" onClick={() => useNow(template)}>{t.tplUseNow}</button>
                        </Show>
                      </div>
                      <Show when={confirmDelete() === template.id}>
                        <div class="confirm" role="alertdialog" data-testid="template-delete-confirm">
                          <p>{fill(t.tplDeleteConfirm, { name: template.name })}</p>
                          <button type="button" class="danger" onClick={() => void props.stores.templates.delete(template.id).then(() => { setConfirmDelete(null); return reload(); })}>
                            {t.prepConfirm}
                          </button>
                          <button type="button" onClick={() => setConfirmDelete(null)}>{t.prepCancel}</button>
                        </div>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
              <div class="actions">
                <button type="button" data-testid="template-new" onClick={() => setEditing(blank())}>{t.tplNew}</button>
                <button type="button" data-testid="template-export" disabled={list().length === 0} onClick={exportAll}>{t.tplExport}</button>
              </div>
              <ImportTemplates
                existing={list}
                write={(imported) => props.stores.templates.importAll(imported)}
                onImported={() => void reload()}
              />
              <Show when={message()}>
                <p role="status" class="ok" data-testid="prepare-message">{message()}</p>
              </Show>
            </>
          }
        >
          {(template) => (
            <TemplateEditor
              template={template()}
              now={now}
              onCancel={() => setEditing(null)}
              onSave={async (saved) => {
                await props.stores.templates.put(saved);
                setEditing(null);
                setMessage(t.tplSaved);
                await reload();
              }}
            />
          )}
        </Show>
      </section>
      <PlanClass
        templates={list}
        plans={props.stores.plans}
        {...(props.stores.onPlansChanged ? { onPlansChanged: props.stores.onPlansChanged } : {})}
      />
    </div>
  );
}
