/**
 * The session hub, run by the background service worker. It binds each room tab to a session,
 * appends what the room reads to the session's log in IndexedDB, folds it into the live room
 * state, and pushes views to the room's overlay and to the side panels watching that tab.
 *
 * Nothing here survives the worker: on restart, rooms and panels reconnect and the session is
 * rebuilt from its stored log (chat text, kept in memory only, is refilled by the room).
 */
import type { ActionResult, CapabilityHealth, Detection, RoomAction } from '../../platforms/contract';
import { emptyPanelState, MANUAL_VERSION, type ChatLine, type HubToPanel, type HubToRoom, type PanelState, type PanelToHub, type RoomToHub, type SessionCommand } from '../../core/protocol';
import {
  applyRoomEvent,
  changesRoom,
  emptyRoomState,
  liveViews,
  messageText,
  roomState,
  toPersisted,
  type ChatMessage,
  type LiveViews,
  type LoggedEvent,
  type RoomState,
  type SessionEvent,
} from '../../core/session';
import { eventsForCommand } from './commands';
import { manualStepsFor } from './manualSteps';
import { createLogWriter, storageProblemOf, type StorageProblem } from './logWriter';

type PersistedEvent = Parameters<SessionRepository['append']>[1][number];
import type { SessionRecord } from '../storage/schema';
import type { SessionRepository } from '../storage/sessions';
import type { HubPort } from './ports';
import { inferLeavesFromSnapshot } from './snapshot';

export type RoomPort = HubPort<RoomToHub, HubToRoom>;
export type PanelPort = HubPort<PanelToHub, HubToPanel>;

export interface HubDeps {
  repository(): Promise<SessionRepository>;
  now(): number;
  /** Asks a room tab whose Port is closed to reconnect (after a worker restart). */
  wakeRoom(tabId: number): void;
  /** Called when a tab is bound to a room, e.g. to give that tab its own side panel. */
  onRoomBound?(tabId: number): void;
  /** Coalesces pushes: many room events within this delay make one update. */
  pushDelayMs?: number;
  newId?: () => string;
  /** Delays between attempts to store events after a storage failure. */
  storageRetryDelaysMs?: number[];
}

const OVERLAY_CHAT = 3;
/**
 * The overlay is updated at most this often: each update is laid out in the class's own page, and
 * the side panel, not the overlay, is the live view (a glance every second is plenty).
 */
const OVERLAY_MIN_INTERVAL_MS = 1000;
/** The attendance goes to a panel at most this often while the room is busy (see HubToPanel). */
const PANEL_ATTENDANCE_INTERVAL_MS = 1000;
/** When a room's session cannot be opened, how long before trying again. */
const BIND_RETRY_MS = 5_000;
/** Room messages kept while waiting for the session to open (a few minutes of a busy room). */
const MAX_WAITING_MESSAGES = 5_000;

/** How far a sender's clock may be from the hub's before the hub's time is used instead. */
const COMMAND_CLOCK_TOLERANCE_MS = 12 * 60 * 60 * 1000;
const PANEL_CHAT = 30;
/** Chat texts kept in memory per session (the log stores none). */
const CHAT_TEXT_MEMORY = 200;

interface LiveSession {
  record: SessionRecord;
  detection: Detection;
  /** The whole log in memory (chat with its text while live), for the views. */
  log: LoggedEvent[];
  /** The panel's views, folded event by event as the log grows. */
  views: LiveViews;
  room: RoomState;
  health: CapabilityHealth[];
  seenChatIds: Set<string>;
  chatText: Map<string, string>;
  /** Writes the log in arrival order and retries when storage fails. */
  writer: ReturnType<typeof createLogWriter<PersistedEvent>>;
  storageProblem: StorageProblem | null;
  pushTimer: ReturnType<typeof setTimeout> | null;
  /** While the chat is busy, views are refreshed once a second so the warning clears by itself. */
  calmTimer: ReturnType<typeof setTimeout> | null;
  /** A push that brings the attendance some panel did not get (see pushToPanel). */
  attendanceTimer: ReturnType<typeof setTimeout> | null;
}

