/**
 * Raised hands in raise order. BBB shows the order in the 3.0.17+ side panel (every hand) or
 * in the moderators' toast (first few hands, first raised first); the user list marks every
 * hand but sorts moderators and the current user first. So: panel or toast order first, then
 * the remaining hands in list order.
 */
import { normalizeText } from '../dom/text';
import { displayName } from './participants';
import { LOWER_HAND_OF } from './labels';
import { queryAll, queryOne } from './selectors';

/** Whose hand a toast avatar lowers, from its tooltip / aria-label. */
export function toastAvatarName(avatar: Element): string | null {
  const candidates = [
    avatar.getAttribute('aria-label'),
    avatar.getAttribute('title'),
    avatar.getAttribute('data-tip'),
    avatar.getAttribute('data-tooltip'),
    avatar.querySelector('[title]')?.getAttribute('title') ?? null,
  ];
  for (const candidate of candidates) {
    const label = normalizeText(candidate);
    for (const pattern of LOWER_HAND_OF) {
      const name = label.match(pattern)?.[1];
      if (name) return normalizeText(name);
    }
  }
  return null;
}

export interface QueueEntry {
  name: string;
  /** The element to act on to lower this hand (toast avatar or panel row). */
  element: Element;
  source: 'panel' | 'toast';
}

/** Whether the 3.0.17+ raised-hands panel is on the page: it shows its title while a hand is up. */
export function handsPanelShown(listRoot: ParentNode): boolean {
  return queryOne(listRoot, 'raisedHandsTitle') !== null;
}

/**
 * Names in raise order as the panel (preferred) or the toast shows them. `listRoot`, when known,
 * is the user-list panel that holds the 3.0.17+ raised-hands list; `toast`, when the caller keeps
 * track of it, the raised-hands toast (null: none on the page); `panelShown`, when the caller has
 * looked already (handsPanelShown).
 */
export function readHandQueue(
  root: ParentNode,
  listRoot: ParentNode = root,
  toast: Element | null = queryOne(root, 'raiseHandToast'),
  panelShown: boolean = handsPanelShown(listRoot),
): QueueEntry[] {
  // The panel's rows are looked for only under its title: that saves a walk of the whole user
  // list at every read of a busy room.
  const rows = panelShown ? queryAll(listRoot, 'raisedHandRow') : [];
  if (rows.length > 0) {
    return rows
      .map((row) => ({ name: displayName(row), element: row, source: 'panel' as const }))
      .filter((entry) => entry.name !== '');
  }
  const entries: QueueEntry[] = [];
  if (!toast) return entries;
  for (const avatar of queryAll(toast.parentElement ?? toast, 'toastHandAvatar')) {
    const name = toastAvatarName(avatar);
    if (name) entries.push({ name, element: avatar, source: 'toast' });
  }
  return entries;
}
