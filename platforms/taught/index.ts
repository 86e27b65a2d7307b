/**
 * The taught adapter: any room, read through a selector pack the moderator taught (or imported)
 * for the page's origin. Generic by construction: the pack is data, used only with
 * `querySelectorAll` / `matches` / `textContent`.
 */
import type { Detection, PlatformAdapter } from '../contract';
import { roleElements, slowSelectorIn } from './query';
import type { SelectorPack } from '../../core/packs/schema';
import { actTaught, DEFAULT_TAUGHT_ACTION_TIMEOUT_MS } from './act';
import { readTaught } from './read';

/**
 * `roomKey`: the room's key, a keyed digest of its address made by the room script
 * (core/session/roomKey.ts) before detection; without it, the origin alone. Never the path's text.
 */
export function detectTaught(doc: Document, url: URL, pack: SelectorPack, roomKey = `taught|${url.origin}`): Detection | null {
  if (url.origin !== pack.origin) return null;
  const found = roleElements(doc, pack, 'participantRow').length > 0 || roleElements(doc, pack, 'chatMessage').length > 0;
  // A pack switched off for being too slow here finds nothing now; its room stays its own, so the
  // reader can say why nothing is read (see read.ts).
  if (!found && !slowSelectorIn(doc, pack)) return null;
  const title = (doc.title ?? '').trim() || pack.name || url.host;
  return {
    platform: 'generic',
    version: null,
    // Packs are taught by moderators for their rooms; the page gives no general way to check.
    isModerator: true,
    roomKey,
    roomTitle: title,
  };
}

export function createTaughtAdapter(pack: SelectorPack, options: { actionTimeoutMs?: number; roomKey?: string } = {}): PlatformAdapter {
  const timeoutMs = options.actionTimeoutMs ?? DEFAULT_TAUGHT_ACTION_TIMEOUT_MS;
  return {
    id: 'generic',
    detect: (doc, url) => detectTaught(doc, url, pack, options.roomKey),
    read: (doc, sink, signal) => readTaught(doc, pack, sink, signal),
    act: (doc, action) => actTaught(doc, pack, action, timeoutMs),
  };
}