interface TabBinding {
  session: LiveSession;
  port: RoomPort | null;
  /** The overlay state last sent to this room tab (JSON), and when: see sendOverlay. */
  overlaySent?: string;
  overlaySentAt?: number;
  overlayPending?: HubToRoom | null;
  overlayTimer?: ReturnType<typeof setTimeout> | null;
}

export function createSessionHub(deps: HubDeps) {
  const pushDelay = deps.pushDelayMs ?? 30;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  /** Pending room actions: which panel asked (null: the hub itself, e.g. lowering a hand). */
  const pendingActs = new Map<string, PanelPort | null>();
  const tabs = new Map<number, TabBinding>();
  const sessionsByRoom = new Map<string, Promise<LiveSession>>();
  const panels = new Map<PanelPort, number>();
  /** Tabs whose room is known but whose session could not be opened yet, and why. */
  const unboundProblems = new Map<number, StorageProblem>();

  async function sessionFor(detection: Detection): Promise<LiveSession> {
    let pending = sessionsByRoom.get(detection.roomKey);
    if (!pending) {
      pending = openSession(detection);
      sessionsByRoom.set(detection.roomKey, pending);
      pending.catch(() => sessionsByRoom.delete(detection.roomKey));
    }
    const session = await pending;
    session.detection = detection;
    return session;
  }

  async function openSession(detection: Detection): Promise<LiveSession> {
    const repository = await deps.repository();
    const now = deps.now();
    const resumable = await repository.findResumable(detection.roomKey, now);
    if (resumable) {
      const log = (await repository.events(resumable.id)) as unknown as LoggedEvent[];
      const seenChatIds = new Set<string>();
      for (const event of log) if (event.type === 'chat.message') seenChatIds.add(event.message.id);
      return live(resumable, detection, log, seenChatIds);
    }
    const record = await repository.create({
      roomKey: detection.roomKey,
      platform: detection.platform,
      roomTitle: detection.roomTitle,
      startedAt: now,
    });
    const session = live(record, detection, [], new Set());
    recordEvents(session, [
      {
        type: 'session.started',
        at: now,
        platform: detection.platform,
        roomKey: detection.roomKey,
        roomTitle: detection.roomTitle,
      },
    ]);
    return session;
  }

  function live(record: SessionRecord, detection: Detection, log: LoggedEvent[], seenChatIds: Set<string>): LiveSession {
    const session: LiveSession = {
      record,
      detection,
      log,
      views: liveViews(log),
      room: log.length ? roomState(log) : emptyRoomState(),
      seenChatIds,
      health: [],
      chatText: new Map(),
      writer: createLogWriter<PersistedEvent>({
        write: async (batch) => (await deps.repository()).append(record.id, batch),
        retryDelaysMs: deps.storageRetryDelaysMs,
        onProblem: (problem) => {
          if (problem) console.error(`Moderato: session events could not be stored (${problem}); retrying`);
          session.storageProblem = problem;
          schedulePush(session);
        },
      }),
      storageProblem: null,
      pushTimer: null,
      calmTimer: null,
      attendanceTimer: null,
    };
    return session;
  }

  /** Folds events into the live session and appends them to the stored log. */
  function recordEvents(session: LiveSession, events: SessionEvent[]) {
    if (events.length === 0) return;
    for (const event of events) {
      session.log.push(event);
      session.views.add(event);
      session.room = applyRoomEvent(session.room, event);
    }
    persist(session, events);
    schedulePush(session);
  }

  function persist(session: LiveSession, events: SessionEvent[]) {
    session.writer.append(events.map(toPersisted) as unknown as PersistedEvent[]);
  }

  function rememberChat(session: LiveSession, message: ChatMessage) {
    session.chatText.set(message.id, message.text);
    if (session.chatText.size > CHAT_TEXT_MEMORY) {
      const oldest = session.chatText.keys().next().value;
      if (oldest !== undefined) session.chatText.delete(oldest);
    }
  }

  /**
   * Drops what the log already holds: a chat row re-rendered or re-sent after a reconnect, a
   * participant seen again unchanged (a reload's snapshot, the same room in a second tab).
   */
  function accept(session: LiveSession, events: SessionEvent[]): SessionEvent[] {
    const fresh: SessionEvent[] = [];
    let room = session.room;
    for (const event of events) {
      if (!changesRoom(room, event)) continue;
      room = applyRoomEvent(room, event);
      if (event.type === 'chat.message') {
        rememberChat(session, event.message);
        if (session.seenChatIds.has(event.message.id)) continue;
        session.seenChatIds.add(event.message.id);
      }
      fresh.push(event);
    }
    return fresh;
  }

  function handleRoomEvents(session: LiveSession, events: SessionEvent[], snapshot: boolean) {
    const incoming = snapshot ? [...events, ...inferLeavesFromSnapshot(session.room, events, deps.now())] : events;
    recordEvents(session, accept(session, incoming));
  }

  function handleCommand(session: LiveSession, command: SessionCommand, sentAt: number) {
    const outcome = eventsForCommand(command, session.log, commandTime(session, sentAt), newId);
    recordEvents(session, outcome.events);
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

  function lastLoggedHealth(session: LiveSession) {
    for (let index = session.log.length - 1; index >= 0; index--) {
      const event = session.log[index]!;
      if (event.type === 'health.changed') return event.health;
    }
    return null;
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

  function schedulePush(session: LiveSession) {
    if (session.pushTimer) return;
    session.pushTimer = setTimeout(() => {
      session.pushTimer = null;
      push(session);
    }, pushDelay);
  }

  function push(session: LiveSession) {
    const views = viewsOf(session);
    const overlay: HubToRoom = {
      kind: 'hub/overlay',
      state: {
        participantCount: session.room.participantCount,
        handsRaised: session.room.raisedHands.length,
        lastChat: chatLines(session, OVERLAY_CHAT),
        agendaLog: views.agendaLog,
        // The overlay shows the chat's level, not its counts (those change every second while the
        // windows slide, and would wake the room page for nothing): the panel has the figures.
        chatLoad: { ...views.chatLoad, last10s: 0, last60s: 0 },
        speaking: views.queue.speaking?.name ?? null,
        nextSpeakers: views.queue.waiting.slice(0, 3).map((entry) => entry.name),
        lost: session.health.filter((entry) => entry.status === 'degraded').map((entry) => entry.capability),
      },
    };
    for (const [tabId, binding] of tabs) {
      if (binding.session !== session) continue;
      sendOverlay(binding, overlay);
      for (const [panel, watched] of panels) if (watched === tabId) pushToPanel(session, panel, tabId, views);
    }
    scheduleCalmCheck(session, views.chatLoad.last60s > 0);
  }

  /** Wall-clock pacing of each panel's attendance, as for the overlay. */
  const attendanceSentAt = new Map<PanelPort, number>();

  function pushToPanel(session: LiveSession, panel: PanelPort, tabId: number, views: Views) {
    const message = panelMessage(tabId, views);
    const wait = PANEL_ATTENDANCE_INTERVAL_MS - (Date.now() - (attendanceSentAt.get(panel) ?? Number.NEGATIVE_INFINITY));
    if (wait > 0) {
      panel.postMessage({ ...message, state: { ...message.state, attendance: null }, attendanceKept: true });
      // The attendance left out comes with a push at the end of the interval, busy room or not.
      session.attendanceTimer ??= setTimeout(() => {
        session.attendanceTimer = null;
        push(session);
      }, wait);
      return;
    }
    attendanceSentAt.set(panel, Date.now());
    panel.postMessage(message);
  }

  /**
   * The overlay lives in the room page, whose main thread belongs to the class: it gets a state
   * only when that state changed, and at most every OVERLAY_MIN_INTERVAL_MS (the last one wins).
   * Wall-clock time here, not the session's: this is pacing, not a fact of the session.
   */
  function sendOverlay(binding: TabBinding, message: HubToRoom) {
    if (message.kind !== 'hub/overlay' || !binding.port) return;
    const json = JSON.stringify(message.state);
    if (json === binding.overlaySent) return;
    const wait = OVERLAY_MIN_INTERVAL_MS - (Date.now() - (binding.overlaySentAt ?? 0));
    if (wait > 0) {
      binding.overlayPending = message;
      binding.overlayTimer ??= setTimeout(() => {
        binding.overlayTimer = null;
        const pending = binding.overlayPending;
        binding.overlayPending = null;
        if (pending) sendOverlay(binding, pending);
      }, wait);
      return;
    }
    binding.overlaySent = json;
    binding.overlaySentAt = Date.now();
    binding.port.postMessage(message);
  }

  /** Chat windows slide with time, not with events: re-read them until the last minute is empty. */
  function scheduleCalmCheck(session: LiveSession, chatInWindow: boolean) {
    if (!chatInWindow || session.calmTimer) return;
    session.calmTimer = setTimeout(() => {
      session.calmTimer = null;
      push(session);
    }, 1000);
  }

  type Views = ReturnType<typeof viewsOf>;

  function viewsOf(session: LiveSession) {
    const now = deps.now();
    return { computedAt: now, ...session.views.read(session.log, now) };
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

  function panelMessage(tabId: number, views?: Views): Extract<HubToPanel, { kind: 'hub/panel' }> {
    return { kind: 'hub/panel', state: panelState(tabId, views) };
  }

  function panelState(tabId: number, knownViews?: Views): PanelState {
    const binding = tabs.get(tabId);
    if (!binding) return { ...emptyPanelState(tabId, deps.now()), storageProblem: unboundProblems.get(tabId) ?? null };
    const { session } = binding;
    const views = knownViews ?? viewsOf(session);
    const participants = [...session.room.participants.values()];
    return {
      tabId,
      room: { ...session.detection, sessionId: session.record.id, startedAt: session.record.startedAt },
      connected: binding.port !== null,
      participantCount: session.room.participantCount,
      participants,
      hands: session.room.raisedHands.map((id) => ({ id, name: session.room.participants.get(id)?.name ?? id })),
      chat: chatLines(session, PANEL_CHAT),
      chatTotal: session.room.chatTotal,
      chatMissed: session.room.chatMissed,
      health: session.health,
      storageProblem: session.storageProblem,
      ...views,
      questions: { open: views.questions.open.map((q) => withText(session, q)), answered: views.questions.answered.map((q) => withText(session, q)) },
    };
  }

  function withText<T extends { messageId: string; text: string | null }>(session: LiveSession, question: T): T {
    return { ...question, text: question.text ?? session.chatText.get(question.messageId) ?? null };
  }

  function pushPanels(tabId: number) {
    for (const [panel, watched] of panels) if (watched === tabId) panel.postMessage(panelMessage(tabId));
  }

  function connectRoom(port: RoomPort, tabId: number) {
    // Messages of one room are handled strictly in order: events wait for the hello's session.
    let queue: Promise<void> = Promise.resolve();
    let session: LiveSession | null = null;
    let hello: Extract<RoomToHub, { kind: 'room/hello' }> | null = null;
    let connected = true;
    /** What arrived while the session could not be opened (storage blocked…), replayed after. */
    const waiting: RoomToHub[] = [];

    const enqueue = (work: () => Promise<void> | void) => {
      queue = queue.then(work).catch((error: unknown) => console.error('Moderato: room message failed', error));
    };

    async function bind() {
      if (!hello || !connected) return;
      try {
        session = await sessionFor(hello.detection);
      } catch (error) {
        // The session's log cannot be opened: say so on this tab's panel, keep what the room
        // sends, and try again a little later.
        unboundProblems.set(tabId, storageProblemOf(error));
        pushPanels(tabId);
        setTimeout(() => enqueue(bind), deps.storageRetryDelaysMs?.[0] ?? BIND_RETRY_MS);
        return;
      }
      unboundProblems.delete(tabId);
      tabs.set(tabId, { session, port });
      for (const chat of hello.recentChat) rememberChat(session, chat);
      deps.onRoomBound?.(tabId);
      schedulePush(session);
      for (const message of waiting.splice(0)) handle(session, message);
    }

    function handle(current: LiveSession, message: RoomToHub) {
      if (message.kind === 'room/events') {
        handleRoomEvents(current, message.events, message.snapshot);
      } else if (message.kind === 'room/health') {
        current.health = message.health;
        // Every (re)connected room reports its health: log it only when it changed.
        if (JSON.stringify(message.health) === JSON.stringify(lastLoggedHealth(current))) schedulePush(current);
        else recordEvents(current, [{ type: 'health.changed', at: deps.now(), health: message.health }]);
      } else if (message.kind === 'room/command') {
        handleCommand(current, message.command, message.at);
      } else if (message.kind === 'room/acted') {
        acted(message.requestId, message.result);
      }
    }

    port.onMessage.addListener((message) => {
      enqueue(async () => {
        if (message.kind === 'room/hello') {
          hello = message;
          await bind();
        } else if (session) {
          handle(session, message);
        } else if (hello && waiting.length < MAX_WAITING_MESSAGES) {
          waiting.push(message);
        } // A room must say hello first; anything else is ignored.
      });
    });
    port.onDisconnect.addListener(() => {
      connected = false;
      const binding = tabs.get(tabId);
      if (binding?.port === port) {
        binding.port = null;
        schedulePush(binding.session);
      }
    });
  }

  /** Binds a tab to a manual session (no room script): resumed when it was started before. */
  async function startManual(tabId: number, title: string) {
    const roomTitle = title.trim().slice(0, 200) || 'Séance';
    if (tabs.get(tabId)?.port) return; // A readable room is already here.
    const detection: Detection = { platform: 'generic', version: MANUAL_VERSION, isModerator: true, roomKey: `manual|${roomTitle}`, roomTitle };
    const session = await sessionFor(detection).catch((error: unknown) => {
      console.error('Moderato: could not open the manual session', error);
      return null;
    });
    if (!session) return;
    tabs.set(tabId, { session, port: null });
    schedulePush(session);
  }

  function connectPanel(port: PanelPort) {
    port.onMessage.addListener((message) => {
      if (message.kind === 'panel/watch') {
        panels.set(port, message.tabId);
        port.postMessage(panelMessage(message.tabId));
        if (!tabs.get(message.tabId)?.port) deps.wakeRoom(message.tabId);
        return;
      }
      // A panel acts only on the room tab it watches.
      if (panels.get(port) !== message.tabId) return;
      if (message.kind === 'panel/manual-start') return void startManual(message.tabId, message.title);
      const session = tabs.get(message.tabId)?.session;
      if (!session) return;
      if (message.kind === 'panel/command') handleCommand(session, message.command, message.at);
      else if (message.kind === 'panel/act') act(session, message.action, message.requestId, port);
    });
    port.onDisconnect.addListener(() => {
      panels.delete(port);
      attendanceSentAt.delete(port);
    });
  }

  /** Resolves once every pending write has reached IndexedDB (tests, and before suspending). */
  async function flush() {
    const sessions = await Promise.all(sessionsByRoom.values());
    await Promise.all(sessions.map((s) => s.writer.settled()));
  }

  return { connectRoom, connectPanel, flush };
}
