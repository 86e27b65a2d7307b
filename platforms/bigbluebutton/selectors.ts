/**
 * Every CSS selector the BigBlueButton adapter uses, as data: what it finds, on which versions,
 * whether a capability depends on it, and how many elements it must find on each fixture page.
 * test/contract/bbb-selectors.test.ts loads every fixture and checks every count; a meta-test
 * fails when a selector has no expectation for some fixture.
 *
 * Prefer BBB's own data-test attributes, then ids and roles; labels live in labels.ts.
 */
import type { BbbVersion } from './version';

/** Fixture pages under test/fixtures/bbb/, named `<version>/<file without .html>`. */
export const FIXTURES = [
  '2.6/room.fr', '2.6/room.en',
  '2.7/room.fr', '2.7/room.en',
  '3.0/room.fr', '3.0/room.en', '3.0/room-drifted.fr', '3.0/room-hands-panel.fr',
] as const;
export type FixtureId = (typeof FIXTURES)[number];

export interface SelectorSpec {
  css: string;
  versions: readonly BbbVersion[];
  /** What it finds, in plain words (shown in health details). */
  finds: string;
  /** A capability stops working without it (see health.ts). */
  required: boolean;
  /** How many elements it finds on each fixture page. */
  expect: Record<FixtureId, number>;
}

const ALL: readonly BbbVersion[] = ['2.6', '2.7', '3.0'];
const V2: readonly BbbVersion[] = ['2.6', '2.7'];
const V3: readonly BbbVersion[] = ['3.0'];

/** Shorthand for expectations: [2.6 fr, 2.6 en, 2.7 fr, 2.7 en, 3.0 fr, 3.0 en, drifted, hands panel]. */
function counts(...values: [number, number, number, number, number, number, number, number]): Record<FixtureId, number> {
  return Object.fromEntries(FIXTURES.map((id, index) => [id, values[index]!])) as Record<FixtureId, number>;
}

