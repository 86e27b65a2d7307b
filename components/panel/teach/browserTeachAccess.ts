import { browser } from 'wxt/browser';
import { ROOM_SCRIPT_PATH } from '../../../background/origins/browserRoomScripts';
import type { PanelToRoom, PickerAnswer, RoomWhere } from '../../../core/protocol';
import type { RoleCounts } from '../../../platforms/taught/query';
import type { TeachAccess } from './access';

/** TeachAccess over `tabs.sendMessage` to the room tab's top frame. */
export function browserTeachAccess(tabId: number): TeachAccess {
  const send = <T,>(message: PanelToRoom) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<T>;
  const ask = () => send<RoomWhere | undefined>({ kind: 'room/where' }).then((where) => where ?? null);
  return {
    async where() {
      try {
        return await ask();
      } catch {
        // No room script in the tab: the site was enabled after the page was opened. Start it now
        // (this works only where the moderator granted the site), else the view says what to do.
        try {
          await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [ROOM_SCRIPT_PATH] });
          return await ask();
        } catch {
          return null;
        }
      }
    },
    pick: (role, within, locale, composer) =>
      send<PickerAnswer>({ kind: 'picker/start', role, locale, ...(within ? { within } : {}), ...(composer ? { composer } : {}) }),
    stopPicking: () => void send({ kind: 'picker/stop' }).catch(() => undefined),
    count: (pack) =>
      send<RoleCounts | { ok: false }>({ kind: 'pack/count', pack })
        .then((counts) => (counts && !('ok' in counts) ? counts : null))
        .catch(() => null),
    packChanged: () => void send({ kind: 'pack/changed' }).catch(() => undefined),
  };
}
