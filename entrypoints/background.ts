import { browser } from 'wxt/browser';
import { createSessionHub, type PanelPort, type RoomPort } from '../hub/sessionHub';
import { isExtensionPage, roomTabOf } from '../hub/senders';
import { openModeratoDb } from '../storage/db';
import { createSessionRepository, type SessionRepository } from '../storage/sessions';
import { PANEL_PORT, ROOM_PORT } from '../messaging/protocol';
import { syncRoomScripts } from '../origins/roomOrigins';
import { browserRoomScripts, manifestRoomOrigins } from '../origins/browserRoomScripts';

export default defineBackground(() => {
  let repository: Promise<SessionRepository> | null = null;
  const hub = createSessionHub({
    repository: () => (repository ??= openModeratoDb().then(createSessionRepository)),
    now: Date.now,
    wakeRoom: (tabId) => void browser.tabs.sendMessage(tabId, { kind: 'hub/reconnect' }).catch(() => undefined),
    // Chrome: the action opens a side panel bound to this very tab, so two rooms never mix.
    onRoomBound: (tabId) =>
      void browser.sidePanel?.setOptions({ tabId, path: `sidepanel.html?tabId=${tabId}`, enabled: true }),
  });

  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
  // Firefox: the side panel is the sidebar, opened by the toolbar button.
  const firefoxSidebar = (globalThis as { browser?: { sidebarAction?: { toggle(): Promise<void> } } }).browser?.sidebarAction;
  if (firefoxSidebar) (browser.action ?? browser.browserAction)?.onClicked.addListener(() => void firefoxSidebar.toggle());

  // Room origins granted or revoked by the moderator (or in the browser's settings).
  const syncRooms = () =>
    void syncRoomScripts(browserRoomScripts, manifestRoomOrigins()).catch((error: unknown) =>
      console.error('Moderato: could not update room scripts', error),
    );
  syncRooms();
  browser.permissions.onAdded.addListener(syncRooms);
  browser.permissions.onRemoved.addListener(syncRooms);

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === ROOM_PORT) {
      const tabId = roomTabOf(port.sender, browser.runtime.id);
      if (tabId === null) return port.disconnect();
      hub.connectRoom(port as unknown as RoomPort, tabId);
    } else if (port.name === PANEL_PORT) {
      if (!isExtensionPage(port.sender, browser.runtime.getURL('/'))) return port.disconnect();
      hub.connectPanel(port as unknown as PanelPort);
    } else {
      port.disconnect();
    }
  });
});
