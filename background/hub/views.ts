/**
 * View shaping: what the overlay and a side panel are sent, computed from a live session. Pure:
 * the session and the time come in, a state goes out.
 */
import { messageText } from '../../core/session';
import { emptyPanelState, type ChatLine, type OverlayState, type PanelState, type StorageProblem } from '../../core/protocol';
import type { LiveSession } from './liveSession';

const OVERLAY_CHAT = 3;
const PANEL_CHAT = 30;

export type Views = ReturnType<typeof viewsOf>;

export function viewsOf(session: LiveSession, now: number) {
  return { computedAt: now, ...session.views.read(session.log, now) };
}

export function overlayState(session: LiveSession, views: Views): OverlayState {
  return {
    participantCount: session.room.participantCount,
    handsRaised: session.room.raisedHands.length,
    lastChat: chatLines(session, OVERLAY_CHAT),
    agendaLog: views.agendaLog,
    // The overlay shows the chat's level, not its counts (those change every second while the
    // windows slide, and would wake the overlay for nothing): the panel has the figures.
    chatLoad: { ...views.chatLoad, last10s: 0, last60s: 0 },
    speaking: views.queue.speaking?.name ?? null,
    nextSpeakers: views.queue.waiting.slice(0, 3).map((entry) => entry.name),
    lost: session.health.filter((entry) => entry.status === 'degraded').map((entry) => entry.capability),
  };
}

/** A tab bound to a session, as the panel sees it. */
export interface BoundTab {
  session: LiveSession;
  /** Whether the room's content script is connected right now. */
  connected: boolean;
}

/** The panel's state for a tab; `unbound` says why a tab with no session has none yet. */
export function panelState(tabId: number, bound: BoundTab | null, unbound: StorageProblem | null, views: Views | null, now: number): PanelState {
  if (!bound) return { ...emptyPanelState(tabId, now), storageProblem: unbound };
  const { session } = bound;
  const shown = views ?? viewsOf(session, now);
  return {
    tabId,
    room: { ...session.detection, sessionId: session.record.id, startedAt: session.record.startedAt },
    connected: bound.connected,
    participantCount: session.room.participantCount,
    participants: [...session.room.participants.values()],
    hands: session.room.raisedHands.map((id) => ({ id, name: session.room.participants.get(id)?.name ?? id })),
    chat: chatLines(session, PANEL_CHAT),
    chatTotal: session.room.chatTotal,
    chatMissed: session.room.chatMissed,
    health: session.health,
    storageProblem: session.storageProblem,
    dropped: session.dropped,
    ...shown,
    questions: { open: shown.questions.open.map((q) => withText(session, q)), answered: shown.questions.answered.map((q) => withText(session, q)) },
  };
}

function chatLines(session: LiveSession, count: number): ChatLine[] {
  return session.room.recentChat.slice(-count).map((message) => ({
    id: message.id,
    sender: message.sender,
    shownTime: message.shownTime,
    system: message.system,
    text: session.chatText.get(message.id) ?? messageText(message),
  }));
}

function withText<T extends { messageId: string; text: string | null }>(session: LiveSession, question: T): T {
  return { ...question, text: question.text ?? session.chatText.get(question.messageId) ?? null };
}
