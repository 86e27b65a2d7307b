import { Show } from 'solid-js';
import { RoomSites, type SiteAccess } from '../RoomSites';
import { TeachSite } from '../teach/TeachSite';
import type { TeachAccess } from '../teach/access';
import type { PanelStores } from '../prepare/stores';
import { useT } from '../../i18n';

export interface SettingsViewProps {
  sites: SiteAccess;
  builtInSites: string[];
  stores: PanelStores | null;
  teach: TeachAccess | null;
  largeText: () => boolean;
  setLargeText: (large: boolean) => void;
}

/** Réglages: what is set once and rarely changed (display, sites, taught selector packs). */
export function SettingsView(props: SettingsViewProps) {
  const t = useT();
  return (
    <div class="settings" data-testid="settings-view">
      <section aria-labelledby="display-heading">
        <h2 id="display-heading">{t.settingsDisplay}</h2>
        <label class="check">
          <input type="checkbox" data-testid="large-text" checked={props.largeText()} onChange={(event) => props.setLargeText(event.currentTarget.checked)} />{' '}
          {t.settingsLargeText}
        </label>
        <p class="muted">{t.settingsThemeNote}</p>
      </section>
      <RoomSites access={props.sites} builtIn={props.builtInSites} />
      <Show when={props.stores}>{(stores) => <TeachSite access={props.teach} packs={stores().packs} enabledSites={async () => [...(await props.sites.granted()), ...props.builtInSites]} />}</Show>
    </div>
  );
}
