import type { RoomState } from '../../core/session/room';
import type { SessionEvent } from '../../core/session/events';

/**
 * After a room reloads, its reader starts over and sends everything it sees as one snapshot.
 * Participants the session still counts as present but the snapshot lacks left during the
 * reload, but only if the snapshot is complete: when the platform's own count says more people
 * are present than rows were read (a virtualised or paged list), absence proves nothing.
 */
export function inferLeavesFromSnapshot(room: RoomState, snapshot: readonly SessionEvent[], at: number): SessionEvent[] {
  const seen = new Set<string>();
  let platformCount: number | null = null;
  for (const event of snapshot) {
    if (event.type === 'participant.joined' || event.type === 'participant.updated') seen.add(event.participant.id);
    else if (event.type === 'participants.count') platformCount = event.count;
  }
  if (platformCount !== null && platformCount > seen.size) return [];
  const leaves: SessionEvent[] = [];
  for (const id of room.participants.keys()) {
    if (!seen.has(id)) leaves.push({ type: 'participant.left', id, at });
  }
  return leaves;
}
