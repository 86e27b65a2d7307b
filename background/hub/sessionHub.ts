/**
 * The session hub, run by the background service worker. It binds each room tab to a session
 * (registry.ts), appends what the room reads to the session's log in IndexedDB, and pushes views
 * (views.ts) to the room's overlay (roomLink.ts) and to the side panels watching that tab
 * (panelLink.ts), paced on the injected clock (pacing.ts).
 *
 * Nothing here survives the worker but the events not stored yet (kept outside it, see
 * logWriter.ts): on restart, rooms and panels reconnect and the session is rebuilt from its stored
 * log and that backlog (chat text, kept in memory only, is refilled by the room).
 */
import type { ActionResult, Detection, RoomAction } from '../../platforms/contract';
import { MANUAL_VERSION, type OverlayState, type PanelToHub, type SessionCommand, type StorageProblem } from '../../core/protocol';
import type { SessionRepository } from '../storage/sessions';
import { eventsForCommand } from './commands';
import { manualStepsFor } from './manualSteps';
import { createLater, createPacer, type Pacer } from './pacing';
import { createPanelLink, type PanelPort } from './panelLink';
import { createSessionRegistry } from './registry';
import type { LiveSession } from './liveSession';
import type { BacklogStore } from '../storage/backlog';
import { connectRoom as linkRoom, type RoomPort, type RoomRun } from './roomLink';
import { overlayState, panelState, viewsOf, type Views } from './views';

export type { PanelPort } from './panelLink';
export type { RoomPort } from './roomLink';

export interface HubDeps {
  repository(): Promise<SessionRepository>;
  /** The hub's clock: the time of what it logs, and the pacing of what it sends. */
  now(): number;
  /** Asks a room tab whose Port is closed to reconnect (after a worker restart). */
  wakeRoom(tabId: number): void;
  /** Called when a tab is bound to a room, e.g. to give that tab its own side panel. */
  onRoomBound?(tabId: number): void;
  /** The title of a manual session the moderator did not name, in the moderator's language. */
  untitled?: string;
  /** Coalesces pushes: many room events within this delay make one update. */
  pushDelayMs?: number;
  newId?: () => string;
  /** Delays between attempts to store events after a storage failure. */
  storageRetryDelaysMs?: number[];
  /** Where events that could not be stored yet are kept for a restarted worker. */
  backlog?: BacklogStore;
}

/**
 * The overlay gets a state only when that state changed, and at most this often (the last one
 * wins): the side panel, not the overlay, is the live view, and a glance every second is plenty.
 */
const OVERLAY_MIN_INTERVAL_MS = 1000;
/** While the chat is busy, views are refreshed this often so its level falls back by itself. */
const CALM_CHECK_MS = 1000;
/** How far a sender's clock may be from the hub's before the hub's time is used instead. */
const COMMAND_CLOCK_TOLERANCE_MS = 12 * 60 * 60 * 1000;

interface TabBinding {
  session: LiveSession;
  port: RoomPort | null;
  /** The overlay state last sent to this room tab (JSON), and its pacing. */
  overlaySent?: string;
  overlay: Pacer;
}

