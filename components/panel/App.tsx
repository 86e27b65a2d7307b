import { createMemo, createResource, createSignal, Match, Show, Switch } from 'solid-js';
import type { PanelHub } from './panelHub';
import { MANUAL_VERSION } from '../../core/protocol';
import type { Messages } from '../../core/i18n/messages';
import { RunView } from './RunView';
import { RoomSites, type SiteAccess } from './RoomSites';
import { PrepareView } from './prepare/PrepareView';
import { localeOf, type PanelStores } from './prepare/stores';
import { ChecklistView } from './checklist/ChecklistView';
import { ReviewView } from './review/ReviewView';
import type { Template } from '../../core/templates/schema';
import { TeachSite } from './teach/TeachSite';
import type { TeachAccess } from './teach/access';

type Tab = 'prepare' | 'run' | 'review';

export interface AppProps {
  /** null when the panel could not tell which tab it serves. */
  hub: PanelHub | null;
  t: Messages;
  sites: SiteAccess;
  builtInSites: string[];
  /**
   * Moderato's repositories (templates, plans, sessions), opened by the panel itself; null or
   * absent when IndexedDB could not be opened (Préparer and Bilan then say so).
   */
  stores?: PanelStores | null;
  /** Teaching a site its selectors, in the panel's room tab; null when the panel has no tab. */
  teach?: TeachAccess | null;
}

/** Préparer · Animer · Bilan. Opens on "Animer": the panel is mostly used during a class. */
export function App(props: AppProps) {
  const [tab, setTab] = createSignal<Tab>('run');
  // The templates, shared by Préparer (which edits them), the checklists and the report.
  const [loaded] = createResource(
    () => props.stores ?? false,
    async (stores) => {
      await stores.templates.seedDefaults(localeOf(props.t));
      return stores.templates.list();
    },
  );
  const [edited, setEdited] = createSignal<Template[] | null>(null);
  const templates = (): readonly Template[] => edited() ?? loaded() ?? [];
  const [templateId, setTemplateId] = createSignal<string | null>(null);
  const activeTemplate = createMemo(() => templates().find((t) => t.id === templateId()) ?? templates()[0] ?? null);
  // Checklists need a session: a connected room, or a manual session (its steps are then guided).
  const sessionOpen = () => {
    const state = props.hub?.state();
    return Boolean(state?.room && (state.connected || state.room.version === MANUAL_VERSION));
  };
  const tabs: { id: Tab; label: () => string }[] = [
    { id: 'prepare', label: () => props.t.panelTabPrepare },
    { id: 'run', label: () => props.t.panelTabRun },
    { id: 'review', label: () => props.t.panelTabReview },
  ];
  return (
    <main class="panel">
      <nav role="tablist">
        {tabs.map((entry) => (
          <button
            type="button"
            role="tab"
            id={`tab-${entry.id}`}
            aria-selected={tab() === entry.id}
            aria-controls={`tabpanel-${entry.id}`}
            onClick={() => setTab(entry.id)}
          >
            {entry.label()}
          </button>
        ))}
      </nav>
      <section role="tabpanel" id={`tabpanel-${tab()}`} aria-labelledby={`tab-${tab()}`}>
        <Switch>
          <Match when={tab() === 'run'}>
            <RunView state={() => props.hub?.state() ?? null} hub={props.hub} t={props.t} />
          </Match>
          <Match when={tab() === 'prepare'}>
            <RoomSites access={props.sites} builtIn={props.builtInSites} t={props.t} />
            <Show when={props.stores}>{(stores) => <TeachSite access={props.teach ?? null} packs={stores().packs} enabledSites={async () => [...(await props.sites.granted()), ...props.builtInSites]} t={props.t} />}</Show>
            <Show when={sessionOpen() && props.hub}>
              {(hub) => (
                <ChecklistView
                  hub={hub()}
                  t={props.t}
                  templates={templates}
                  templateId={() => activeTemplate()?.id ?? null}
                  onTemplateChange={setTemplateId}
                />
              )}
            </Show>
            <Show when={props.stores} fallback={<p class="warning" data-testid="stores-unavailable">{props.t.storesUnavailable}</p>}>
              {(stores) => <PrepareView t={props.t} stores={stores()} hub={props.hub} onTemplates={(list) => setEdited(list)} />}
            </Show>
          </Match>
          <Match when={tab() === 'review'}>
            <Show when={props.stores} fallback={<p class="warning" data-testid="stores-unavailable">{props.t.storesUnavailable}</p>}>
              {(stores) => <ReviewView t={props.t} stores={stores()} hub={props.hub} template={activeTemplate} />}
            </Show>
          </Match>
        </Switch>
      </section>
    </main>
  );
}
