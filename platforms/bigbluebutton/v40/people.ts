/**
 * How 4.0 shows people (user-list-participants/list-item, raised-hands/list-item, users-title):
 * a row's name is its aria-label, its role and webcam are in the sub-labels, the audio state is the
 * toolbar item a moderator sees; hands are their own list, in raise order; the count is the title's.
 * All of it is in the page only while the participants panel is open.
 */
import { normalizeText, visibleText } from '../../dom/text';
import { COUNT_IN_TITLE, LABELS_40, YOU_SUFFIX } from '../labels';
import { readParticipantRows, type RowContent } from '../participants';
import type { PeopleView } from '../peopleView';
import { query40, queryAll40, SELECTORS_40 } from './selectors';

const SUB_SEPARATOR = '|';

function subLabels(row: Element): string[] {
  const subs = row.querySelector('[data-test="userNameSubs"]');
  return subs ? visibleText(subs).split(SUB_SEPARATOR).map((part) => normalizeText(part)) : [];
}

/** Muted, as the toolbar says to a moderator: null when not in audio; listen-only counts as muted. */
function mutedState(row: Element): boolean | null {
  if (row.querySelector('[data-test="muteUser"], [data-test="audioStateUnmuted"]')) return false;
  if (row.querySelector('[data-test="audioStateMuted "], [data-test="unmuteUser"], [data-test="listenOnly"]')) return true;
  return null;
}

export function rowName(row: Element): string {
  const label = row.getAttribute('aria-label');
  // Fall back to the shown name (minus "(Vous)") if a release drops the aria-label.
  const name = label ?? visibleText(row.querySelector('span')).replace(YOU_SUFFIX, '');
  return normalizeText(name);
}

export function readRow40(row: Element): RowContent {
  const subs = subLabels(row);
  return {
    name: rowName(row),
    state: {
      role: subs.some((sub) => sub === LABELS_40.moderator.fr || sub === LABELS_40.moderator.en) ? 'moderator' : 'viewer',
      presenter: row.querySelector('[data-test-presenter]') !== null,
      you: row.getAttribute('data-test') === 'userListItemCurrent',
      // Hands come from the raised-hands list (a row shows the emoji only in its avatar).
      handRaised: false,
      talking: false,
      muted: mutedState(row),
      webcam: subs.includes('Webcam'),
    },
    avatarTalking: false,
  };
}

/** Raised hands in rank order (the list is sorted by raise time; ranks are shown from 1). */
export function readHands40(list: ParentNode): string[] {
  return queryAll40(list, 'raisedHandItem').map(rowName).filter((name) => name !== '');
}

export function readCount40(list: ParentNode): number | null {
  const match = visibleText(query40(list, 'userListTitle')).match(COUNT_IN_TITLE);
  return match ? Number(match[1]) : null;
}

/** Whether the participants panel is `list` or in it: hands and rows are read only then. */
export function participantsShown(list: ParentNode): boolean {
  const node = list as Node;
  return (node.nodeType === 1 && (node as Element).matches(SELECTORS_40.userListPanel.css)) || query40(list, 'userListPanel') !== null;
}

export const PEOPLE_VIEW_40: PeopleView = {
  rows: (list, readings) => (participantsShown(list) ? readParticipantRows(list, readings, readRow40) : []),
  hands: (_root, list) => {
    const shown = participantsShown(list);
    return { names: shown ? readHands40(list) : [], shown, sticky: false };
  },
  count: readCount40,
};