export function createSessionHub(deps: HubDeps) {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  /** Pending room actions: which panel asked (null: the hub itself, e.g. lowering a hand). */
  const pendingActs = new Map<string, PanelPort | null>();
  const tabs = new Map<number, TabBinding>();
  /** Tabs whose room is known but whose session could not be opened yet, and why. */
  const unboundProblems = new Map<number, StorageProblem>();
  /** The connected rooms' links, for flush(). */
  const rooms = new Set<{ settled(): Promise<void> }>();
  /** Each session's push coalescing and calm check. */
  const timers = new WeakMap<LiveSession, { push: ReturnType<typeof createLater>; calm: ReturnType<typeof createLater> }>();

  const registry = createSessionRegistry({
    repository: deps.repository,
    now: deps.now,
    storageRetryDelaysMs: deps.storageRetryDelaysMs,
    backlog: deps.backlog,
    onChange: (session) => schedulePush(session),
    onReplaced(deleted, fresh) {
      for (const binding of tabs.values()) if (binding.session === deleted) binding.session = fresh;
      schedulePush(fresh);
    },
  });
  /** Per run of a room script (a page load): the last batch handled, the drops it reported. */
  const runs = new Map<string, RoomRun>();
  const panels = createPanelLink({
    now: deps.now,
    stateOf: (tabId) => stateOf(tabId, null),
    onWatch: (tabId) => {
      if (!tabs.get(tabId)?.port) deps.wakeRoom(tabId);
    },
    onMessage: panelMessage,
  });

  function timersOf(session: LiveSession) {
    let found = timers.get(session);
    if (!found) timers.set(session, (found = { push: createLater(deps.pushDelayMs ?? 30), calm: createLater(CALM_CHECK_MS) }));
    return found;
  }

  function schedulePush(session: LiveSession) {
    timersOf(session).push.schedule(() => push(session));
  }

  function push(session: LiveSession) {
    const views = viewsOf(session, deps.now());
    const overlay = overlayState(session, views);
    for (const [tabId, binding] of tabs) {
      if (binding.session !== session) continue;
      sendOverlay(binding, overlay);
      panels.push(tabId, stateOf(tabId, views), () => push(session));
    }
    // Chat windows slide with time, not with events: re-read them until the last minute is empty.
    if (views.chatLoad.last60s > 0) timersOf(session).calm.schedule(() => push(session));
  }

  function sendOverlay(binding: TabBinding, state: OverlayState) {
    const json = JSON.stringify(state);
    if (json === binding.overlaySent) return;
    binding.overlay.run(() => {
      if (!binding.port || json === binding.overlaySent) return false;
      binding.overlaySent = json;
      binding.port.postMessage({ kind: 'hub/overlay', state });
    });
  }

  function stateOf(tabId: number, views: Views | null) {
    const binding = tabs.get(tabId);
    const bound = binding ? { session: binding.session, connected: binding.port !== null } : null;
    return panelState(tabId, bound, unboundProblems.get(tabId) ?? null, views, deps.now());
  }

  function bindTab(tabId: number, session: LiveSession, port: RoomPort | null) {
    tabs.get(tabId)?.overlay.stop();
    tabs.set(tabId, { session, port, overlay: createPacer(deps.now, OVERLAY_MIN_INTERVAL_MS) });
    schedulePush(session);
  }

  function handleCommand(session: LiveSession, command: SessionCommand, sentAt: number) {
    const outcome = eventsForCommand(command, session.log, commandTime(session, sentAt), newId);
    registry.record(session, outcome.events);
    if (outcome.lowerHandOf) act(session, { type: 'hand.lower', participantId: outcome.lowerHandOf }, newId(), null);
  }

  /**
   * The sender's time, unless it is absurd (a clock days away, a non-number): then the hub's.
   * Never before the newest logged event, so the log stays in time order.
   */
  function commandTime(session: LiveSession, sentAt: number): number {
    const now = deps.now();
    const plausible = Number.isFinite(sentAt) && Math.abs(sentAt - now) < COMMAND_CLOCK_TOLERANCE_MS ? sentAt : now;
    return Math.max(plausible, session.log[session.log.length - 1]?.at ?? plausible);
  }

  /** Sends an action to a connected tab of the session's room; the answer comes as room/acted. */
  function act(session: LiveSession, action: RoomAction, requestId: string, panel: PanelPort | null) {
    const binding = [...tabs.values()].find((candidate) => candidate.session === session && candidate.port);
    if (!binding?.port) {
      // No room page to drive (manual mode, or the room tab is gone): the moderator does it.
      const result: ActionResult = { status: 'manual', reason: 'no-room-page', steps: manualStepsFor(action) };
      panel?.postMessage({ kind: 'hub/acted', requestId, result });
      return;
    }
    pendingActs.set(requestId, panel);
    binding.port.postMessage({ kind: 'hub/act', requestId, action });
  }

  function acted(requestId: string, result: ActionResult) {
    if (!pendingActs.has(requestId)) return;
    const panel = pendingActs.get(requestId);
    pendingActs.delete(requestId);
    panel?.postMessage({ kind: 'hub/acted', requestId, result });
  }

  function panelMessage(port: PanelPort, message: Exclude<PanelToHub, { kind: 'panel/watch' }>) {
    if (message.kind === 'panel/manual-start') return void startManual(message.tabId, message.title);
    const session = tabs.get(message.tabId)?.session;
    if (!session) return;
    if (message.kind === 'panel/command') handleCommand(session, message.command, message.at);
    else if (message.kind === 'panel/act') act(session, message.action, message.requestId, port);
  }

  /** Binds a tab to a manual session (no room script): resumed when it was started before. */
  async function startManual(tabId: number, title: string) {
    const roomTitle = title.trim().slice(0, 200) || deps.untitled || '';
    if (tabs.get(tabId)?.port) return; // A readable room is already here.
    const detection: Detection = { platform: 'generic', version: MANUAL_VERSION, isModerator: true, roomKey: `manual|${roomTitle}`, roomTitle };
    const session = await registry.sessionFor(detection).catch((error: unknown) => {
      console.error('Moderato: could not open the manual session', error);
      return null;
    });
    if (session) bindTab(tabId, session, null);
  }

  function connectRoom(port: RoomPort, tabId: number) {
    const room = linkRoom(port, tabId, {
      registry,
      runs,
      now: deps.now,
      bindRetryMs: deps.storageRetryDelaysMs?.[0],
      bound(boundTab, session, roomPort) {
        bindTab(boundTab, session, roomPort);
        deps.onRoomBound?.(boundTab);
      },
      unbound(unboundTab, problem) {
        if (!problem) return void unboundProblems.delete(unboundTab);
        unboundProblems.set(unboundTab, problem);
        panels.post(unboundTab, stateOf(unboundTab, null));
      },
      disconnected(closedTab, closed) {
        const binding = tabs.get(closedTab);
        if (binding?.port !== closed) return;
        binding.port = null;
        schedulePush(binding.session);
      },
      command: (session, message) => handleCommand(session, message.command, message.at),
      acted: (message) => acted(message.requestId, message.result),
      changed: schedulePush,
    });
    rooms.add(room);
    port.onDisconnect.addListener(() => void room.settled().then(() => rooms.delete(room)));
  }

  /** Resolves once the rooms' messages so far are handled and their events reached IndexedDB. */
  async function flush() {
    await Promise.all([...rooms].map((room) => room.settled()));
    await registry.flush();
  }

  return { connectRoom, connectPanel: panels.connect, flush };
}
