import type { Capability } from '../../platforms/contract';
import type { Messages } from './messages';

/** The moderator's word for each capability (panel health list, overlay and panel warnings). */
export function capabilityLabel(t: Messages, capability: Capability): string {
  const labels: Record<Capability, string> = {
    participants: t.capParticipants,
    participantCount: t.capParticipantCount,
    raisedHands: t.capRaisedHands,
    talking: t.capTalking,
    chat: t.capChat,
    postChat: t.capPostChat,
    lowerHand: t.capLowerHand,
    muteAll: t.capMuteAll,
    lockViewers: t.capLockViewers,
  };
  return labels[capability];
}