export const SELECTORS = {
  // --- user list -------------------------------------------------------------------------
  userListPanel: {
    css: '[data-test="userListContent"]', versions: ALL, required: true,
    finds: 'the user-list panel', expect: counts(1, 1, 1, 1, 1, 1, 0, 1),
  },
  virtualizedUserList: {
    css: '#user-list-virtualized-scroll', versions: V2, required: true,
    finds: 'the 2.x virtualised user list', expect: counts(1, 1, 1, 1, 0, 0, 0, 0),
  },
  usersCountAttribute: {
    css: '[data-test-users-count]', versions: V3, required: true,
    finds: 'the 3.0 participant count', expect: counts(0, 0, 0, 0, 1, 1, 0, 1),
  },
  usersTitle: {
    css: '[data-test="userList"] h2', versions: V2, required: true,
    finds: 'the 2.x users title "Utilisateurs (N)"', expect: counts(1, 1, 1, 1, 0, 0, 0, 0),
  },
  userItem: {
    css: '[data-test="userListItem"], [data-test="userListItemCurrent"]', versions: ALL, required: true,
    finds: 'participant rows', expect: counts(44, 44, 44, 44, 50, 50, 0, 50),
  },
  currentUserItem: {
    css: '[data-test="userListItemCurrent"]', versions: ALL, required: true,
    finds: 'your own row', expect: counts(1, 1, 1, 1, 1, 1, 0, 1),
  },
  moderatorAvatar: {
    css: '[data-test="moderatorAvatar"]', versions: ALL, required: false,
    finds: 'moderator avatars', expect: counts(1, 1, 1, 1, 1, 1, 0, 1),
  },
  presenterMark: {
    css: '[data-test-presenter]', versions: ALL, required: false,
    finds: 'the presenter avatar', expect: counts(1, 1, 1, 1, 1, 1, 1, 1),
  },
  manageUsers: {
    css: '[data-test="manageUsers"]', versions: ALL, required: true,
    finds: 'the manage-users gear', expect: counts(1, 1, 1, 1, 1, 1, 0, 1),
  },
  talkingIndicator: {
    css: '[data-test="talkingIndicator"]', versions: ALL, required: false,
    finds: 'the nav-bar talking indicator', expect: counts(1, 1, 1, 1, 1, 1, 0, 1),
  },
  talkingNow: {
    css: '[data-test="talkingIndicator"] [data-test="isTalking"]', versions: ALL, required: false,
    finds: 'people talking now', expect: counts(2, 2, 2, 2, 2, 2, 0, 2),
  },

  // --- raised hands ------------------------------------------------------------------------
  raiseHandToast: {
    css: '.raiseHandToast', versions: ALL, required: false,
    finds: 'the raised-hands toast', expect: counts(1, 1, 1, 1, 1, 1, 1, 0),
  },
  toastHandAvatar: {
    css: '.raiseHandToast [data-test="avatarsWrapperAvatar"]', versions: ALL, required: false,
    finds: 'hands in the toast, first raised first', expect: counts(3, 3, 3, 3, 3, 3, 0, 0),
  },
  raisedHandsTitle: {
    css: '[data-test="raisedHandsTitle"]', versions: V3, required: false,
    finds: 'the 3.0.17+ raised-hands panel', expect: counts(0, 0, 0, 0, 0, 0, 0, 1),
  },
  raisedHandRow: {
    css: '[role="listitem"][id^="raised-hand-index-"]', versions: V3, required: false,
    finds: 'rows of the 3.0.17+ raised-hands panel', expect: counts(0, 0, 0, 0, 0, 0, 0, 4),
  },
  ownRaiseHandButton26: {
    css: '[data-test="raiseHandLabel"], [data-test="lowerHandLabel"]', versions: ['2.6'], required: false,
    finds: 'the 2.6 raise-hand button', expect: counts(1, 1, 0, 0, 0, 0, 0, 0),
  },
  reactionsButton: {
    css: '[data-test="reactionsButton"]', versions: ['2.7', '3.0'], required: false,
    finds: 'the reactions button', expect: counts(0, 0, 1, 1, 0, 0, 0, 0),
  },
  ownRaiseHandButton: {
    css: '[data-test="raiseHandBtn"], [data-test="lowerHandBtn"]', versions: ['2.7', '3.0'], required: false,
    finds: 'the 2.7 / 3.0 raise-hand button', expect: counts(0, 0, 0, 0, 1, 1, 1, 1),
  },

  // --- chat -------------------------------------------------------------------------------
  chatMessages: {
    css: '[data-test="chatMessages"]', versions: ALL, required: true,
    finds: 'the public chat message list', expect: counts(1, 1, 1, 1, 1, 1, 0, 1),
  },
  chatList3: {
    css: '#chat-list', versions: V3, required: false,
    finds: 'the 3.0 chat list', expect: counts(0, 0, 0, 0, 1, 1, 1, 1),
  },
  chatMessageItem3: {
    css: '[data-test="chatMessageItem"]', versions: V3, required: true,
    finds: '3.0 chat messages', expect: counts(0, 0, 0, 0, 70, 70, 0, 70),
  },
  chatUserText2: {
    css: '[data-test="chatUserMessageText"]', versions: V2, required: true,
    finds: '2.x chat message texts', expect: counts(12, 12, 12, 12, 0, 0, 0, 0),
  },
  chatSystemText2: {
    css: '[data-test="chatWelcomeMessageText"], [data-test="chatClearMessageText"], [data-test="chatPollMessageText"]',
    versions: V2, required: false,
    finds: '2.x system messages', expect: counts(0, 0, 0, 0, 0, 0, 0, 0),
  },
  chatInput: {
    css: 'textarea#message-input', versions: ALL, required: true,
    finds: 'the chat input', expect: counts(1, 1, 1, 1, 1, 1, 1, 1),
  },
  sendMessageButton: {
    css: '[data-test="sendMessageButton"]', versions: ALL, required: true,
    finds: 'the send button', expect: counts(1, 1, 1, 1, 1, 1, 0, 1),
  },

  // --- manage-users menu (kept mounted once opened) ----------------------------------------
  manageUsersMenu: {
    css: '#user-options-dropdown-menu', versions: ALL, required: false,
    finds: 'the manage-users menu', expect: counts(1, 1, 1, 1, 1, 1, 1, 1),
  },
  menuItem: {
    css: '#user-options-dropdown-menu [role="menuitem"]', versions: ALL, required: false,
    finds: 'manage-users menu items', expect: counts(8, 8, 8, 8, 9, 9, 9, 9),
  },
  muteAllItem: {
    css: '[data-test="muteAll"]', versions: ['2.7'], required: false,
    finds: 'the 2.7 "mute all" item', expect: counts(0, 0, 1, 1, 0, 0, 0, 0),
  },
  muteAllExceptPresenterItem: {
    css: '[data-test="muteAllExceptPresenter"]', versions: ['2.7', '3.0'], required: false,
    finds: 'the "mute all except presenter" item', expect: counts(0, 0, 1, 1, 1, 1, 0, 1),
  },
  usersJoinMutedItem: {
    css: '[data-test="usersJoinMuted"]', versions: V3, required: false,
    finds: 'the 3.0 "users join muted" item', expect: counts(0, 0, 0, 0, 1, 1, 0, 1),
  },
  lockViewersItem: {
    css: '[data-test="lockViewersButton"]', versions: ALL, required: false,
    finds: 'the "lock viewers" item', expect: counts(1, 1, 1, 1, 1, 1, 0, 1),
  },

  // --- lock-viewers modal -----------------------------------------------------------------
  applyLockSettings: {
    css: '[data-test="applyLockSettings"]', versions: ALL, required: false,
    finds: 'the lock-viewers "apply" button', expect: counts(0, 0, 0, 0, 0, 0, 0, 0),
  },
} satisfies Record<string, SelectorSpec>;

export type SelectorName = keyof typeof SELECTORS;

export function queryOne(root: ParentNode, name: SelectorName): Element | null {
  return root.querySelector(SELECTORS[name].css);
}

export function queryAll(root: ParentNode, name: SelectorName): Element[] {
  return [...root.querySelectorAll(SELECTORS[name].css)];
}

/** Lock-viewers inputs, by the feature Moderato names (`data-test` of the hidden checkbox). */
export const LOCK_INPUT_TEST_IDS = {
  webcam: 'lockShareWebcam',
  seeOtherWebcams: 'lockSeeOtherViewersWebcam',
  microphone: 'lockShareMicrophone',
  publicChat: 'lockPublicChat',
  privateChat: 'lockPrivateChat',
  sharedNotes: 'lockEditSharedNotes',
  userList: 'lockUserList',
  cursors: 'hideViewersCursor',
  annotations: 'hideViewersAnnotation',
} as const;
