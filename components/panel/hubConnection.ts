import { browser } from 'wxt/browser';
import { PANEL_PORT, type HubToPanel, type HubToPanelSessions, type PanelToHub, type PanelToHubSessions } from '../../core/protocol';

/**
 * Keeps the panel connected to the hub for one room tab. When the service worker stops, the
 * Port closes: reconnecting wakes it, and it rebuilds the session from IndexedDB.
 */
export function watchRoomTab(tabId: number, onMessage: (message: HubToPanel) => void, signal: AbortSignal) {
  let retryDelay = 50;
  let current: ReturnType<typeof browser.runtime.connect> | null = null;
  const connect = () => {
    if (signal.aborted) return;
    const port = browser.runtime.connect({ name: PANEL_PORT });
    current = port;
    port.onMessage.addListener((message) => {
      retryDelay = 50;
      onMessage(message as HubToPanel);
    });
    port.onDisconnect.addListener(() => {
      if (current === port) current = null;
      if (signal.aborted) return;
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 2000);
    });
    signal.addEventListener('abort', () => port.disconnect(), { once: true });
    port.postMessage({ kind: 'panel/watch', tabId } satisfies PanelToHub);
  };
  connect();
  return {
    /** Sends a command or an action; dropped while reconnecting (the panel shows "disconnected"). */
    send(message: Exclude<PanelToHub, { kind: 'panel/watch' }>) {
      current?.postMessage(message);
    },
  };
}

/** The room tab this panel serves: given by the hub in the panel's URL, else the active tab. */
export async function resolveRoomTabId(search: string): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Asks the background to change stored sessions (it is their one writer). */
export async function askSessionChange(request: PanelToHubSessions): Promise<HubToPanelSessions> {
  const answer = (await browser.runtime.sendMessage(request)) as HubToPanelSessions | undefined;
  return answer ?? { ok: false };
}
