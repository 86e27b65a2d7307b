/** Who may talk to the hub. The hub checks every Port's sender before listening to it. */
export interface PortSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** A room Port must come from this extension's content script in a tab's top frame. */
export function roomTabOf(sender: PortSender | undefined, extensionId: string): number | null {
  if (!sender || sender.id !== extensionId) return null;
  if (sender.frameId !== 0) return null;
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && tabId >= 0 ? tabId : null;
}

/** The side panel's page (entrypoints/sidepanel). */
const PANEL_PATH = '/sidepanel.html';

/**
 * A panel Port must come from this extension's side panel page (in the side panel, or opened as
 * a tab of its own): not from another of its pages (the overlay, drawn in a room's subframe).
 */
export function isPanelPage(sender: PortSender | undefined, extensionOrigin: string): boolean {
  if (!sender?.url || !sender.url.startsWith(extensionOrigin)) return false;
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  try {
    return new URL(sender.url).pathname === PANEL_PATH;
  } catch {
    return false;
  }
}

/** The web origin of the page a room content script runs in (top frame only); null for anyone else. */
export function roomOriginOf(sender: PortSender | undefined, extensionId: string): string | null {
  if (roomTabOf(sender, extensionId) === null) return null;
  try {
    const origin = sender?.origin ?? new URL(sender?.url ?? '').origin;
    return /^https?:\/\//.test(origin) ? origin : null;
  } catch {
    return null;
  }
}
