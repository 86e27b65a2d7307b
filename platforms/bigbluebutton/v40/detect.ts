/**
 * Is this page a BigBlueButton 4.0 room? Its navigation rail is: the participants' rail button
 * keeps its element id even where test ids drift. 2.x and 3.0 have no rail (their markers are
 * checked too, so the two adapters never both claim a page).
 */
import type { Detection } from '../../contract';
import { isBbb2, isBbb3, meetingNameFromTitle, roomKeyOf } from '../detect';
import { LABELS_40 } from '../labels';
import { labelKey, visibleText } from '../../dom/text';
import { query40 } from './selectors';

export function isBbb40(doc: Document): boolean {
  if (isBbb3(doc) || isBbb2(doc)) return false;
  return !!(query40(doc, 'usersRailButton') || query40(doc, 'navigationSidebar'));
}

/** Moderator-only controls, or "Modérateur" under your own row; with the chat open, unknown: false. */
export function isModerator40(doc: Document): boolean {
  if (query40(doc, 'muteAllUsers') || query40(doc, 'lockViewersButton')) return true;
  const subs = query40(doc, 'currentUserItem')?.querySelector('[data-test="userNameSubs"]');
  const moderator = [LABELS_40.moderator.fr, LABELS_40.moderator.en].map(labelKey);
  return !!subs && visibleText(subs).split('|').some((part) => moderator.includes(labelKey(part)));
}

export function detectBbb40(doc: Document, url: URL): Detection | null {
  if (!isBbb40(doc)) return null;
  return {
    platform: 'bigbluebutton',
    version: '4.0',
    isModerator: isModerator40(doc),
    roomKey: roomKeyOf(doc, url),
    roomTitle: meetingNameFromTitle(doc.title),
  };
}
