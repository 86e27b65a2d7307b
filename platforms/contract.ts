/**
 * The platform-adapter contract. One adapter per platform, registered in platforms/registry.ts.
 * Detection is a pure function of the page; reading streams RoomEvents from MutationObservers
 * (no timers, no polling: a quiet room costs nothing); every action is verified by reading the
 * page back, and when it cannot be automated it says exactly what the moderator must click.
 */
import type { PlatformId, RoomEvent } from '../core/session/events';

export interface Detection {
  platform: PlatformId;
  /** Version family when the page reveals it (BBB: '2.6' | '2.7' | '3.0' | '4.0'). */
  version: string | null;
  /** Whether the person using Moderato moderates this room (moderator-only controls exist). */
  isModerator: boolean;
  /** Identifies the meeting across reloads of the same tab, so a reload resumes the session. */
  roomKey: string;
  /** Human title of the room (meeting name), shown in the side panel. */
  roomTitle: string;
}

/** The room features Moderato reads or drives; health is reported per capability. */
export type Capability =
  | 'participants'
  | 'participantCount'
  | 'raisedHands'
  | 'talking'
  | 'chat'
  | 'postChat'
  | 'lowerHand'
  | 'muteAll'
  | 'lockViewers';

/**
 * `hidden`: the page can show it but does not right now (BBB 4.0 shows the participants or the
 * chat, one at a time); `detail` is then a HiddenReason the side panel words.
 */
export type HealthStatus = 'works' | 'degraded' | 'manual' | 'hidden';

/** Why a capability is hidden: the moderator closed the panel that shows it. */
export type HiddenReason = 'participants-panel-closed' | 'chat-panel-closed';
export type HealthMethod = 'known-selectors' | 'heuristics' | 'taught' | 'manual';

export interface CapabilityHealth {
  capability: Capability;
  status: HealthStatus;
  method: HealthMethod;
  /** Why it is degraded or manual (e.g. which selector found nothing). */
  detail?: string;
  /** A reason the panel words in the moderator's language: a taught selector too slow for the page. */
  reason?: 'slow-selector';
}

/** What a moderator can ask to lock for viewers. `true` = locked (feature taken away from viewers). */
export type LockFeature =
  | 'microphone'
  | 'webcam'
  | 'seeOtherWebcams'
  | 'publicChat'
  | 'privateChat'
  | 'sharedNotes'
  | 'userList'
  | 'cursors'
  | 'annotations';

export type RoomAction =
  | { type: 'chat.post'; text: string }
  | { type: 'hand.lower'; participantId: string }
  | { type: 'audio.muteAll'; exceptPresenter: boolean }
  | { type: 'audio.joinMuted'; enabled: boolean }
  | { type: 'viewers.lock'; locks: Partial<Record<LockFeature, boolean>> };

/** A label the moderator can look for on screen, in both languages Moderato speaks. */
export interface ManualStep {
  fr: string;
  en: string;
}

export type ActionResult =
  | { status: 'done' }
  | { status: 'failed'; reason: string }
  | { status: 'manual'; reason: string; steps: ManualStep[] };

/** Where a reader sends what it sees. Called only when something changed. */
export interface ReadSink {
  events(events: RoomEvent[]): void;
  /** The full health list, sent at start and whenever a capability's status or method changes. */
  health(health: CapabilityHealth[]): void;
  /** A reading failed (a page shape the adapter did not expect): reported, never thrown at the page. */
  error(error: unknown): void;
}

export interface PlatformAdapter {
  id: PlatformId;
  /** Pure: no side effect, no observer. Null when this page is not a room of this platform. */
  detect(doc: Document, url: URL): Detection | null;
  /**
   * Sends the current state as RoomEvents, then the changes as they happen, one batch per
   * MutationObserver callback. Stops every observer when `signal` aborts.
   */
  read(doc: Document, sink: ReadSink, signal: AbortSignal): void;
  /** Performs the action, then reads the page back to verify it took effect. */
  act(doc: Document, action: RoomAction): Promise<ActionResult>;
}
