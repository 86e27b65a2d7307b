/**
 * The one list of every channel between Moderato's parts; each message type's name says its
 * direction (RoomToHub = room content script → background hub, HubToPanel = hub → side panel…).
 * Every message sent anywhere is a member of one of these types.
 *
 * - Room ⇄ hub: a long-lived Port per room tab (ROOM_PORT): RoomToHub, HubToRoom. A room whose
 *   Port closed is woken with runtime.sendMessage: HubToRoomWake.
 * - Room → hub, one-off (runtime.sendMessage): RoomToHubPackRequest, answered HubToRoomPack.
 * - Panel ⇄ hub: a long-lived Port per side panel (PANEL_PORT): PanelToHub, HubToPanel.
 * - Panel → hub, one-off (runtime.sendMessage): PanelToHubSessions, answered HubToPanelSessions.
 * - Panel → room (tabs.sendMessage to the room tab's top frame, while teaching a site):
 *   PanelToRoom, answered RoomWhere / PickerAnswer / counts.
 * - Room ⇄ overlay frame: a MessageChannel the room opens with RoomToOverlayFrameHello, then
 *   RoomToOverlayFrame, OverlayFrameToRoom.
 */
import type { ActionResult, Capability, CapabilityHealth, Detection, RoomAction } from '../platforms/contract';
import type { ChatMessage, LoggedEvent, ModeratorEvent, ParticipantState, PlatformId, TimedRoomEvent } from './session/events';
import type { Attendance, ChatLoad, ChatQuestions, ChecklistProgress, QueueState } from './session';
import type { PackRole, SelectorPack } from './packs/schema';
import type { Locale } from './locale';

/** A chat message as the views show it; `text` is null when only its metadata was kept. */
export type ChatLine = Omit<ChatMessage, 'text'> & { text: string | null };

export const ROOM_PORT = 'moderato/room';
/** The `version` of a manual session's detection: there is no room page to read. */
export const MANUAL_VERSION = 'manual';
export const PANEL_PORT = 'moderato/panel';

export type RoomToHub =
  /**
   * First message on every (re)connection. `recentChat` refills chat text a restarted hub lost.
   * `run` names this run of the room script (its batches are numbered from 1); `dropped` counts
   * the events it gave up so far (too many unacknowledged batches while the hub was away).
   */
  | { kind: 'room/hello'; detection: Detection; recentChat: ChatMessage[]; run: string; dropped: number }
  /**
   * `snapshot`: the batch is the reader's complete first view of the page after (re)starting.
   * `batch`: its number in the run; the room keeps it until the hub acknowledges it (hub/ack) and
   * sends it again after a reconnection, and the hub ignores a number it already has.
   */
  | { kind: 'room/events'; events: TimedRoomEvent[]; snapshot: boolean; batch: number }
  | { kind: 'room/health'; health: CapabilityHealth[] }
  /** The overlay's buttons and keyboard shortcuts. */
  | { kind: 'room/command'; command: SessionCommand; at: number }
  /** The outcome of a `hub/act` request, verified by the adapter on the page. */
  | { kind: 'room/acted'; requestId: string; result: ActionResult };

/**
 * What the moderator asks of the session, from the panel or the overlay. The hub turns each
 * command into logged events (and, for the floor, into a room action that lowers the hand).
 * Like room events, a command is stamped by its sender (`at`): the moment the moderator acted.
 */
export type SessionCommand =
  /** Logged as they are: the agenda, queue moves, answered questions, checklist outcomes, the end. */
  | Extract<
      ModeratorEvent,
      {
        type:
          | `agenda.${string}`
          | 'queue.moved'
          | 'queue.removed'
          | 'queue.floorGiven'
          | 'queue.done'
          | 'queue.skipped'
          | 'chat.answered'
          | 'checklist.step'
          | 'session.ended';
      }
    >
  /** Becomes `queue.added`, with an entry id given by the hub. */
  | { type: 'queue.add'; name: string; participantId?: string }
  /** Gives the floor to the suggested next person (the overlay's shortcut). */
  | { type: 'queue.next' }
  /** Manual attendance: someone arrived (a new participant) or left. */
  | { type: 'attendance.arrived'; name: string }
  | { type: 'attendance.left'; participantId: string };

/** What the overlay shows: deliberately small, it crosses into every room page. */
export interface OverlayState {
  participantCount: number;
  lastChat: ChatLine[];
  handsRaised: number;
  /** The agenda's own events: the overlay runs the pure agenda clock itself, once a second. */
  agendaLog: LoggedEvent[];
  chatLoad: ChatLoad;
  speaking: string | null;
  /** The next names in the speaking queue, first first. */
  nextSpeakers: string[];
  /** Capabilities that stopped finding anything on the page (health "degraded"): said at once. */
  lost: Capability[];
}

export type HubToRoom =
  | { kind: 'hub/overlay'; state: OverlayState }
  /**
   * The batches of these numbers are stored, kept where a restarted worker finds them, or counted
   * as dropped. Sent at most once a second: the room script runs on the class's main thread.
   */
  | { kind: 'hub/ack'; batches: number[] }
  /** Perform and verify an action on the room page (lower a hand, lock viewers…). */
  | { kind: 'hub/act'; requestId: string; action: RoomAction };

/**
 * The room script and the overlay's frame (an extension page drawn over the room, so its drawing
 * is not done on the room page's main thread) talk over a MessageChannel the room script opens.
 * The frame takes the channel's port only from a message carrying the nonce of its own URL's
 * fragment, which the room page cannot read.
 */
