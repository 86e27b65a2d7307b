import { createSignal, Match, Switch } from 'solid-js';
import type { PanelHub } from './panelHub';
import type { Messages } from '../i18n/messages';
import { RunView } from './RunView';
import { RoomSites, type SiteAccess } from './RoomSites';

type Tab = 'prepare' | 'run' | 'review';

export interface AppProps {
  /** null when the panel could not tell which tab it serves. */
  hub: PanelHub | null;
  t: Messages;
  sites: SiteAccess;
  builtInSites: string[];
}

/** Préparer · Animer · Bilan. Opens on "Animer": the panel is mostly used during a class. */
export function App(props: AppProps) {
  const [tab, setTab] = createSignal<Tab>('run');
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
          </Match>
          <Match when={tab() === 'review'}>
            <p class="muted">{props.t.comingSoon}</p>
          </Match>
        </Switch>
      </section>
    </main>
  );
}
