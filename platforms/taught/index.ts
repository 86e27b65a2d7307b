/**
 * The taught adapter: any room, read through a selector pack the moderator taught (or imported)
 * for the page's origin. Generic by construction: the pack is data, used only with
 * `querySelectorAll` / `matches` / `textContent`.
 */
import type { Detection, PlatformAdapter } from '../contract';
import { roleElements } from './query';
import type { SelectorPack } from '../../core/packs/schema';
import { actTaught, DEFAULT_TAUGHT_ACTION_TIMEOUT_MS } from './act';
import { readTaught } from './read';

export function detectTaught(doc: Document, url: URL, pack: SelectorPack): Detection | null {
  if (url.origin !== pack.origin) return null;
  const found = roleElements(doc, pack, 'participantRow').length > 0 || roleElements(doc, pack, 'chatMessage').length > 0;
  if (!found) return null;
  const title = (doc.title ?? '').trim() || pack.name || url.host;
  return {
    platform: 'generic',
    version: null,
    // Packs are taught by moderators for their rooms; the page gives no general way to check.
    isModerator: true,
    roomKey: `${url.origin}${url.pathname}`,
    roomTitle: title,
  };
}

export function createTaughtAdapter(pack: SelectorPack, options: { actionTimeoutMs?: number } = {}): PlatformAdapter {
  const timeoutMs = options.actionTimeoutMs ?? DEFAULT_TAUGHT_ACTION_TIMEOUT_MS;
  return {
    id: 'generic',
    detect: (doc, url) => detectTaught(doc, url, pack),
    read: (doc, sink, signal) => readTaught(doc, pack, sink, signal),
    act: (doc, action) => actTaught(doc, pack, action, timeoutMs),
  };
}

