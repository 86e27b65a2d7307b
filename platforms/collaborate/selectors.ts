/**
 * Every CSS selector the Collaborate Ultra adapter uses, as data, with how many elements it must
 * find on each fixture page (test/contract/collaborate-selectors.test.ts checks every count; a
 * meta-test fails when an expectation is missing). All of them are historical evidence from
 * public scripts (2020–2025), none verified in a live room: see docs/platforms/collaborate.md.
 */
import { selectorQueries } from '../dom/selectorTable';

/** Fixture pages under test/fixtures/collaborate/, without `.html`. */
export const FIXTURES = ['room.fr', 'room.en', 'room-drifted.en'] as const;
export type FixtureId = (typeof FIXTURES)[number];

export interface SelectorSpec {
  css: string;
  finds: string;
  /** A capability's known-selector method depends on it (see health.ts). */
  required: boolean;
  expect: Record<FixtureId, number>;
}

/** [room.fr, room.en, room-drifted.en] */
function counts(fr: number, en: number, drifted: number): Record<FixtureId, number> {
  return { 'room.fr': fr, 'room.en': en, 'room-drifted.en': drifted };
}

export const SELECTORS = {
  // --- room markers (detection) ---------------------------------------------------------------
  angularScope: { css: '.ng-scope', required: false, finds: 'AngularJS scope markers', expect: counts(32, 32, 32) },
  sessionContent: { css: '#session-content', required: false, finds: 'the session content', expect: counts(1, 1, 0) },
  sidePanelOpen: { css: '#side-panel-open', required: false, finds: 'the "Open Collaborate Panel" button (readiness signal)', expect: counts(1, 1, 0) },
  statusToggle: { css: '#status-selector-toggle', required: false, finds: 'the status selector of the main room', expect: counts(1, 1, 0) },
  ownRaiseHand: { css: '#raise-hand', required: false, finds: 'your own raise-hand button', expect: counts(1, 1, 0) },
  panelControls: { css: '#panel-controls', required: false, finds: 'the panel tab bar', expect: counts(1, 1, 0) },
  sidePanel: { css: '.side-panels.offcanvas-right', required: false, finds: 'the Collaborate panel', expect: counts(1, 1, 0) },

  // --- attendees --------------------------------------------------------------------------------
  participantsTab: { css: '#panel-control-participants[aria-label]', required: false, finds: 'the attendees tab, whose label holds the count', expect: counts(1, 1, 0) },
  participantsHeader: { css: '#participants-header', required: false, finds: 'the "# Attendees" heading', expect: counts(1, 1, 0) },
  participantScroller: { css: '.md-virtual-repeat-scroller', required: true, finds: 'the virtualised attendee list', expect: counts(1, 1, 0) },
  participantItem: { css: '.participant-list-item.participant-list-participant', required: true, finds: 'attendee rows', expect: counts(8, 8, 0) },
  participantItemName: { css: '.participant-list-participant .participant-name', required: false, finds: 'attendee names', expect: counts(8, 8, 0) },
  participantRoster: { css: 'ul.participant-roster > li', required: false, finds: 'rows of the older attendee list', expect: counts(0, 0, 0) },
  handRaised: { css: '.status-hand-raised', required: false, finds: 'raised-hand icons', expect: counts(3, 3, 0) },

  // --- chat -------------------------------------------------------------------------------------
  chatHistory: { css: '#chat-channel-history', required: true, finds: 'the open channel\'s chat history', expect: counts(1, 1, 0) },
  chatItem: { css: '#chat-channel-history > li.chat-history__activity-item', required: true, finds: 'chat items', expect: counts(7, 7, 0) },
  chatPresence: { css: '.chat-history__activity-item--activity', required: false, finds: 'joined/left notices', expect: counts(1, 1, 0) },
  chatSender: { css: '.chat-message__name .participant-name', required: false, finds: 'message senders (absent on follow-up messages)', expect: counts(5, 5, 0) },
  chatTime: { css: '.chat-message__time', required: false, finds: 'message times', expect: counts(6, 6, 0) },
  chatBody: { css: '.chat-message__body', required: false, finds: 'message texts', expect: counts(6, 6, 0) },
  chatEmpty: { css: '.chat-history__empty', required: false, finds: 'the empty-chat notice', expect: counts(0, 0, 0) },
  channelTitle: { css: '#panel-chathistory-content > header > h1', required: false, finds: 'the open channel\'s name', expect: counts(1, 1, 0) },
  messageInput: { css: '#message-input', required: false, finds: 'the chat input', expect: counts(1, 1, 0) },

  // --- settings -----------------------------------------------------------------------------------
  settingsTab: { css: '#panel-control-settings', required: true, finds: 'the "My Settings" tab', expect: counts(1, 1, 0) },
} satisfies Record<string, SelectorSpec>;

export type SelectorName = keyof typeof SELECTORS;

export const { queryOne, queryAll } = selectorQueries(SELECTORS);

export function describeMissing(name: SelectorName): string {
  return `selector "${name}" (${SELECTORS[name].css}) found nothing: ${SELECTORS[name].finds}`;
}
