/**
 * Every CSS selector the BigBlueButton 4.0 adapter uses, as data, with how many elements each
 * finds on each 4.0 fixture page (test/contract/bbb40-selectors.test.ts checks every count). Where
 * each comes from in BBB's source: docs/platforms/bbb-4.0.md. 4.0 shows the participants or the
 * chat in one side panel: what belongs to the closed one finds nothing, by design.
 */
import { selectorQueries } from '../../dom/selectorTable';
export const FIXTURES_40 = ['4.0/room.fr', '4.0/room.en', '4.0/room-participants.fr', '4.0/room-participants.en', '4.0/room-drifted.fr'] as const;
export type FixtureId40 = (typeof FIXTURES_40)[number];

export interface SelectorSpec40 {
  css: string;
  finds: string;
  /** Which side panel must be open for it to exist; null: always in the page. */
  panel: 'users' | 'chat' | 'dialog' | null;
  expect: Record<FixtureId40, number>;
}

/** [chat open fr, en, participants open fr, en, drifted (participants open)]. */
function counts(...values: [number, number, number, number, number]): Record<FixtureId40, number> {
  return Object.fromEntries(FIXTURES_40.map((id, index) => [id, values[index]!])) as Record<FixtureId40, number>;
}

export const SELECTORS_40 = {
  // --- the rail and the one side panel ---------------------------------------------------
  navigationSidebar: { css: '[data-test="navigationSidebarContainer"]', panel: null, finds: 'the navigation rail', expect: counts(1, 1, 1, 1, 1) },
  usersRailButton: { css: '#users-list-toggle-button', panel: null, finds: 'the rail button of the participants panel', expect: counts(1, 1, 1, 1, 1) },
  usersRailButtonTest: { css: '[data-test="usersListSidebarButton"]', panel: null, finds: 'its data-test', expect: counts(1, 1, 1, 1, 1) },
  messagesRailButton: { css: '[data-test="messagesSidebarButton"]', panel: null, finds: 'the rail button of the chat', expect: counts(1, 1, 1, 1, 1) },

  // --- participants panel ------------------------------------------------------------------
  userListPanel: { css: '[data-test="userListPanel"]', panel: 'users', finds: 'the participants panel', expect: counts(0, 0, 1, 1, 0) },
  userListTitle: { css: '[data-test="userListTitle"]', panel: 'users', finds: 'the title "Utilisateurs (N)"', expect: counts(0, 0, 1, 1, 0) },
  userItem: { css: '[data-test="userListItem"], [data-test="userListItemCurrent"]', panel: 'users', finds: 'participant rows', expect: counts(0, 0, 50, 50, 0) },
  currentUserItem: { css: '[data-test="userListItemCurrent"]', panel: 'users', finds: 'your own row', expect: counts(0, 0, 1, 1, 0) },
  presenterMark: { css: '[data-test-presenter]', panel: 'users', finds: 'the presenter avatar', expect: counts(0, 0, 1, 1, 1) },
  userNameSubs: { css: '[data-test="userNameSubs"]', panel: 'users', finds: 'sub-labels (presenter, moderator, webcam)', expect: counts(0, 0, 7, 7, 7) },
  muteUser: { css: '[data-test="muteUser"]', panel: 'users', finds: 'unmuted people (a moderator may mute them)', expect: counts(0, 0, 16, 16, 16) },
  audioStateMuted: { css: '[data-test="audioStateMuted "]', panel: 'users', finds: 'muted people (trailing space in the source)', expect: counts(0, 0, 19, 19, 19) },
  unmuteUser: { css: '[data-test="unmuteUser"]', panel: 'users', finds: 'your own row, muted', expect: counts(0, 0, 0, 0, 0) },
  listenOnly: { css: '[data-test="listenOnly"]', panel: 'users', finds: 'listen-only people', expect: counts(0, 0, 10, 10, 10) },
  raisedHandItem: { css: '[data-test="raisedHandsListItem"]', panel: 'users', finds: 'raised hands, first raised first', expect: counts(0, 0, 4, 4, 0) },
  raisedHandRank: { css: '[data-test="raisedHandRank"]', panel: 'users', finds: 'raised-hand ranks (from 1)', expect: counts(0, 0, 4, 4, 0) },
  lowerHand: { css: '[data-test="lowerHand"]', panel: 'users', finds: 'lower-hand items of the raised hands', expect: counts(0, 0, 4, 4, 0) },
  lowerAllHands: { css: '[data-test="raiseHandRejection"]', panel: 'users', finds: 'lower all hands', expect: counts(0, 0, 1, 1, 1) },
  muteAllUsers: { css: 'button[data-test="muteAllUsers"]', panel: 'users', finds: 'mute all except the presenter', expect: counts(0, 0, 1, 1, 0) },
  lockViewersButton: { css: 'button[data-test="lockViewersButton"]', panel: 'users', finds: 'the Restrictions button', expect: counts(0, 0, 1, 1, 0) },

  // --- nav bar ---------------------------------------------------------------------------
  talkingIndicator: { css: '[data-test="talkingIndicator"]', panel: null, finds: 'the talking indicator', expect: counts(1, 1, 1, 1, 0) },
  talkingNow: { css: '[data-test="talkingIndicator"] [data-test="isTalking"]', panel: null, finds: 'people talking now', expect: counts(2, 2, 2, 2, 0) },

  // --- chat ------------------------------------------------------------------------------
  chatMessages: { css: '[data-test="chatMessages"]', panel: 'chat', finds: 'the public chat list', expect: counts(1, 1, 0, 0, 0) },
  chatMessageItem: { css: '[data-test="chatMessageItem"]', panel: 'chat', finds: 'chat messages (last two pages of 50)', expect: counts(70, 70, 0, 0, 0) },
  chatInput: { css: 'textarea#message-input', panel: 'chat', finds: 'the chat input', expect: counts(1, 1, 0, 0, 0) },
  sendMessageButton: { css: '[data-test="sendMessageButton"]', panel: 'chat', finds: 'the send button', expect: counts(1, 1, 0, 0, 0) },

  // --- the Restrictions dialog (only while open) -------------------------------------------
  lockDialog: { css: '[role="dialog"]', panel: 'dialog', finds: 'the Restrictions dialog', expect: counts(0, 0, 0, 0, 0) },
  participantPermissionsTab: { css: '[data-test="participantPermissionsTab"]', panel: 'dialog', finds: 'its participant-permissions tab', expect: counts(0, 0, 0, 0, 0) },
  applyLockSettings: { css: '[data-test="applyLockSettings"]', panel: 'dialog', finds: 'its Apply button', expect: counts(0, 0, 0, 0, 0) },
  cancelLockSettings: { css: '[data-test="cancelLockSettings"]', panel: 'dialog', finds: 'its Cancel button', expect: counts(0, 0, 0, 0, 0) },
} satisfies Record<string, SelectorSpec40>;

export type SelectorName40 = keyof typeof SELECTORS_40;

export const { queryOne: query40, queryAll: queryAll40 } = selectorQueries(SELECTORS_40);

/** The lock dialog's checkboxes by the feature Moderato names (4.0 renamed the annotations one). */
export const LOCK_INPUTS_40 = {
  webcam: 'lockShareWebcam',
  microphone: 'lockShareMicrophone',
  publicChat: 'lockPublicChat',
  privateChat: 'lockPrivateChat',
  sharedNotes: 'lockEditSharedNotes',
  userList: 'lockUserList',
  cursors: 'hideViewersCursor',
  annotations: 'lockShareWhiteboard',
} as const;
