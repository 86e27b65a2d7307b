import type { RoomModel } from '../model';
import { labelsFor, type BbbVersion, type Labels, type Locale } from '../labels';

export interface RenderOptions {
  version: BbbVersion;
  locale: Locale;
  /** Renames data-test ids as a future BBB release might (see DRIFTED_IDS). */
  drift?: boolean;
  /** 3.0 only: 'panel' = the 3.0.17+ raised-hands list in the side panel instead of the toast. */
  handsList?: 'toast' | 'panel';
  /** 4.0 only: the side panel open on load (the client opens the chat on join). */
  panel?: 'chat' | 'users';
  /** 4.0 only: where the lock dialog puts its participant-permissions tab (first since mid-2026). */
  lockTabsOrder?: 'permissions-first' | 'guest-first';
  /** Pins the time zone of shown times (fixtures); default: the browser's. */
  timeZone?: string;
  /** Viewport height used by the virtual lists when the page has no layout (jsdom). */
  fallbackViewportHeight?: number;
}

/** A drifted page: what a BBB update renaming its test ids would look like to Moderato. */
export const DRIFTED_IDS: Record<string, string> = {
  userListContent: 'user-list-content',
  userList: 'user-list',
  userListItem: 'user-list-item',
  userListItemCurrent: 'user-list-item-current',
  moderatorAvatar: 'moderator-avatar',
  viewerAvatar: 'viewer-avatar',
  chatMessages: 'chat-messages',
  chatMessageItem: 'chat-message',
  messageContent: 'message-content',
  chatUserMessageText: 'chat-user-message-text',
  talkingIndicator: 'talking-indicator',
  isTalking: 'is-talking',
  wasTalking: 'was-talking',
  avatarsWrapper: 'avatars-wrapper',
  avatarsWrapperAvatar: 'raised-hand-avatar',
  raiseHandRejection: 'lower-all-hands',
  raisedHandsTitle: 'raised-hands-title',
  sendMessageButton: 'send-message',
  manageUsers: 'manage-users',
  usersJoinMuted: 'users-join-muted',
  muteAllExceptPresenter: 'mute-all-except-presenter',
  lockViewersButton: 'lock-viewers',
  applyLockSettings: 'apply-lock-settings',
};

export interface RenderContext {
  doc: Document;
  model: RoomModel;
  options: Required<Omit<RenderOptions, 'timeZone' | 'panel' | 'lockTabsOrder'>> & { timeZone: string | undefined };
  labels: Labels;
  /** The data-test id to write, after drift. */
  t(id: string): string;
}

export function createContext(doc: Document, model: RoomModel, options: RenderOptions): RenderContext {
  const full = {
    drift: false,
    handsList: 'toast' as const,
    fallbackViewportHeight: 640,
    timeZone: undefined,
    ...options,
  };
  return {
    doc,
    model,
    options: full,
    labels: labelsFor(options.locale, options.version),
    t: (id) => (full.drift ? (DRIFTED_IDS[id] ?? id) : id),
  };
}

/** What every renderer gives back to the page entry and to tests. */
export interface RoomView {
  /** Renders pending changes now (changes are otherwise batched to the next microtask). */
  flush(): void;
  /** 3.0: mounts the user-list page `n` (1-based) as if scrolled into view. No-op on 2.x. */
  revealUserPage(n: number): void;
  /** Scrolls the user list (2.x virtual list) so row `index` is at the top. */
  scrollUsersTo(index: number): void;
  /** Scrolls the chat: 'bottom', 'top', or (3.0) a page number to mount (1-based). */
  scrollChatTo(where: 'top' | 'bottom' | number): void;
  destroy(): void;
}
