import type { PackRole, SelectorPack } from '../../../core/packs/schema';
import type { RoleCounts } from '../../../platforms/taught/query';
import type { Locale } from '../../../core/i18n/messages';
import type { PickerAnswer, RoomWhere } from '../../../core/protocol';

/**
 * What teaching a site needs from the room tab, injected so the view runs in tests. The browser's
 * side (browserTeachAccess.ts) talks to the room content script with `tabs.sendMessage`.
 */
export interface TeachAccess {
  /** The page in the room tab; null when Moderato's room script does not run there. */
  where(): Promise<RoomWhere | null>;
  /** Runs the picker in the page for one role; resolves when the moderator clicks or cancels, rejects when the page is gone. */
  /** `composer`: for the chat send button, the taught chat box it must sit next to. */
  pick(role: PackRole, within: string | undefined, locale: Locale, composer?: string): Promise<PickerAnswer>;
  stopPicking(): void;
  /** How many elements each role of `pack` finds in the page now; null when the page does not answer. */
  count(pack: SelectorPack): Promise<RoleCounts | null>;
  /** Tells the page its origin's pack changed (saved, imported or deleted). */
  packChanged(): void;
}