export const OVERLAY_FRAME_HELLO = 'moderato/overlay-frame';
/** Posted to the frame's window with the channel's other port. */
export type RoomToOverlayFrameHello = { kind: typeof OVERLAY_FRAME_HELLO; nonce: string };
export type DragPhase = 'start' | 'move' | 'end';
export type RoomToOverlayFrame = { kind: 'frame/state'; state: OverlayState };
export type OverlayFrameToRoom =
  | { kind: 'frame/command'; command: SessionCommand }
  /** The overlay's own size, in CSS pixels, each time it changes: the frame is sized to it. */
  | { kind: 'frame/size'; width: number; height: number }
  /** A drag of the overlay's header: distance in screen pixels from where it started. */
  | { kind: 'frame/drag'; phase: DragPhase; dx: number; dy: number }
  /** One arrow-key step on the move handle (-1, 0 or 1 on each axis). */
  | { kind: 'frame/nudge'; dx: number; dy: number };

/** Sent with runtime.sendMessage to a room tab whose Port is closed (e.g. the worker restarted). */
export type HubToRoomWake = { kind: 'hub/reconnect' };

/** Why a session's log cannot be saved right now (it is kept and retried meanwhile). */
export type StorageProblem = 'quota' | 'blocked' | 'write-failed';

export type PanelToHub =
  | { kind: 'panel/watch'; tabId: number }
  | { kind: 'panel/command'; tabId: number; command: SessionCommand; at: number }
  | { kind: 'panel/act'; tabId: number; requestId: string; action: RoomAction }
  /**
   * Manual mode: a session for a tab whose room Moderato cannot read (Via, an unknown platform).
   * The agenda, the queue, the checklists and attendance are then kept by hand.
   */
  | { kind: 'panel/manual-start'; tabId: number; title: string };

export interface PanelState {
  tabId: number;
  room: (Detection & { sessionId: string; startedAt: number }) | null;
  /** Whether the room's content script is connected right now. */
  connected: boolean;
  participantCount: number;
  participants: ParticipantState[];
  hands: { id: string; name: string }[];
  chat: ChatLine[];
  chatTotal: number;
  /** Of `chatTotal`, the messages that went by too fast to be read. */
  chatMissed: number;
  health: CapabilityHealth[];
  /** Why the session's log cannot be saved right now (it is kept and retried meanwhile). */
  storageProblem: StorageProblem | null;
  /**
   * Room events Moderato could not keep since the hub started: a room flooding events beyond a
   * sane rate, or more than could wait while storage failed. Zero in a healthy class.
   */
  dropped: number;
  /** Same as the overlay's: the panel runs the agenda clock itself. */
  agendaLog: LoggedEvent[];
  queue: QueueState | null;
  chatLoad: ChatLoad | null;
  questions: ChatQuestions | null;
  attendance: Attendance | null;
  /** The last recorded outcome of each checklist step (a reopened panel shows it again). */
  checklists: ChecklistProgress | null;
  /** When the views above were computed (their durations are as of this time). */
  computedAt: number;
}

/** The panel's state for a tab with no session (yet): nothing to show but the tab. */
export function emptyPanelState(tabId: number, now: number): PanelState {
  return {
    tabId,
    room: null,
    connected: false,
    participantCount: 0,
    participants: [],
    hands: [],
    chat: [],
    chatTotal: 0,
    chatMissed: 0,
    health: [],
    storageProblem: null,
    dropped: 0,
    agendaLog: [],
    queue: null,
    chatLoad: null,
    questions: null,
    attendance: null,
    checklists: null,
    computedAt: now,
  };
}

export type HubToPanel =
  /**
   * `attendanceKept`: the attendance did not come with this push (it is sent at most once a
   * second: hundreds of rows whose durations change with every push); the panel keeps the last one.
   */
  | { kind: 'hub/panel'; state: PanelState; attendanceKept?: boolean }
  | { kind: 'hub/acted'; requestId: string; result: ActionResult };

/**
 * Side panel → background, one-off: the changes to stored sessions the Review view asks for. The
 * background is the one writer of sessions and their logs (see background/storage/db.ts).
 */
export type PanelToHubSessions =
  | { kind: 'panel/delete-session'; sessionId: string }
  | { kind: 'panel/delete-all-sessions' }
  /** Deletes the sessions past the retention period (the panel has just saved a new one). */
  | { kind: 'panel/apply-retention' };
export type HubToPanelSessions = { ok: boolean };

/**
 * Side panel → room content script (`tabs.sendMessage` to the room tab): teaching a site its
 * selector pack. `room/where` asks which page the script serves (and proves one is there).
 */
export type PanelToRoom =
  | { kind: 'room/where' }
  | { kind: 'picker/start'; role: PackRole; within?: string; composer?: string; locale: Locale }
  | { kind: 'picker/stop' }
  | { kind: 'pack/count'; pack: SelectorPack }
  /** The pack of this page's origin was saved, imported or deleted: detect the room again. */
  | { kind: 'pack/changed' };

/** The answers of the room content script to PanelToRoom, by kind. */
export interface RoomWhere {
  origin: string;
  /** The page's address: a planned class is recognised by its link (compared, never stored). */
  url?: string;
  title: string;
  /** The adapter reading this page right now (null while none recognises it). */
  reading: PlatformId | null;
}
export type PickerAnswer = { picked: true; selector: string; count: number } | { picked: false };

/** Room content script → background: the selector pack taught for this page's origin… */
export type RoomToHubPackRequest = { kind: 'room/pack' };
/** …and the answer: the pack, or null when there is none (the room validates it again). */
export type HubToRoomPack = SelectorPack | null;
