import { browser } from 'wxt/browser';
import type { RoomScriptApi } from './roomOrigins';

/** The built room content script, from the extension's root (WXT's output for entrypoints/room.content). */
export const ROOM_SCRIPT_PATH = '/content-scripts/room.js';

/** RoomScriptApi over the browser's permissions and scripting APIs. */
export const browserRoomScripts: RoomScriptApi = {
  async grantedOrigins() {
    return (await browser.permissions.getAll()).origins ?? [];
  },
  async registeredIds() {
    return (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id);
  },
  async register(scripts) {
    await browser.scripting.registerContentScripts(
      scripts.map(({ id, matches }) => ({
        id,
        matches,
        js: [ROOM_SCRIPT_PATH.slice(1)],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  },
  async unregister(ids) {
    await browser.scripting.unregisterContentScripts({ ids });
  },
};

/** Host patterns the manifest itself grants (the demo room): read from the manifest, not repeated. */
export function manifestRoomOrigins(): string[] {
  const manifest = browser.runtime.getManifest();
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []).map((match) => {
    const url = /^(\w+|\*):\/\/([^/]+)\//.exec(match);
    return url ? `${url[1]}://${url[2]}/*` : match;
  });
}
