/**
 * Is this page a live Collaborate Ultra room? Pure predicates over the page: AngularJS markers plus
 * known room ids, or, when the ids have drifted, the room path on a bbcollab.com host plus the
 * AngularJS markers and Collaborate's own `bb-*` elements. The host alone never suffices.
 */
import type { Detection } from '../contract';
import { digest, normalizeText } from '../dom/text';
import { fold } from '../heuristics';
import { LABELS, wordings } from './labels';
import { queryOne, type SelectorName } from './selectors';

export interface CollaborateDetection extends Detection {
  platform: 'collaborate';
}

const ANGULAR = '.ng-scope, .ng-binding, [ng-app], [ng-repeat]';
const BB_ELEMENTS = 'bb-svg-icon, bb-channel-list-item, bb-time';
const ROOM_MARKERS: SelectorName[] = ['sessionContent', 'sidePanelOpen', 'statusToggle', 'ownRaiseHand', 'panelControls', 'chatHistory', 'participantScroller'];
const ROOM_PATH = /^\/collab\/ui\/session\/join\//;
const COLLAB_HOST = /(^|\.)bbcollab\.com$/i;

export function knownMarkerCount(doc: Document): number {
  return ROOM_MARKERS.filter((name) => queryOne(doc, name) !== null).length;
}

export function isCollaborateRoom(doc: Document, url: URL): boolean {
  if (!doc.querySelector(ANGULAR)) return false;
  const markers = knownMarkerCount(doc);
  const bbElements = doc.querySelector(BB_ELEMENTS) !== null;
  if (markers >= 2 || (markers >= 1 && bbElements)) return true;
  return COLLAB_HOST.test(url.hostname) && ROOM_PATH.test(url.pathname) && bbElements;
}

/** The app's asset version, from `/collab/ui/session/<version>/assets/…`. */
export function collaborateVersion(doc: Document): string | null {
  for (const element of doc.querySelectorAll('link[href], script[src]')) {
    const address = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
    const match = address.match(/\/collab\/ui\/session\/([^/]+)\/assets\//);
    if (match) return match[1]!;
  }
  return null;
}

/** A control only moderators get ("Mute all", the Session Settings tab) is in the page. */
export function isModerator(doc: Document): boolean {
  const wanted = new Set([...wordings(LABELS.muteAll), ...wordings(LABELS.sessionSettings)].map(fold));
  for (const control of doc.querySelectorAll('button, [role="menuitem"], [role="tab"], a')) {
    const name = control.getAttribute('aria-label') || control.textContent;
    if (wanted.has(fold(name))) return true;
  }
  return false;
}

/** "<session name> - Bb Collaborate" → the session name. */
export function sessionNameFromTitle(title: string): string {
  return normalizeText(title).replace(/\s*[-–]\s*Bb Collaborate( Ultra)?\s*$/i, '');
}

/** Origin, session name and a digest of the join token (a secret: never stored as is). */
export function roomKeyOf(doc: Document, url: URL): string {
  const token = url.pathname.match(ROOM_PATH) ? url.pathname.replace(ROOM_PATH, '') : '';
  return ['collaborate', url.origin, sessionNameFromTitle(doc.title), token ? `t:${digest(token)}` : null].filter((part) => part !== null).join('|');
}

export function detectCollaborate(doc: Document, url: URL): CollaborateDetection | null {
  if (!isCollaborateRoom(doc, url)) return null;
  return {
    platform: 'collaborate',
    version: collaborateVersion(doc),
    isModerator: isModerator(doc),
    roomKey: roomKeyOf(doc, url),
    roomTitle: sessionNameFromTitle(doc.title),
  };
}
