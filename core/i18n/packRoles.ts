import type { PackRole } from '../packs/schema';
import type { RoomMessages } from './room';

/** How the picker (in the room page) and the teach view name each role of a selector pack. */
export function packRoleLabel(t: RoomMessages, role: PackRole): string {
  const labels: Record<PackRole, string> = {
    participantRow: t.packRoleParticipantRow,
    participantName: t.packRoleParticipantName,
    raisedHand: t.packRoleRaisedHand,
    participantCount: t.packRoleParticipantCount,
    chatMessage: t.packRoleChatMessage,
    chatSender: t.packRoleChatSender,
    chatText: t.packRoleChatText,
    chatInput: t.packRoleChatInput,
    chatSend: t.packRoleChatSend,
  };
  return labels[role];
}
