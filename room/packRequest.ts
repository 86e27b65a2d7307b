import { browser } from 'wxt/browser';
import { validatePack, type SelectorPack } from '../core/packs/schema';
import type { RoomToHubPackRequest } from '../core/protocol';

/**
 * The selector pack the moderator taught for this page's origin, asked of the background (packs
 * live in the extension's IndexedDB, out of the page's reach). Null when there is none, or when
 * the answer is not a valid pack: a pack is data, checked again before its selectors are used.
 */
export async function requestPack(): Promise<SelectorPack | null> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ kind: 'room/pack' } satisfies RoomToHubPackRequest);
    if (answer === null || answer === undefined) return null;
    const checked = validatePack(answer);
    return checked.ok ? checked.pack : null;
  } catch {
    // The extension was updated or its worker could not answer: read with the built-in adapters.
    return null;
  }
}
