import type { HubToRoomPack, RoomToHubPackRequest } from '../../core/protocol';
import type { SelectorPack } from '../../core/packs/schema';
import { roomOriginOf, type PortSender } from './senders';

/**
 * Answers a room script that asks for the selector pack taught for its page's origin
 * (RoomToHubPackRequest). Undefined: the message is not such a request, or its sender is not our
 * content script in a top frame, and is left unanswered.
 */
export function answerPackRequest(
  message: unknown,
  sender: PortSender | undefined,
  extensionId: string,
  packFor: (origin: string) => Promise<SelectorPack | undefined>,
): Promise<HubToRoomPack> | undefined {
  if ((message as Partial<RoomToHubPackRequest> | null)?.kind !== 'room/pack') return undefined;
  const origin = roomOriginOf(sender, extensionId);
  if (origin === null) return undefined;
  return packFor(origin).then(
    (pack) => pack ?? null,
    (error: unknown) => {
      console.error('Moderato: could not read the selector pack', error);
      return null;
    },
  );
}
