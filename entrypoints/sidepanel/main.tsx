import { render } from 'solid-js/web';
import { browser } from 'wxt/browser';
import { App } from '../../components/panel/App';
import { askSessionChange, resolveRoomTabId, watchRoomTab } from '../../components/panel/hubConnection';
import { createPanelHub } from '../../components/panel/panelHub';
import { browserSiteAccess } from '../../components/panel/browserSiteAccess';
import { browserTeachAccess } from '../../components/panel/teach/browserTeachAccess';
import type { TeachAccess } from '../../components/panel/teach/access';
import { manifestRoomOrigins } from '../../background/origins/browserRoomScripts';
import { pickLocale } from '../../core/i18n/messages';
import { I18nProvider } from '../../components/i18n';
import { openModeratoDb } from '../../background/storage/db';
import { createPanelStores, type PanelStores } from '../../components/panel/prepare/stores';
import { syncReminderAlarms } from '../../background/reminders/browserReminders';
import '../../components/tokens.css';
import './style.css';

const locale = pickLocale(navigator.languages);
document.documentElement.lang = locale;

// The panel runs in the extension's origin: it reads templates, plans and sessions itself.
// After a plan changes, the reminder alarms are brought in line (the background does the same
// on start-up).
const stores: Promise<PanelStores | null> = openModeratoDb()
  .then((db) =>
    createPanelStores(db, (plans) => void syncReminderAlarms(plans).catch((error: unknown) => console.error('Moderato: reminders', error)), askSessionChange),
  )
  .catch((error: unknown) => {
    console.error('Moderato: could not open the database', error);
    return null;
  });

/**
 * The room tab's address, to recognise a planned class by its link: from the tab where Moderato
 * was granted the site, else from the room script (a site whose script the manifest declares).
 */
async function roomUrl(tabId: number | null, teach: TeachAccess | null): Promise<string | null> {
  if (tabId === null) return null;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab?.url ?? (await teach?.where())?.url ?? null;
}

void Promise.all([resolveRoomTabId(location.search), stores]).then(([tabId, panelStores]) => {
  const hub =
    tabId === null
      ? null
      : createPanelHub(tabId, (onMessage) => watchRoomTab(tabId, onMessage, new AbortController().signal));
  const teach = tabId === null ? null : browserTeachAccess(tabId);
  render(
    () => (
      <I18nProvider locale={locale}>
        <App
          hub={hub}
          sites={browserSiteAccess}
          builtInSites={manifestRoomOrigins()}
          stores={panelStores}
          teach={teach}
          roomUrl={() => roomUrl(tabId, teach)}
        />
      </I18nProvider>
    ),
    document.getElementById('app')!,
  );
});
