import { createEffect, createMemo, createResource, createSignal, Match, Show, Switch } from 'solid-js';
import type { PanelHub } from './panelHub';
import { MANUAL_VERSION } from '../../core/protocol';
import { fill } from '../../core/i18n/messages';
import { RunView } from './RunView';
import type { SiteAccess } from './RoomSites';
import { PrepareView } from './prepare/PrepareView';
import type { PanelStores } from './prepare/stores';
import { ChecklistView } from './checklist/ChecklistView';
import { ReviewView } from './review/ReviewView';
import { templateAgendaItems, type Template } from '../../core/templates/schema';
import type { PlannedClass } from '../../core/templates/planMatch';
import { PlanOffer } from './run/PlanOffer';
import { SettingsView } from './settings/SettingsView';
import { createPersistedSignal, isBoolean } from '../persisted';
import { Icon } from '../icons';
import type { TeachAccess } from './teach/access';
import { useLocale, useT } from '../i18n';

type Tab = 'prepare' | 'run' | 'review' | 'settings';

export interface AppProps {
  /** null when the panel could not tell which tab it serves. */
  hub: PanelHub | null;
  sites: SiteAccess;
  builtInSites: string[];
  /**
   * Moderato's repositories (templates, plans, sessions), opened by the panel itself; null or
   * absent when IndexedDB could not be opened (Préparer and Bilan then say so).
   */
  stores?: PanelStores | null;
  /** Teaching a site its selectors, in the panel's room tab; null when the panel has no tab. */
  teach?: TeachAccess | null;
  /** The address of the panel's room tab, to recognise a planned class (null when unknown). */
  roomUrl?: () => Promise<string | null>;
}

/**
 * Préparer · Animer · Bilan, and Réglages (sites, taught selector packs, display) out of the way.
 * Opens on "Animer": the panel is mostly used during a class.
 */
export function App(props: AppProps) {
  const t = useT();
  const locale = useLocale();
  const [tab, setTab] = createSignal<Tab>('run');
  const [largeText, setLargeText] = createPersistedSignal('largeText', false, isBoolean);
  createEffect(() => document.documentElement.toggleAttribute('data-large-text', largeText()));
  // The templates, shared by Préparer (which edits them), the checklists and the report.
  const [loaded] = createResource(
    () => props.stores ?? false,
    async (stores) => {
      await stores.templates.seedDefaults(locale);
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
    { id: 'prepare', label: () => t.panelTabPrepare },
    { id: 'run', label: () => t.panelTabRun },
    { id: 'review', label: () => t.panelTabReview },
  ];
  // A planned class recognised in the open room: its agenda, its template for the checklists.
  const [fromPlan, setFromPlan] = createSignal<string | null>(null);
  const usePlan = (hub: PanelHub, plan: PlannedClass, template: Template) => {
    setTemplateId(template.id);
    hub.command({ type: 'agenda.set', items: templateAgendaItems(template) });
    hub.command({ type: 'agenda.started' });
    setFromPlan(plan.title);
  };
  const offer = () => (
    <Show when={props.stores && props.roomUrl && props.hub}>
      <PlanOffer
        plans={() => props.stores!.plans.list()}
        templates={templates}
        roomUrl={props.roomUrl!}
        onUse={(plan, template) => usePlan(props.hub!, plan, template)}
      />
    </Show>
  );
  const checklist = (part: 'start' | 'end', headless = false) => (
    <Show when={sessionOpen() && props.hub}>
      {(hub) => (
        <ChecklistView
          hub={hub()}
          part={part}
          headless={headless}
          templates={templates}
          templateId={() => activeTemplate()?.id ?? null}
          onTemplateChange={setTemplateId}
        />
      )}
    </Show>
  );
  return (
    <main class="panel">
      <nav role="tablist" aria-label={t.panelViews}>
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
        <button
          type="button"
          role="tab"
          class="tab-settings"
          id="tab-settings"
          aria-selected={tab() === 'settings'}
          aria-controls="tabpanel-settings"
          aria-label={t.panelTabSettings}
          title={t.panelTabSettings}
          onClick={() => setTab('settings')}
        >
          <Icon name="settings" />
        </button>
      </nav>
      <section role="tabpanel" id={`tabpanel-${tab()}`} aria-labelledby={`tab-${tab()}`}>
        <Switch>
          <Match when={tab() === 'run'}>
            <RunView
              state={() => props.hub?.state() ?? null}
              hub={props.hub}
              checklist={checklist}
              offer={offer()}
              agendaNote={fromPlan() ? fill(t.agendaFromPlan, { title: fromPlan()! }) : null}
            />
          </Match>
          <Match when={tab() === 'prepare'}>
            <Show when={props.stores} fallback={<p class="warning" data-testid="stores-unavailable">{t.storesUnavailable}</p>}>
              {(stores) => <PrepareView stores={stores()} hub={props.hub} onTemplates={(list) => setEdited(list)} />}
            </Show>
          </Match>
          <Match when={tab() === 'review'}>
            <Show when={props.stores} fallback={<p class="warning" data-testid="stores-unavailable">{t.storesUnavailable}</p>}>
              {(stores) => <ReviewView stores={stores()} hub={props.hub} template={activeTemplate} />}
            </Show>
          </Match>
          <Match when={tab() === 'settings'}>
            <SettingsView
              sites={props.sites}
              builtInSites={props.builtInSites}
              stores={props.stores ?? null}
              teach={props.teach ?? null}
              largeText={largeText}
              setLargeText={setLargeText}
            />
          </Match>
        </Switch>
      </section>
    </main>
  );
}
