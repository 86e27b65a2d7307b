import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { App } from '../../panel/App';
import { resolveRoomTabId, watchRoomTab } from '../../panel/hubConnection';
import { browserSiteAccess } from '../../panel/browserSiteAccess';
import { manifestRoomOrigins } from '../../origins/browserRoomScripts';
import { messagesFor, pickLocale } from '../../i18n/messages';
import type { PanelState } from '../../messaging/protocol';
import './style.css';

const t = messagesFor(pickLocale(navigator.languages));
document.documentElement.lang = t === messagesFor('en') ? 'en' : 'fr';
const [state, setState] = createSignal<PanelState | null>(null);
render(
  () => <App state={state} t={t} sites={browserSiteAccess} builtInSites={manifestRoomOrigins()} />,
  document.getElementById('app')!,
);

void resolveRoomTabId(location.search).then((tabId) => {
  if (tabId !== null) watchRoomTab(tabId, (message) => message.kind === 'hub/panel' && setState(message.state), new AbortController().signal);
});
