/**
 * Health of a taught room. Each capability rests on roles of the pack:
 * - a role that finds at least one element works, with method 'taught';
 * - a role that found elements before and finds none now is 'degraded', and the detail names
 *   the role, so a site update that breaks the pack shows at once;
 * - a role that never found anything is 'degraded' too (an absurd selector says so), except
 *   where nothing is normal: no raised hand, and an empty chat whose chat box is found;
 * - a capability whose roles were not taught, and everything a pack cannot do, is 'manual'.
 */
import type { Capability, CapabilityHealth } from '../contract';
import { findComposer } from './composer';
import { roleElements, SLOW_QUERY_MS, type SlowSelector } from './query';
import type { PackRole, SelectorPack } from '../../core/packs/schema';

type RoleState = 'unset' | 'found' | 'lost' | 'none';

const MANUAL_ALWAYS: Capability[] = ['talking', 'lowerHand', 'muteAll', 'lockViewers'];

export class TaughtHealth {
  private readonly seen = new Set<PackRole>();

  constructor(private readonly pack: SelectorPack) {}

  evaluate(doc: Document, onInvalid?: (selector: string) => void): CapabilityHealth[] {
    const states = new Map<PackRole, RoleState>();
    const state = (role: PackRole): RoleState => {
      let known = states.get(role);
      if (known) return known;
      if (!this.pack.roles[role]) known = 'unset';
      else if (roleElements(doc, this.pack, role, onInvalid).length > 0) known = 'found';
      else known = this.seen.has(role) ? 'lost' : 'none';
      if (known === 'found') this.seen.add(role);
      states.set(role, known);
      return known;
    };
    /** `mayBeEmpty`: roles for which finding nothing, now or after finding some, is normal. */
    const health = (capability: Capability, roles: PackRole[], allowNone: PackRole[] = [], mayBeEmpty: PackRole[] = []): CapabilityHealth => {
      if (roles.some((role) => state(role) === 'unset')) {
        const missing = roles.filter((role) => state(role) === 'unset');
        return { capability, status: 'manual', method: 'manual', detail: `not taught: ${missing.join(', ')}` };
      }
      const broken = roles.filter(
        (role) => !mayBeEmpty.includes(role) && (state(role) === 'lost' || (state(role) === 'none' && !allowNone.includes(role))),
      );
      if (broken.length === 0) return { capability, status: 'works', method: 'taught' };
      const detail = broken
        .map((role) => (state(role) === 'lost' ? `${role} found elements before and finds none now` : `${role} finds no element`))
        .join('; ');
      return { capability, status: 'degraded', method: 'taught', detail };
    };

    const people = health('participants', ['participantRow', ...optional(this.pack, 'participantName')]);
    const count = this.pack.roles.participantCount ? health('participantCount', ['participantCount']) : { ...people, capability: 'participantCount' as const };
    // No raised hand is normal: the marker's role rests on the rows being read.
    const hands = this.pack.roles.raisedHand ? health('raisedHands', ['participantRow', 'raisedHand'], [], ['raisedHand']) : health('raisedHands', ['raisedHand']);
    const chatBoxShown = state('chatInput') === 'found';
    const chat = health('chat', ['chatMessage'], chatBoxShown && state('chatMessage') === 'none' ? ['chatMessage'] : []);
    const postChat = composerHealth(doc, this.pack, health('postChat', ['chatInput', 'chatSend', ...optional(this.pack, 'chatMessage')]));
    const manual = MANUAL_ALWAYS.map((capability): CapabilityHealth => ({ capability, status: 'manual', method: 'manual', detail: 'not readable through a taught pack' }));
    return [people, count, hands, manual[0]!, chat, postChat, ...manual.slice(1)];
  }
}

/** A pack switched off because one of its selectors was too slow for this page (see query.ts). */
export function switchedOffHealth(slow: SlowSelector): CapabilityHealth[] {
  const detail = `selector too slow on this page: roles.${slow.role} took ${slow.ms} ms (limit ${SLOW_QUERY_MS} ms); the taught pack is switched off here`;
  const taught: Capability[] = ['participants', 'participantCount', 'raisedHands', 'chat', 'postChat'];
  return [
    ...taught.map((capability): CapabilityHealth => ({ capability, status: 'degraded', method: 'taught', detail, reason: 'slow-selector' })),
    ...MANUAL_ALWAYS.map((capability): CapabilityHealth => ({ capability, status: 'manual', method: 'manual', detail: 'not readable through a taught pack' })),
  ];
}

/** Posting works only through the chat box's own send control, and only when it can be read back. */
function composerHealth(doc: Document, pack: SelectorPack, byRoles: CapabilityHealth): CapabilityHealth {
  if (byRoles.status !== 'works') return byRoles;
  if (!pack.roles.chatMessage) return { capability: 'postChat', status: 'manual', method: 'manual', detail: 'not taught: chatMessage (to verify the post)' };
  const composer = findComposer(doc, pack);
  return composer.ok ? byRoles : { capability: 'postChat', status: 'degraded', method: 'taught', detail: composer.reason };
}

function optional(pack: SelectorPack, role: PackRole): PackRole[] {
  return pack.roles[role] ? [role] : [];
}
