import { browser } from 'wxt/browser';
import { createSessionHub, type PanelPort, type RoomPort } from '../background/hub/sessionHub';
import { isPanelPage, roomTabOf } from '../background/hub/senders';
import { answerPackRequest } from '../background/hub/packRequests';
import { answerSessionRequest } from '../background/hub/sessionRequests';
import { openModeratoDb, type Db } from '../background/storage/db';
import { createSessionRepository, type SessionRepository } from '../background/storage/sessions';
import { storageAreaBacklog, type StorageArea } from '../background/storage/backlog';
import { createPlanRepository } from '../background/storage/plans';
import { createPackRepository } from '../background/storage/packs';
import { installBackgroundReminders } from '../background/reminders/browserReminders';
import { messagesFor, pickLocale } from '../core/i18n/messages';
import { PANEL_PORT, ROOM_PORT, type HubToRoomWake } from '../core/protocol';
import { syncRoomScripts } from '../background/origins/roomOrigins';
import { browserRoomScripts, manifestRoomOrigins } from '../background/origins/browserRoomScripts';

export default defineBackground(() => {
  const locale = pickLocale(navigator.languages);
  // One connection for the whole worker, opened on first use.
  let db: Promise<Db> | null = null;
  const openDb = () =>
    (db ??= openModeratoDb().catch((error: unknown) => {
      // Blocked or failed: forget it, so the next attempt (the log writer retries) opens again.
      db = null;
      sessionRepository = null;
      throw error;
    }));
  let sessionRepository: Promise<SessionRepository> | null = null;
  const sessions = () => (sessionRepository ??= openDb().then(createSessionRepository));
  const hub = createSessionHub({
    repository: sessions,
    now: Date.now,
    untitled: messagesFor(locale).manualUntitled,
    // Events not stored yet outlive the worker there (memory, cleared when the browser closes).
    backlog: browser.storage.session && storageAreaBacklog(browser.storage.session as unknown as StorageArea),
    wakeRoom: (tabId) => void browser.tabs.sendMessage(tabId, { kind: 'hub/reconnect' } satisfies HubToRoomWake).catch(() => undefined),
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

  // Reminders 15 minutes before planned classes, and the retention period for past sessions.
  void installBackgroundReminders({
    plans: () => openDb().then(createPlanRepository),
    sessions,
    locale,
  }).catch((error: unknown) => console.error('Moderato: reminders or retention failed', error));

  // A room script asks for the selector pack taught for its page's origin (null when none); the
  // side panel asks for changes to stored sessions, which only the background writes.
  browser.runtime.onMessage.addListener(
    (message, sender) =>
      answerPackRequest(message, sender, browser.runtime.id, (origin) => openDb().then((opened) => createPackRepository(opened).get(origin))) ??
      answerSessionRequest(message, sender, browser.runtime.getURL('/'), sessions, Date.now),
  );

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === ROOM_PORT) {
      const tabId = roomTabOf(port.sender, browser.runtime.id);
      if (tabId === null) return port.disconnect();
      hub.connectRoom(port as unknown as RoomPort, tabId);
    } else if (port.name === PANEL_PORT) {
      if (!isPanelPage(port.sender, browser.runtime.getURL('/'))) return port.disconnect();
      hub.connectPanel(port as unknown as PanelPort);
    } else {
      port.disconnect();
    }
  });
});
