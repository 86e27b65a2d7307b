/**
 * 4.0 health per capability. The participants and the chat share one side panel: what the closed
 * one shows is `hidden` (the moderator's choice, not a drift), with the reason. A panel the rail
 * says is open but whose content is not found has drifted: degraded (the actions then fall back to
 * guided steps and click nothing).
 * Actions open what they need, so they work while their panel is closed.
 */
import type { Capability, CapabilityHealth, HiddenReason } from '../../contract';
import { isModerator40 } from './detect';
import { query40, SELECTORS_40, type SelectorName40 } from './selectors';

export type Panel40 = 'users' | 'chat';

const RAIL: Record<Panel40, SelectorName40> = { users: 'usersRailButton', chat: 'messagesRailButton' };
const CONTENT: Record<Panel40, SelectorName40> = { users: 'userListPanel', chat: 'chatMessages' };
const HIDDEN: Record<Panel40, HiddenReason> = { users: 'participants-panel-closed', chat: 'chat-panel-closed' };

/** Which panel a capability reads or acts in, and what it cannot do without once that panel is open. */
const NEEDS: Record<Capability, { panel: Panel40 | null; selectors: SelectorName40[]; acts: boolean }> = {
  participants: { panel: 'users', selectors: ['userListPanel', 'userItem'], acts: false },
  participantCount: { panel: 'users', selectors: ['userListPanel', 'userListTitle'], acts: false },
  raisedHands: { panel: 'users', selectors: ['userListPanel', 'userItem'], acts: false },
  talking: { panel: null, selectors: ['navigationSidebar'], acts: false },
  chat: { panel: 'chat', selectors: ['chatMessages'], acts: false },
  postChat: { panel: 'chat', selectors: ['chatInput', 'sendMessageButton'], acts: true },
  lowerHand: { panel: 'users', selectors: ['userListPanel', 'userItem'], acts: true },
  muteAll: { panel: 'users', selectors: ['userListPanel', 'muteAllUsers'], acts: true },
  lockViewers: { panel: 'users', selectors: ['userListPanel', 'lockViewersButton'], acts: true },
};

const MODERATOR_ONLY = new Set<Capability>(['lowerHand', 'muteAll', 'lockViewers']);

/** Whether the rail says this panel is open (its button is expanded). */
export function railOpen(doc: Document, panel: Panel40): boolean {
  return query40(doc, RAIL[panel])?.getAttribute('aria-expanded') === 'true';
}

/**
 * Whether a panel is shown: by its content, else by what the rail says (a drifted panel). Usually
 * one at a time; BBB's multi-functional mode can show both.
 */
export function panelShown(doc: Document, panel: Panel40): boolean {
  return query40(doc, CONTENT[panel]) !== null || railOpen(doc, panel);
}

export function describeMissing40(name: SelectorName40): string {
  return `selector "${name}" (${SELECTORS_40[name].css}) found nothing: ${SELECTORS_40[name].finds}`;
}

/** The first selector the capability needs that finds nothing, counting only its panel when open. */
export function missing40(doc: Document, capability: Capability): SelectorName40 | null {
  const { panel, selectors, acts } = NEEDS[capability];
  if (panel && !panelShown(doc, panel)) return acts && !query40(doc, RAIL[panel]) ? RAIL[panel] : null;
  return selectors.find((name) => !query40(doc, name)) ?? null;
}

export function bbb40Health(doc: Document): CapabilityHealth[] {
  const ownRow = query40(doc, 'currentUserItem');
  const knownViewer = ownRow !== null && !isModerator40(doc);
  return (Object.keys(NEEDS) as Capability[]).map((capability): CapabilityHealth => {
    const { panel, acts } = NEEDS[capability];
    if (MODERATOR_ONLY.has(capability) && knownViewer) return { capability, status: 'manual', method: 'manual', detail: 'moderators only' };
    const missing = missing40(doc, capability);
    if (missing) return { capability, status: 'degraded', method: 'known-selectors', detail: describeMissing40(missing) };
    if (!acts && panel && !panelShown(doc, panel)) return { capability, status: 'hidden', method: 'known-selectors', detail: HIDDEN[panel] };
    return { capability, status: 'works', method: 'known-selectors' };
  });
}
