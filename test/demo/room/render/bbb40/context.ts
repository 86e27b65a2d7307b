/** What every 4.0 component is given: the model, the strings, drift, and the page's own UI state. */
import type { RoomModel } from '../../model';
import type { Labels, Locale } from '../../labels';
import type { Labels40 } from './labels';

export type SidePanel = 'chat' | 'users' | null;

/** Where the lock dialog puts the participant-permissions tab: first since mid-2026, second before. */
export type LockTabsOrder = 'permissions-first' | 'guest-first';

/** The client's own state, outside the model: which panel is open, what was scrolled into view. */
export interface Ui40 {
  panel: SidePanel;
  /** User-list pages mounted (0-based): BBB loads pages of 50 as they scroll into view. */
  revealedPages: Set<number>;
  search: string;
  lockOpen: boolean;
}

export interface Ctx40 {
  model: RoomModel;
  labels: Labels;
  l: Labels40;
  locale: Locale;
  timeZone: string | undefined;
  lockTabsOrder: LockTabsOrder;
  /** The data-test id to write (renamed in the drifted page). */
  t(id: string): string;
  ui: Ui40;
  /** Changes the UI state and renders again. */
  setUi(change: Partial<Ui40>): void;
}

/** The 4.0 ids a later release might rename: what the drifted fixture shows. Ids of elements stay. */
export const DRIFTED_IDS_40: Record<string, string> = {
  userListPanel: 'user-list-panel',
  userListTitle: 'user-list-title',
  userListItem: 'user-list-item',
  userListItemCurrent: 'user-list-item-current',
  raisedHandsListItem: 'raised-hands-list-item',
  raisedHandRank: 'raised-hand-rank',
  lowerHand: 'lower-hand',
  muteAllUsers: 'mute-all-users',
  lockViewersButton: 'lock-viewers',
  chatMessages: 'chat-messages',
  chatMessageItem: 'chat-message',
  messageContent: 'message-content',
  talkingIndicator: 'talking-indicator',
  isTalking: 'is-talking',
  wasTalking: 'was-talking',
  sendMessageButton: 'send-message',
};
