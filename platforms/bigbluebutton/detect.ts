/**
 * Is this page a BigBlueButton room, which version, and do I moderate it? Pure predicates over
 * the document (never the host: BBB runs on any domain). BBB renders progressively, so this
 * returns null until the user list exists; the caller retries on DOM changes.
 */
import type { Detection } from '../contract';
import { queryOne } from './selectors';
import type { BbbVersion } from './version';
import { digest, normalizeText } from '../dom/text';

export interface BbbDetection extends Detection {
  platform: 'bigbluebutton';
  version: BbbVersion;
}

export function isBbb3(doc: Document): boolean {
  return !!(queryOne(doc, 'usersCountAttribute') || queryOne(doc, 'chatList3'));
}

export function isBbb2(doc: Document): boolean {
  return !!queryOne(doc, 'virtualizedUserList');
}

/** 2.7 moved the raise-hand button into the reactions menu; 2.6 has its own button. */
export function isBbb27(doc: Document): boolean {
  return !!(queryOne(doc, 'reactionsButton') || queryOne(doc, 'ownRaiseHandButton'));
}

export function isBbb26(doc: Document): boolean {
  return !!queryOne(doc, 'ownRaiseHandButton26');
}

/** A 3.0 user list has rendered: its count, or a row (row ids are positions, but they exist). */
function hasUserList3(doc: Document): boolean {
  return !!(queryOne(doc, 'usersCountAttribute') || queryOne(doc, 'userItem') || doc.querySelector('[role="listitem"][id^="user-index-"]'));
}

/**
 * The version family, or null when the page is not (yet) a BBB room. Relies on ids and
 * attributes that identify the layout rather than on any single data-test, so a page whose test
 * ids drifted is still recognised (and then reported degraded by health.ts).
 */
export function bbbVersion(doc: Document): BbbVersion | null {
  if (isBbb3(doc)) return hasUserList3(doc) ? '3.0' : null;
  if (!isBbb2(doc)) return null;
  // The actions bar may render after the list: without either marker, read it as 2.6.
  if (isBbb27(doc)) return '2.7';
  return '2.6';
}

export function isModerator(doc: Document): boolean {
  if (queryOne(doc, 'manageUsers')) return true;
  const me = queryOne(doc, 'currentUserItem');
  return !!me?.querySelector('[data-test="moderatorAvatar"]');
}

/** "{clientTitle} - {meeting}" → meeting; a title without the separator is the meeting itself. */
export function meetingNameFromTitle(title: string): string {
  const text = normalizeText(title);
  const separator = text.indexOf(' - ');
  return separator >= 0 ? text.slice(separator + 3).trim() : text;
}

/** The moderator's session token (also what the server's attendance record is asked with). */
export function sessionToken(doc: Document, url: URL): string | null {
  const fromUrl = url.searchParams.get('sessionToken');
  if (fromUrl) return fromUrl;
  try {
    // 3.0 keeps the token here after dropping it from the address.
    return doc.defaultView?.sessionStorage.getItem('sessionToken') ?? null;
  } catch {
    return null;
  }
}

/**
 * Identifies one moderator's presence in one meeting. The session token is a join secret: only a
 * digest of it goes into the key (which is stored with the session), never the token itself.
 */
export function roomKeyOf(doc: Document, url: URL): string {
  const token = sessionToken(doc, url);
  const meeting = meetingNameFromTitle(doc.title);
  return ['bbb', url.origin, meeting, token === null ? null : `t:${digest(token)}`].filter((part) => part !== null).join('|');
}

/**
 * A BigBlueButton client page, even before its user list renders (detectBbb is null until then):
 * served under /html5client, or its page shell (the client's main.html: `#app[role=document]` and
 * `audio#remote-media`), or its user panel. Never a room by itself; it keeps taught packs away.
 */
export function isBbbClientPage(doc: Document, url: URL): boolean {
  if (/^\/html5client(\/|$)/.test(url.pathname)) return true;
  if (doc.querySelector('#app[role="document"]') && doc.querySelector('audio#remote-media')) return true;
  return !!doc.querySelector('[data-test="userListContent"]');
}

export function detectBbb(doc: Document, url: URL): BbbDetection | null {
  const version = bbbVersion(doc);
  if (!version) return null;
  return {
    platform: 'bigbluebutton',
    version,
    isModerator: isModerator(doc),
    roomKey: roomKeyOf(doc, url),
    roomTitle: meetingNameFromTitle(doc.title),
  };
}
