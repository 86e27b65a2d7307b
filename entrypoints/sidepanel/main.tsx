import { render } from 'solid-js/web';
import { App } from '../../panel/App';
import { resolveRoomTabId, watchRoomTab } from '../../panel/hubConnection';
import { createPanelHub } from '../../panel/panelHub';
import { browserSiteAccess } from '../../panel/browserSiteAccess';
import { manifestRoomOrigins } from '../../origins/browserRoomScripts';
import { messagesFor, pickLocale } from '../../i18n/messages';
import './style.css';

const locale = pickLocale(navigator.languages);
const t = messagesFor(locale);
document.documentElement.lang = locale;

void resolveRoomTabId(location.search).then((tabId) => {
  const hub =
    tabId === null
      ? null
      : createPanelHub(tabId, (onMessage) => watchRoomTab(tabId, onMessage, new AbortController().signal));
  render(
    () => <App hub={hub} t={t} sites={browserSiteAccess} builtInSites={manifestRoomOrigins()} />,
    document.getElementById('app')!,
  );
});
