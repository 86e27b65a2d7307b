/** Runs a RoomAction on a BBB page; each action verifies itself by reading the page back. */
import type { ActionResult, RoomAction } from '../contract';
import { muteAllExceptPresenter, setMeetingMuted } from './actions/audio';
import type { ActContext } from './actions/common';
import { lockViewers } from './actions/lockViewers';
import { lowerHand } from './actions/lowerHand';
import { postChat } from './actions/postChat';
import { bbbVersion } from './detect';

export const DEFAULT_ACTION_TIMEOUT_MS = 4000;

export async function actBbb(doc: Document, action: RoomAction, timeoutMs = DEFAULT_ACTION_TIMEOUT_MS): Promise<ActionResult> {
  const version = bbbVersion(doc);
  if (!version) return { status: 'failed', reason: 'this page is no longer a BigBlueButton room' };
  const ctx: ActContext = { doc, version, timeoutMs };
  switch (action.type) {
    case 'chat.post':
      return postChat(ctx, action.text);
    case 'hand.lower':
      return lowerHand(ctx, action.participantId);
    case 'audio.muteAll':
      // Without the presenter exception, "mute all" is the meeting-mute toggle (3.0: users join muted).
      return action.exceptPresenter ? muteAllExceptPresenter(ctx) : setMeetingMuted(ctx, true);
    case 'audio.joinMuted':
      return setMeetingMuted(ctx, action.enabled);
    case 'viewers.lock':
      return lockViewers(ctx, action.locks);
  }
}
