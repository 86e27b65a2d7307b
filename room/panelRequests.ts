/**
 * What the side panel asks of the room page while the moderator teaches a site: which page this
 * is, run the picker for one role, count what a pack finds, and "the pack changed". Only the
 * page's DOM is used here; the content script checks that a message comes from Moderato's own
 * pages before handing it over, and every message is still checked for shape (a pack is
 * validated again before any of its selectors touches the page).
 */
import { startPicker, type PickerHandle } from '../platforms/picker/picker';
import { countMatches, type RoleCounts } from '../platforms/taught/query';
import { PACK_ROLES, validatePack, type PackRole } from '../core/packs/schema';
import { MAX_SELECTOR_LENGTH } from '../core/packs/selector';
import type { PickerAnswer, RoomWhere } from '../core/protocol';
import type { PlatformId } from '../core/session/events';

export interface PanelRequestOptions {
  doc: Document;
  /** The adapter reading the page now, null while none recognises it. */
  reading(): PlatformId | null;
  /** The pack of this origin was saved, imported or deleted. */
  onPackChanged(): void;
  /** Passed to the picker (see PickerOptions.trusts); tests only. */
  trusts?: (event: Event) => boolean;
}

export type PanelRequestAnswer = RoomWhere | PickerAnswer | RoleCounts | { ok: boolean };

function isRole(value: unknown): value is PackRole {
  return typeof value === 'string' && (PACK_ROLES as readonly string[]).includes(value);
}

export function createPanelRequests(options: PanelRequestOptions) {
  const { doc } = options;
  let picking: { handle: PickerHandle; settle(answer: PickerAnswer): void } | null = null;

  const stopPicking = () => {
    const current = picking;
    picking = null;
    current?.handle.stop();
    current?.settle({ picked: false });
  };

  const pick = (role: PackRole, within: string | undefined, composer: string | undefined, locale: 'fr' | 'en') =>
    new Promise<PickerAnswer>((resolve) => {
      // One picker at a time: a new request ends the one before (the panel shows the new role).
      stopPicking();
      let settled = false;
      const settle = (answer: PickerAnswer) => {
        if (settled) return;
        settled = true;
        if (picking?.settle === settle) picking = null;
        resolve(answer);
      };
      const handle = startPicker(doc, role, {
        locale,
        ...(within ? { within } : {}),
        ...(composer ? { composer } : {}),
        ...(options.trusts ? { trusts: options.trusts } : {}),
        onPicked: (selector, count) => settle({ picked: true, selector, count }),
        onCancel: () => settle({ picked: false }),
      });
      picking = { handle, settle };
    });

  /** The answer to a message, or undefined when the message is not for this handler. */
  function handle(message: unknown): Promise<PanelRequestAnswer> | undefined {
    const request = message as { kind?: unknown; role?: unknown; within?: unknown; composer?: unknown; locale?: unknown; pack?: unknown } | null;
    switch (request?.kind) {
      case 'room/where': {
        const url = new URL(doc.location?.href ?? 'about:blank');
        return Promise.resolve({ origin: url.origin, url: url.href, title: (doc.title ?? '').trim(), reading: options.reading() });
      }
      case 'picker/start': {
        if (!isRole(request.role)) return undefined;
        const selector = (value: unknown) => (typeof value === 'string' && value.length <= MAX_SELECTOR_LENGTH ? value : undefined);
        return pick(request.role, selector(request.within), selector(request.composer), request.locale === 'en' ? 'en' : 'fr');
      }
      case 'picker/stop':
        stopPicking();
        return Promise.resolve({ ok: true });
      case 'pack/count': {
        const checked = validatePack(request.pack);
        return Promise.resolve(checked.ok ? countMatches(doc, checked.pack) : { ok: false });
      }
      case 'pack/changed':
        options.onPackChanged();
        return Promise.resolve({ ok: true });
      default:
        return undefined;
    }
  }

  return { handle, stop: stopPicking };
}
