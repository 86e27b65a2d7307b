/**
 * "Restrictions" on 4.0: participants panel → Restrictions → the participant-permissions tab (first
 * since mid-2026, second before: its checkboxes exist only while it is selected) → click each
 * requested feature only when it differs (checked = allowed) → Apply → reopen and read back →
 * Cancel (nothing changed, so it closes without asking). The side panel is put back after.
 */
import type { ActionResult, LockFeature, ManualStep } from '../../contract';
import { waitForDom } from '../../dom/observe';
import { LABELS, LABELS_40, LOCK_LABELS_40 } from '../labels';
import { DONE, failed, manual } from '../actions/common';
import { describeMissing40, missing40 } from './health';
import { withPanel } from './panel';
import { lockCheckboxCss } from '../selectors';
import { LOCK_INPUTS_40, query40 } from './selectors';

type Locks = Partial<Record<LockFeature, boolean>>;
type Lockable = keyof typeof LOCK_INPUTS_40;

function stepsFor(locks: Locks): ManualStep[] {
  const rows = (Object.keys(locks) as LockFeature[]).map((feature) => {
    const label = LOCK_LABELS_40[feature] ?? { fr: feature, en: feature };
    return { fr: `${label.fr} : ${locks[feature] ? 'décocher' : 'cocher'}`, en: `${label.en}: ${locks[feature] ? 'untick' : 'tick'}` };
  });
  return [LABELS_40.participants, LABELS_40.restrictions, LABELS_40.participantPermissions, ...rows, LABELS.apply];
}

const dialogOf = (doc: Document) => query40(doc, 'applyLockSettings')?.closest('[role="dialog"]') ?? null;
const inputOf = (dialog: Element, feature: Lockable) =>
  dialog.querySelector<HTMLInputElement>(lockCheckboxCss(LOCK_INPUTS_40[feature]));

/** Opens the dialog on the participant-permissions tab, whichever tab it opens on. */
async function openDialog(doc: Document, features: Lockable[], timeoutMs: number): Promise<Element | null> {
  (query40(doc, 'lockViewersButton') as HTMLElement).click();
  const dialog = await waitForDom(doc, () => dialogOf(doc), timeoutMs);
  if (!dialog) return null;
  if (!inputOf(dialog, features[0]!)) (dialog.querySelector('[data-test="participantPermissionsTab"]') as HTMLElement | null)?.click();
  return waitForDom(doc, () => (features.every((feature) => inputOf(dialog, feature)) ? dialog : null), timeoutMs);
}

async function cancel(doc: Document, timeoutMs: number): Promise<void> {
  (query40(doc, 'cancelLockSettings') as HTMLElement | null)?.click();
  await waitForDom(doc, () => !dialogOf(doc), timeoutMs);
}

/** React commits what a click set on its next turn; Apply must see it. */
const nextTurn = () => new Promise((done) => setTimeout(done, 0));

async function setLocks(doc: Document, locks: Locks, features: Lockable[], timeoutMs: number): Promise<ActionResult> {
  const missing = missing40(doc, 'lockViewers');
  if (missing) return manual(describeMissing40(missing), stepsFor(locks));
  const dialog = await openDialog(doc, features, timeoutMs);
  if (!dialog) {
    if (dialogOf(doc)) await cancel(doc, timeoutMs);
    return manual('the Restrictions dialog did not show the requested permissions', stepsFor(locks));
  }
  for (const feature of features) {
    const input = inputOf(dialog, feature)!;
    if (!input.checked !== locks[feature]) input.click();
  }
  await nextTurn();
  (query40(doc, 'applyLockSettings') as HTMLElement).click();
  if (!(await waitForDom(doc, () => !dialogOf(doc), timeoutMs))) return failed('the Restrictions dialog did not close on Apply');

  // Read back from the dialog opened again: what BBB now holds, not what we clicked.
  const reopened = await openDialog(doc, features, timeoutMs);
  if (!reopened) return failed('could not reopen the Restrictions dialog to verify');
  const wrong = features.filter((feature) => !inputOf(reopened, feature)!.checked !== locks[feature]);
  await cancel(doc, timeoutMs);
  return wrong.length === 0 ? DONE : failed(`not applied: ${wrong.join(', ')}`);
}

export async function lockViewers40(doc: Document, locks: Locks, timeoutMs: number): Promise<ActionResult> {
  const features = (Object.keys(locks) as LockFeature[]).filter((feature) => locks[feature] !== undefined);
  if (features.length === 0) return DONE;
  const unknown = features.filter((feature) => !(feature in LOCK_INPUTS_40));
  if (unknown.length > 0) return manual(`4.0 has no such restriction: ${unknown.join(', ')}`, stepsFor(locks));
  const before = missing40(doc, 'lockViewers');
  if (before) return manual(describeMissing40(before), stepsFor(locks));
  const run = await withPanel(doc, 'users', timeoutMs, () => setLocks(doc, locks, features as Lockable[], timeoutMs));
  if (!run.opened) return manual('the participants panel did not open', stepsFor(locks));
  if (!run.restored && run.value.status === 'done') return failed('applied, but the side panel could not be put back as it was');
  return run.value;
}
