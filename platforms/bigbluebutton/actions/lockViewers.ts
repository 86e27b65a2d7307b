/**
 * Lock or unlock viewers' features: manage users → "lock viewers" → for each requested feature,
 * click its hidden checkbox only when its state differs → apply → reopen and read back.
 *
 * Polarity differs by version: 2.x checked = locked, 3.0 checked = allowed. Where the modal shows
 * "Verrouillé"/"Locked" markers, every row's marker must agree with what the polarity says, or
 * we touch nothing (a wrong guess would unlock what the teacher locked).
 */
import type { ActionResult, LockFeature, ManualStep } from '../../contract';
import { waitForDom } from '../../dom/observe';
import { labelKey, textsOutside, visibleText } from '../../dom/text';
import { isShown } from '../../dom/visibility';
import { describeMissing, missingSelector } from '../health';
import { LABELS, LOCK_LABELS, LOCKED_MARKER } from '../labels';
import { closeMenus, findMenuItem, openManageUsers } from '../menu';
import { LOCK_INPUT_TEST_IDS, lockCheckboxCss, queryOne } from '../selectors';
import { isLegacy } from '../version';
import { DONE, failed, manual, type ActContext } from './common';

type Locks = Partial<Record<LockFeature, boolean>>;

function stepsFor(locks: Locks): ManualStep[] {
  const rows = (Object.keys(locks) as LockFeature[]).map((feature) => ({
    fr: `${LOCK_LABELS[feature].fr} : ${locks[feature] ? 'verrouiller' : 'autoriser'}`,
    en: `${LOCK_LABELS[feature].en}: ${locks[feature] ? 'lock' : 'allow'}`,
  }));
  return [LABELS.manageUsers, LABELS.lockViewers, ...rows, LABELS.apply];
}

function modalOf(doc: Document): Element | null {
  const apply = queryOne(doc, 'applyLockSettings');
  if (!apply || !isShown(apply)) return null;
  return apply.closest('[role="dialog"], .ReactModal__Content, [aria-modal="true"]') ?? doc.body;
}

/** The feature's checkbox. A later BBB reuses `hideViewersAnnotation` on a second row: pick by label then. */
function inputFor(modal: Element, feature: LockFeature): HTMLInputElement | null {
  const inputs = [...modal.querySelectorAll<HTMLInputElement>(lockCheckboxCss(LOCK_INPUT_TEST_IDS[feature]))];
  if (inputs.length <= 1) return inputs[0] ?? null;
  const label = LOCK_LABELS[feature];
  return inputs.find((input) => [label.fr, label.en].map(labelKey).includes(labelKey(input.getAttribute('aria-label')))) ?? null;
}

function rowOf(input: HTMLInputElement): Element {
  const testId = input.getAttribute('data-test');
  return input.closest(`[data-test="${testId}Item"]`) ?? input.closest('[data-test$="Item"]') ?? input.parentElement ?? input;
}

/** Locked according to the version's polarity. */
function isLocked(input: HTMLInputElement, legacy: boolean): boolean {
  return legacy ? input.checked : !input.checked;
}

/** The row shows "Verrouillé"/"Locked": a text of its own (the row's whole text glues it to the label). */
function isMarked(input: HTMLInputElement): boolean {
  return textsOutside(rowOf(input), () => false).some((text) => LOCKED_MARKER.test(text));
}

/** When the modal shows markers at all, each row's marker must match the polarity. */
function markersAgree(modal: Element, inputs: HTMLInputElement[], legacy: boolean): boolean {
  const anyMarker = [...modal.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].some(isMarked);
  if (!anyMarker) return true;
  return inputs.every((input) => isMarked(input) === isLocked(input, legacy));
}

function closeModal(doc: Document, modal: Element | null): void {
  if (!modal) return;
  const cancel = [...modal.querySelectorAll<HTMLElement>('button')].find((button) =>
    [LABELS.cancel.fr, LABELS.cancel.en].map(labelKey).includes(labelKey(visibleText(button) || button.getAttribute('aria-label'))),
  );
  const close = cancel ?? modal.querySelector<HTMLElement>('[data-test="closeModal"], button[aria-label="Fermer"], button[aria-label="Close"]');
  close?.click();
}

async function openLockModal(ctx: ActContext): Promise<Element | null> {
  if (!(await openManageUsers(ctx.doc, ctx.timeoutMs))) return null;
  const item = findMenuItem(ctx.doc, { selector: 'lockViewersItem', labels: [LABELS.lockViewers] });
  if (!item) {
    closeMenus(ctx.doc);
    return null;
  }
  (item as HTMLElement).click();
  return waitForDom(ctx.doc, () => modalOf(ctx.doc), ctx.timeoutMs);
}

/** Reads the requested features' lock state from an open modal; null when one is missing. */
function readLocks(modal: Element, features: LockFeature[], legacy: boolean): Map<LockFeature, HTMLInputElement> | null {
  const inputs = new Map<LockFeature, HTMLInputElement>();
  for (const feature of features) {
    const input = inputFor(modal, feature);
    if (!input) return null;
    inputs.set(feature, input);
  }
  return inputs;
}

export async function lockViewers(ctx: ActContext, locks: Locks): Promise<ActionResult> {
  const { doc } = ctx;
  const legacy = isLegacy(ctx.version);
  const features = (Object.keys(locks) as LockFeature[]).filter((feature) => locks[feature] !== undefined);
  const steps = stepsFor(locks);
  if (features.length === 0) return DONE;
  const missing = missingSelector(doc, 'lockViewers', ctx.version);
  if (missing) return manual(describeMissing(missing), steps);

  const modal = await openLockModal(ctx);
  if (!modal) return manual('the lock-viewers settings did not open', steps);
  const inputs = readLocks(modal, features, legacy);
  if (!inputs) {
    closeModal(doc, modal);
    const absent = features.filter((feature) => !inputFor(modal, feature)).join(', ');
    return manual(`no lock setting found for: ${absent}`, steps);
  }
  if (!markersAgree(modal, [...inputs.values()], legacy)) {
    closeModal(doc, modal);
    return manual('the lock markers disagree with the switches; not guessing', steps);
  }

  for (const [feature, input] of inputs) {
    if (isLocked(input, legacy) !== locks[feature]) input.click();
  }
  const apply = queryOne(doc, 'applyLockSettings') as HTMLElement;
  apply.click();
  await waitForDom(doc, () => !modalOf(doc), ctx.timeoutMs);

  // Read back from a freshly opened modal: what BBB now holds, not what we clicked.
  const reopened = await openLockModal(ctx);
  const after = reopened ? readLocks(reopened, features, legacy) : null;
  const wrong = after ? features.filter((feature) => isLocked(after.get(feature)!, legacy) !== locks[feature]) : features;
  closeModal(doc, reopened);
  if (!after) return failed('could not reopen the lock-viewers settings to verify');
  return wrong.length === 0 ? DONE : failed(`not applied: ${wrong.join(', ')}`);
}
