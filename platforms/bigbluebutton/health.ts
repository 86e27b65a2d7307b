/**
 * Per capability: does it work on this page with the selectors we know? A capability whose
 * required selector finds nothing is degraded (reading) or manual (acting), and the detail names
 * the selector, so the moderator and the bug report know what drifted.
 */
import type { Capability, CapabilityHealth } from '../contract';
import { isModerator } from './detect';
import { SELECTORS, queryOne, type SelectorName } from './selectors';
import type { BbbVersion } from './version';

/** Selectors each capability cannot do without, per version. */
export function requiredSelectors(capability: Capability, version: BbbVersion): SelectorName[] {
  const v3 = version === '3.0';
  switch (capability) {
    case 'participants':
    case 'raisedHands':
    case 'talking':
      return ['userItem'];
    case 'participantCount':
      return [v3 ? 'usersCountAttribute' : 'usersTitle'];
    case 'chat':
      return ['chatMessages'];
    case 'postChat':
      return ['chatInput', 'sendMessageButton'];
    case 'lowerHand':
      return ['userItem'];
    case 'muteAll':
    case 'lockViewers':
      return ['manageUsers'];
  }
}

/**
 * Menu items exist only once their menu has been opened (then stay mounted): when the menu is
 * in the DOM, the item must be there too.
 */
function menuItemsRequired(capability: Capability, version: BbbVersion): SelectorName[] {
  if (capability === 'lockViewers') return ['lockViewersItem'];
  // "Mute all except presenter" hides while the meeting is muted (2.x): the toggle is the stable one.
  if (capability === 'muteAll') return version === '3.0' ? ['usersJoinMutedItem'] : version === '2.7' ? ['muteAllItem'] : [];
  return [];
}

const CAPABILITIES: Capability[] = [
  'participants', 'participantCount', 'raisedHands', 'talking', 'chat',
  'postChat', 'lowerHand', 'muteAll', 'lockViewers',
];

const MODERATOR_ONLY = new Set<Capability>(['lowerHand', 'muteAll', 'lockViewers']);

/** The first required selector that finds nothing, or null. */
export function missingSelector(doc: Document, capability: Capability, version: BbbVersion): SelectorName | null {
  for (const name of requiredSelectors(capability, version)) if (!queryOne(doc, name)) return name;
  if (queryOne(doc, 'manageUsersMenu')) {
    for (const name of menuItemsRequired(capability, version)) if (!queryOne(doc, name)) return name;
  }
  return null;
}

export function describeMissing(name: SelectorName): string {
  return `selector "${name}" (${SELECTORS[name].css}) found nothing: ${SELECTORS[name].finds}`;
}

export function bbbHealth(doc: Document, version: BbbVersion): CapabilityHealth[] {
  // Only a page that shows our own row without moderator marks proves we are a viewer; when the
  // row itself is missing (drift), the missing selectors are the news.
  const knownViewer = !isModerator(doc) && queryOne(doc, 'currentUserItem') !== null;
  return CAPABILITIES.map((capability): CapabilityHealth => {
    if (MODERATOR_ONLY.has(capability) && knownViewer) {
      return { capability, status: 'manual', method: 'manual', detail: 'moderators only' };
    }
    const missing = missingSelector(doc, capability, version);
    if (missing) return { capability, status: 'degraded', method: 'known-selectors', detail: describeMissing(missing) };
    return { capability, status: 'works', method: 'known-selectors' };
  });
}
