/**
 * The one message protocol between Moderato's parts. Type names say the direction:
 * RoomToHub = room content script → background, HubToPanel = background → side panel, etc.
 * Rooms and panels talk to the hub over long-lived Ports (one per room tab, one per panel).
 */
import type { CapabilityHealth, Detection } from '../platforms/contract';
import type { ChatMessage, ParticipantState, TimedRoomEvent } from '../session/events';

/** A chat message as the views show it; `text` is null when only its metadata was kept. */
export type ChatLine = Omit<ChatMessage, 'text'> & { text: string | null };

export const ROOM_PORT = 'moderato/room';
export const PANEL_PORT = 'moderato/panel';

export type RoomToHub =
  /** First message on every (re)connection. `recentChat` refills chat text a restarted hub lost. */
  | { kind: 'room/hello'; detection: Detection; recentChat: ChatMessage[] }
  /** `snapshot`: the batch is the reader's complete first view of the page after (re)starting. */
  | { kind: 'room/events'; events: TimedRoomEvent[]; snapshot: boolean }
  | { kind: 'room/health'; health: CapabilityHealth[] };

/** What the overlay shows: deliberately small, it crosses into every room page. */
export interface OverlayState {
  participantCount: number;
  lastChat: ChatLine[];
  handsRaised: number;
}

export type HubToRoom = { kind: 'hub/overlay'; state: OverlayState };

/** Sent with runtime.sendMessage to a room tab whose Port is closed (e.g. the worker restarted). */
export type HubToRoomWake = { kind: 'hub/reconnect' };

export type PanelToHub = { kind: 'panel/watch'; tabId: number };

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
  health: CapabilityHealth[];
}

export type HubToPanel = { kind: 'hub/panel'; state: PanelState };
