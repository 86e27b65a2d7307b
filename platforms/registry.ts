/**
 * Every platform adapter, in the order detection tries them. A meta-test fails when a folder
 * under platforms/ (other than the shared dom/ and heuristics/) has no entry here.
 */
import type { Detection, PlatformAdapter } from './contract';
import { bigbluebutton } from './bigbluebutton';
import { isBbbClientPage } from './bigbluebutton/detect';
import { collaborate } from './collaborate';

export const ADAPTERS: readonly PlatformAdapter[] = [bigbluebutton, collaborate];

/**
 * The first adapter that recognises the page, with what it detected; null on any other page.
 * `adapters`: the built-in ones, plus the taught adapter made at run time from the pack of the
 * page's origin (platforms/taught), tried last. Built-in adapters always win: a pack is never
 * used on a page one of them may still recognise (BigBlueButton on its loading screen).
 */
export function detectRoom(
  doc: Document,
  url: URL,
  adapters: readonly PlatformAdapter[] = ADAPTERS,
): { adapter: PlatformAdapter; detection: Detection } | null {
  for (const adapter of adapters) {
    if (adapter.id === 'generic' && isBbbClientPage(doc, url)) continue;
    const detection = adapter.detect(doc, url);
    if (detection) return { adapter, detection };
  }
  return null;
}
