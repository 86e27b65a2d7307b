/**
 * Meeting-wide audio from the manage-users menu:
 * - mute all except presenter: `muteAllExceptPresenter` (2.6: matched by label), verified by
 *   reading everyone's mute glyph back;
 * - meeting mute / "users join muted": one toggle whose label tells its state (2.6 label,
 *   2.7 `muteAll`, 3.0 `usersJoinMuted`); clicked only if the state differs, verified by
 *   reopening the menu and reading the label again.
 */
import type { ActionResult, ManualStep } from '../../contract';
import { waitForDom } from '../../dom/observe';
import { describeMissing, missingSelector } from '../health';
import { LABELS, USERS_JOIN_MUTED } from '../labels';
import { closeMenus, findMenuItem, itemLabelMatches, openManageUsers, type ItemQuery } from '../menu';
import { readParticipantRows } from '../participants';
import { queryOne, type SelectorName } from '../selectors';
import type { BbbVersion } from '../version';
import { DONE, failed, manual, type ActContext } from './common';

interface Toggle {
  item: ItemQuery;
  /** Labels shown while the meeting is not muted (clicking mutes): each release's wording, newest last. */
  off: ManualStep[];
  /** Labels shown while it is muted (clicking unmutes). */
  on: ManualStep[];
}

export function meetingMuteToggle(version: BbbVersion): Toggle {
  if (version === '3.0') {
    const { enable, disable } = USERS_JOIN_MUTED;
    return { item: { selector: 'usersJoinMutedItem', labels: [...enable, ...disable] }, off: enable, on: disable };
  }
  const selector: SelectorName | undefined = version === '2.7' ? 'muteAllItem' : undefined;
  return { item: { selector, labels: [LABELS.muteAll, LABELS.unmuteAll] }, off: [LABELS.muteAll], on: [LABELS.unmuteAll] };
}

/** The toggle's state from its label: true = muted, null = a wording no release used. */
export function toggleState(item: Element, toggle: Toggle): boolean | null {
  const label = itemLabelMatches(item, [...toggle.on, ...toggle.off]);
  return label === null ? null : toggle.on.includes(label);
}

/** Reads the toggle's state from its label: true = muted, null = label not recognised. */
async function readToggle(ctx: ActContext, toggle: Toggle): Promise<{ item: Element; muted: boolean | null } | null> {
  if (!(await openManageUsers(ctx.doc, ctx.timeoutMs))) return null;
  const item = findMenuItem(ctx.doc, toggle.item);
  if (!item) return null;
  return { item, muted: toggleState(item, toggle) };
}

export async function setMeetingMuted(ctx: ActContext, muted: boolean): Promise<ActionResult> {
  const toggle = meetingMuteToggle(ctx.version);
  const wanted = (muted ? toggle.off : toggle.on)[0]!;
  const steps = [LABELS.manageUsers, wanted];
  const missing = missingSelector(ctx.doc, 'muteAll', ctx.version);
  if (missing) return manual(describeMissing(missing), steps);

  const state = await readToggle(ctx, toggle);
  if (!state || state.muted === null) {
    closeMenus(ctx.doc);
    return manual(state ? 'the meeting-mute item has an unknown label' : 'the meeting-mute item was not found', steps);
  }
  if (state.muted === muted) {
    closeMenus(ctx.doc);
    return DONE;
  }
  (state.item as HTMLElement).click();
  const after = await waitForDom(ctx.doc, () => readLabelNow(ctx, toggle) === muted, ctx.timeoutMs);
  if (after) return DONE;
  const reread = await readToggle(ctx, toggle);
  closeMenus(ctx.doc);
  return reread?.muted === muted ? DONE : failed('the meeting-mute item did not change state');
}

/** The toggle's state if its item is in the DOM right now (menus stay mounted). */
function readLabelNow(ctx: ActContext, toggle: Toggle): boolean | null {
  const item =
    (toggle.item.selector ? queryOne(ctx.doc, toggle.item.selector) : null) ??
    [...ctx.doc.querySelectorAll('[role="menuitem"]')].find((candidate) => toggleState(candidate, toggle) !== null);
  return item ? toggleState(item, toggle) : null;
}

function everyoneButPresenterMuted(doc: Document): boolean {
  return readParticipantRows(doc)
    .filter((row) => !row.state.presenter && row.state.muted !== null)
    .every((row) => row.state.muted === true);
}

export async function muteAllExceptPresenter(ctx: ActContext): Promise<ActionResult> {
  const steps = [LABELS.manageUsers, LABELS.muteAllExceptPresenter];
  const missing = missingSelector(ctx.doc, 'muteAll', ctx.version);
  if (missing) return manual(describeMissing(missing), steps);
  if (!(await openManageUsers(ctx.doc, ctx.timeoutMs))) return manual('the manage-users menu did not open', steps);
  const item = findMenuItem(ctx.doc, { selector: ctx.version === '2.6' ? undefined : 'muteAllExceptPresenterItem', labels: [LABELS.muteAllExceptPresenter] });
  if (!item) {
    // 2.6 hides this item while the whole meeting is muted: then everyone is muted already.
    const meetingMuted = readLabelNow(ctx, meetingMuteToggle(ctx.version)) === true;
    closeMenus(ctx.doc);
    return meetingMuted ? DONE : manual('the "mute all except presenter" item was not found', steps);
  }
  (item as HTMLElement).click();
  const muted = await waitForDom(ctx.doc, () => everyoneButPresenterMuted(ctx.doc), ctx.timeoutMs);
  return muted ? DONE : failed('some participants other than the presenter are still unmuted');
}
