/**
 * Lower one participant's hand where BBB offers it: the avatar in the raised-hands toast (2.x,
 * 3.0.10: a click lowers that hand) or the row of the 3.0.17+ side panel (its menu has "lower
 * hand"). Verified by reading the hand back; anything else is left to the moderator.
 */
import type { ActionResult, ManualStep } from '../../contract';
import { waitForDom } from '../../dom/observe';
import { isShown } from '../../dom/visibility';
import { readHandQueue } from '../hands';
import { describeMissing, missingSelector } from '../health';
import { itemLabelMatches } from '../menu';
import { readParticipantRows } from '../participants';
import { DONE, failed, manual, type ActContext } from './common';

const LOWER_HAND_ITEM: ManualStep[] = [
  { fr: 'Baisser la main', en: 'Lower hand' },
  { fr: 'Abaisser la main', en: 'Lower hand' },
];

export function nameOfId(participantId: string): string {
  return participantId.replace(/#\d+$/, '');
}

function handStillUp(doc: Document, name: string): boolean {
  if (readHandQueue(doc).some((entry) => entry.name === name)) return true;
  return readParticipantRows(doc).some((row) => row.state.name === name && row.state.handRaised);
}

function manualSteps(ctx: ActContext, name: string): ManualStep[] {
  if (ctx.version === '2.6') {
    return [
      { fr: `Abaisser la main de ${name}`, en: `Lower ${name}'s hand` },
      { fr: `ou : ${name} (liste des utilisateurs) → Effacer le statut`, en: `or: ${name} (users list) → Clear status` },
    ];
  }
  return [
    { fr: 'Mains levées', en: 'Raised hands' },
    { fr: `Baisser la main de ${name}`, en: `Lower ${name}'s hand` },
  ];
}

export async function lowerHand(ctx: ActContext, participantId: string): Promise<ActionResult> {
  const { doc, timeoutMs } = ctx;
  const name = nameOfId(participantId);
  const missing = missingSelector(doc, 'lowerHand', ctx.version);
  if (missing) return manual(describeMissing(missing), manualSteps(ctx, name));
  const entry = readHandQueue(doc).find((candidate) => candidate.name === name);
  if (!entry) {
    if (!handStillUp(doc, name)) return DONE;
    return manual('this hand is not shown in the raised-hands toast or panel', manualSteps(ctx, name));
  }

  if (entry.source === 'toast') {
    (entry.element as HTMLElement).click();
  } else {
    const trigger = (entry.element.closest('[role="button"]') ?? entry.element) as HTMLElement;
    trigger.click();
    const item = await waitForDom(
      doc,
      () => [...doc.querySelectorAll('[role="menuitem"]')].find((candidate) => isShown(candidate) && itemLabelMatches(candidate, LOWER_HAND_ITEM)),
      timeoutMs,
    );
    if (!item) return manual('the raised-hands row offers no "lower hand" item', manualSteps(ctx, name));
    (item as HTMLElement).click();
  }
  const lowered = await waitForDom(doc, () => !handStillUp(doc, name), timeoutMs);
  return lowered ? DONE : failed(`${name}'s hand is still raised`);
}
