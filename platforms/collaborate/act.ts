/**
 * Collaborate actions. Only the participant permissions of Session Settings are automated, and
 * only along known ground: the "My Settings" tab by its known id, then the "Session Settings" tab
 * and each checkbox by their exact label; each click is read back. Anywhere the way is not found,
 * nothing is clicked and the moderator gets the exact FR + EN labels to click.
 */
import type { ActionResult, LockFeature, ManualStep, RoomAction } from '../contract';
import { waitForDom } from '../dom/observe';
import { isShown } from '../dom/visibility';
import { findToggle, fold, toggleState } from '../heuristics';
import { LABELS, PERMISSION_LABELS, wordings, type Label } from './labels';
import { describeMissing, queryOne } from './selectors';

export const DEFAULT_ACTION_TIMEOUT_MS = 4000;

function step(label: Label): ManualStep {
  return { fr: label.fr, en: label.en };
}

function manual(reason: string, steps: ManualStep[]): ActionResult {
  return { status: 'manual', reason, steps };
}

type Locks = Partial<Record<LockFeature, boolean>>;

export function permissionSteps(locks: Locks): ManualStep[] {
  const rows = (Object.keys(locks) as LockFeature[])
    .filter((feature) => locks[feature] !== undefined && PERMISSION_LABELS[feature])
    .map((feature) => {
      const label = PERMISSION_LABELS[feature]!;
      return locks[feature]
        ? { fr: `Décocher « ${label.fr} »`, en: `Untick "${label.en}"` }
        : { fr: `Cocher « ${label.fr} »`, en: `Tick "${label.en}"` };
    });
  return [step(LABELS.openPanel), step(LABELS.mySettings), step(LABELS.sessionSettings), ...rows];
}

function shownToggle(doc: Document, label: Label): Element | null {
  const toggle = findToggle(doc, wordings(label));
  return toggle && isShown(toggle) ? toggle : null;
}

function findByName(doc: Document, label: Label): HTMLElement | null {
  const wanted = new Set(wordings(label).map(fold));
  for (const control of doc.querySelectorAll<HTMLElement>('button, [role="tab"], a')) {
    if (wanted.has(fold(control.getAttribute('aria-label') || control.textContent)) && isShown(control)) return control;
  }
  return null;
}

async function openSessionSettings(doc: Document, first: Label, timeoutMs: number): Promise<string | null> {
  if (shownToggle(doc, first)) return null;
  const tab = queryOne(doc, 'settingsTab') as HTMLElement | null;
  if (!tab) return describeMissing('settingsTab');
  tab.click();
  const sessionTab = await waitForDom(doc, () => findByName(doc, LABELS.sessionSettings), timeoutMs);
  if (!sessionTab) return 'the "Session Settings" tab did not appear (moderators only)';
  sessionTab.click();
  const toggle = await waitForDom(doc, () => shownToggle(doc, first), timeoutMs);
  return toggle ? null : `no "${first.en}" checkbox appeared`;
}

export async function setPermissions(doc: Document, locks: Locks, timeoutMs = DEFAULT_ACTION_TIMEOUT_MS): Promise<ActionResult> {
  const features = (Object.keys(locks) as LockFeature[]).filter((feature) => locks[feature] !== undefined);
  if (features.length === 0) return { status: 'done' };
  const steps = permissionSteps(locks);
  const unsupported = features.filter((feature) => !PERMISSION_LABELS[feature]);
  if (unsupported.length > 0) {
    return manual(`Collaborate has no in-session setting for: ${unsupported.join(', ')} (some are set before the session, in the scheduler)`, steps);
  }
  const labels = features.map((feature) => PERMISSION_LABELS[feature]!);
  const problem = await openSessionSettings(doc, labels[0]!, timeoutMs);
  if (problem) return manual(problem, steps);

  const toggles = labels.map((label) => shownToggle(doc, label));
  const missing = labels.filter((_, index) => !toggles[index] || toggleState(toggles[index]!) === null);
  if (missing.length > 0) return manual(`no readable checkbox for: ${missing.map((label) => label.en).join(', ')}`, steps);

  // Checked = participants may; a lock unticks.
  const wanted = features.map((feature) => !locks[feature]);
  toggles.forEach((toggle, index) => {
    if (toggleState(toggle!) !== wanted[index]) (toggle as HTMLElement).click();
  });
  const verified = await waitForDom(doc, () => toggles.every((toggle, index) => toggle!.isConnected && toggleState(toggle!) === wanted[index]), timeoutMs);
  if (!verified) {
    const wrong = labels.filter((_, index) => toggleState(toggles[index]!) !== wanted[index]).map((label) => label.en);
    return { status: 'failed', reason: `the page did not confirm: ${wrong.join(', ')}` };
  }
  return { status: 'done' };
}

export async function actCollaborate(doc: Document, action: RoomAction, timeoutMs = DEFAULT_ACTION_TIMEOUT_MS): Promise<ActionResult> {
  switch (action.type) {
    case 'viewers.lock':
      return setPermissions(doc, action.locks, timeoutMs);
    case 'audio.muteAll':
      return manual('not automated on Collaborate', [step(LABELS.attendees), step(LABELS.moreOptions), step(LABELS.muteAll)]);
    case 'hand.lower':
      return manual('not automated on Collaborate', [step(LABELS.attendees), { fr: `${LABELS.attendeeControls.fr} (${action.participantId})`, en: `${LABELS.attendeeControls.en} (${action.participantId})` }]);
    case 'chat.post':
      return manual('typing into the Collaborate chat from an extension is unconfirmed', [{ fr: `Écrire dans « Exprimez-vous » : ${action.text}`, en: `Type in the chat box: ${action.text}` }]);
    case 'audio.joinMuted':
      return { status: 'failed', reason: 'Collaborate has no "join muted" setting we know of' };
  }
}
