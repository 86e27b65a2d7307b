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
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && tabId >= 0 ? tabId : null;
}

/** A panel Port must come from one of this extension's own pages (a panel, or the panel opened as a tab). */
export function isExtensionPage(sender: PortSender | undefined, extensionOrigin: string): boolean {
  return !!sender?.url && sender.url.startsWith(extensionOrigin);
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
