/**
 * Runs a RoomAction on a 4.0 page. Each action opens what it needs (the participants or the chat),
 * reads its effect back, and puts the teacher's side panel back as it was (panel.ts).
 */
import type { ActionResult, RoomAction } from '../../contract';
import { waitForDom } from '../../dom/observe';
import { DONE, failed, manual } from '../actions/common';
import { nameOfId } from '../actions/lowerHand';
import { postChat } from '../actions/postChat';
import { LABELS, LABELS_40 } from '../labels';
import { describeMissing40, missing40 } from './health';
import { lockViewers40 } from './lock';
import { withPanel, type PanelResult } from './panel';
import { rowName } from './people';
import { isBbb40 } from './detect';
import { query40, queryAll40 } from './selectors';

/** What a panel run says: its result, or why it could not run or put the panel back. */
function outcome(run: PanelResult<ActionResult>, steps: Parameters<typeof manual>[1]): ActionResult {
  if (!run.opened) return manual('the side panel this needs did not open', steps);
  if (!run.restored && run.value.status === 'done') return failed('done, but the side panel could not be put back as it was');
  return run.value;
}

/** Rows still unmuted that "mute all except the presenter" should have muted (mounted rows only). */
function unmutedOthers(doc: Document): Element[] {
  return queryAll40(doc, 'userItem').filter((row) => row.querySelector('[data-test="muteUser"]') && !row.querySelector('[data-test-presenter]') && row.getAttribute('data-test') !== 'userListItemCurrent');
}

async function muteAll40(doc: Document, timeoutMs: number): Promise<ActionResult> {
  const steps = [LABELS_40.participants, LABELS_40.muteAllExceptPresenter];
  const missing = missing40(doc, 'muteAll');
  if (missing) return manual(describeMissing40(missing), steps);
  const run = await withPanel(doc, 'users', timeoutMs, async () => {
    const drifted = missing40(doc, 'muteAll');
    if (drifted) return manual(describeMissing40(drifted), steps);
    (query40(doc, 'muteAllUsers') as HTMLElement).click();
    const muted = await waitForDom(doc, () => unmutedOthers(doc).length === 0, timeoutMs);
    return muted ? DONE : failed(`${unmutedOthers(doc).length} people are still unmuted`);
  });
  return outcome(run, steps);
}

const handItem = (doc: Document, name: string) => queryAll40(doc, 'raisedHandItem').find((row) => rowName(row) === name);

async function lowerHand40(doc: Document, participantId: string, timeoutMs: number): Promise<ActionResult> {
  const name = nameOfId(participantId);
  const steps = [LABELS_40.participants, LABELS_40.raisedHands, { fr: `Abaisser la main de ${name}`, en: `Lower ${name}'s hand` }];
  const missing = missing40(doc, 'lowerHand');
  if (missing) return manual(describeMissing40(missing), steps);
  const run = await withPanel(doc, 'users', timeoutMs, async () => {
    const row = handItem(doc, name);
    if (!row) return DONE; // no hand up for this person: nothing to lower
    const button = row.querySelector<HTMLElement>('[data-test="lowerHand"]');
    if (!button) return manual('this raised hand offers no "lower hand"', steps);
    button.click();
    const lowered = await waitForDom(doc, () => !handItem(doc, name), timeoutMs);
    return lowered ? DONE : failed(`${name}'s hand is still raised`);
  });
  return outcome(run, steps);
}

export async function actBbb40(doc: Document, action: RoomAction, timeoutMs: number): Promise<ActionResult> {
  if (!isBbb40(doc)) return failed('this page is no longer a BigBlueButton 4.0 room');
  switch (action.type) {
    case 'chat.post': {
      const run = await withPanel(doc, 'chat', timeoutMs, () => postChat({ doc, version: '3.0', timeoutMs }, action.text));
      return outcome(run, [LABELS_40.messages, LABELS.publicChat, LABELS.sendMessage]);
    }
    case 'hand.lower':
      return lowerHand40(doc, action.participantId, timeoutMs);
    case 'audio.muteAll':
      // 4.0 offers only "mute all except the presenter"; the meeting-wide mute toggle is gone.
      return action.exceptPresenter ? muteAll40(doc, timeoutMs) : manual('BigBlueButton 4.0 has no "mute everyone" toggle', [LABELS_40.participants, LABELS_40.muteAllExceptPresenter]);
    case 'audio.joinMuted':
      return manual('BigBlueButton 4.0 has no "users join muted" setting', [LABELS_40.participants]);
    case 'viewers.lock':
      return lockViewers40(doc, action.locks, timeoutMs);
  }
}
