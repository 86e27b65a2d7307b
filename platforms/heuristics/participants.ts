/**
 * Finds and reads a participant list on a page never seen before, from roles, labels and headings
 * only (no ids, no classes except the generic "hand raised" wording). The list is the container
 * named like a participant list (aria-label, aria-labelledby, or the heading before it) holding
 * the most rows; roles come from group headings ("Moderators (1)", "Modérateurs (1)") or a role
 * tag in the row ("Hôte"); a hand is a row part labelled "Main levée" / "Raised hand".
 */
import type { ParticipantRole } from '../../core/session/events';
import { asElement } from '../dom/observe';
import { normalizeText } from '../dom/text';
import { CHAT, countIn, fold, matches, MODERATOR_GROUP, PARTICIPANTS, PRESENTER_GROUP, RAISED_HAND, VIEWER_GROUP } from './lexicon';
import { accessibleName, containerName, HEADING, ownLabels, ownTexts } from './names';

const CONTAINERS = '[role="list"], ul, ol, [role="listbox"], [role="grid"], [role="tree"], [role="region"], section, aside, [role="complementary"]';
const ROWS = '[role="listitem"], li, [role="option"], [role="row"], [role="treeitem"]';
const GROUP = '[role="group"]';

export interface FoundList {
  container: Element;
  rows: Element[];
  /** The list's own count when its name carries one ("8 Attendees"). */
  count: number | null;
}

export interface HeuristicParticipant {
  name: string;
  role: ParticipantRole;
  presenter: boolean;
  handRaised: boolean;
  /** The row it was read from (for actions that highlight it). */
  row: Element;
}

/** Rows of a container: row elements that hold no other row and show some text. */
export function rowsOf(container: Element): Element[] {
  return [...container.querySelectorAll(ROWS)].filter(
    (row) => !row.querySelector(ROWS) && row.getAttribute('role') !== 'heading' && ownTexts(row).length > 0,
  );
}

export function findParticipantList(root: ParentNode): FoundList | null {
  let best: FoundList | null = null;
  for (const container of root.querySelectorAll(CONTAINERS)) {
    const name = containerName(container);
    if (!matches(PARTICIPANTS, name) || (matches(CHAT, name) && !matches(PARTICIPANTS, name))) continue;
    if (container.getAttribute('role') === 'log') continue;
    const rows = rowsOf(container);
    if (rows.length === 0) continue;
    // The outermost of equal candidates comes first in document order and is kept.
    if (!best || rows.length > best.rows.length) best = { container, rows, count: countIn(name) };
  }
  return best;
}

export function roleOfLabel(text: string): { role: ParticipantRole; presenter: boolean } | null {
  if (matches(MODERATOR_GROUP, text)) return { role: 'moderator', presenter: false };
  if (matches(PRESENTER_GROUP, text)) return { role: 'viewer', presenter: true };
  if (matches(VIEWER_GROUP, text)) return { role: 'viewer', presenter: false };
  return null;
}

/** Group headings and labelled groups of the container, in document order. */
function groupMarks(container: Element): Element[] {
  return [...container.querySelectorAll(`${HEADING}, ${GROUP}`)];
}

function roleOfRow(row: Element, container: Element, marks: Element[]): { role: ParticipantRole; presenter: boolean } {
  const group = row.parentElement?.closest(GROUP);
  if (group && container.contains(group)) {
    const role = roleOfLabel(accessibleName(group));
    if (role) return role;
  }
  let fromHeading: { role: ParticipantRole; presenter: boolean } | null = null;
  for (const mark of marks) {
    if (mark.matches(GROUP)) continue;
    // DOCUMENT_POSITION_FOLLOWING: the row comes after this heading.
    if (mark.compareDocumentPosition(row) & 4) fromHeading = roleOfLabel(accessibleName(mark)) ?? fromHeading;
  }
  if (fromHeading) return fromHeading;
  // A short role tag after the name ("Hôte", "Animateur").
  for (const text of ownTexts(row).slice(1)) {
    if (text.length <= 20) {
      const role = roleOfLabel(text);
      if (role && !matches(VIEWER_GROUP, text)) return role;
    }
  }
  return { role: 'viewer', presenter: false };
}

const YOU = /\s*\((?:you|vous|moi|me)\)\s*$/i;

export function rowName(row: Element): string {
  const first = ownTexts(row).find((text) => !RAISED_HAND.test(fold(text)));
  return normalizeText((first ?? '').replace(YOU, ''));
}

export function rowHasRaisedHand(row: Element): boolean {
  const parts = [row, ...row.querySelectorAll('*')];
  return parts.some(
    (part) =>
      ownLabels(part).some((label) => matches(RAISED_HAND, label)) ||
      /(^|[-_ ])(hand-raised|raised-hand|hand_raised)([-_ ]|$)/i.test(part.getAttribute('class') ?? '') ||
      (asElement(part) && part.children.length === 0 && (part.textContent ?? '').includes('✋')),
  );
}

export function readParticipantsByHeuristics(root: ParentNode): { list: FoundList; participants: HeuristicParticipant[] } | null {
  const list = findParticipantList(root);
  if (!list) return null;
  const marks = groupMarks(list.container);
  const participants = list.rows
    .map((row): HeuristicParticipant => ({ name: rowName(row), ...roleOfRow(row, list.container, marks), handRaised: rowHasRaisedHand(row), row }))
    .filter((participant) => participant.name !== '');
  return { list, participants };
}
