/**
 * The room as BigBlueButton's server knows it: participants, public chat, lock settings, meeting
 * mute. Plain data and operations, no DOM and no timers; renderers subscribe to changes.
 */

export type Role = 'moderator' | 'viewer';
/** none = not in audio, listen = listen-only, mic = joined with a microphone. */
export type AudioState = 'none' | 'listen' | 'mic';

export interface Participant {
  /** Internal user id, like BBB's `w_xxxxxxxx`. */
  id: string;
  name: string;
  role: Role;
  presenter: boolean;
  /** The moderator looking at the page. */
  you: boolean;
  /** Epoch ms of the raise, null when the hand is down. */
  raiseHandTime: number | null;
  talking: boolean;
  /** Talked recently: the nav-bar indicator keeps a "was talking" button until cleared. */
  spoke: boolean;
  audio: AudioState;
  muted: boolean;
  webcam: boolean;
  away: boolean;
  /** Join order, the server's `registeredAt` tie-breaker. */
  registeredAt: number;
}

/** 3.0 `data-message-type` values; 2.x renders the same messages without the attribute. */
export type MessageType =
  | 'default'
  | 'userIsPresenterMsg'
  | 'userAwayStatusMsg'
  | 'publicChatHistoryCleared'
  | 'poll'
  | 'presentation'
  | 'api';

export interface ChatMessage {
  sequence: number;
  /** The BBB message id (3.0 `data-chat-message-id`). */
  id: string;
  /** Null for system messages. */
  senderId: string | null;
  /** Kept on the message so it still renders after the sender left. */
  senderName: string;
  senderRole: Role;
  time: number;
  text: string;
  type: MessageType;
  /** System messages: the name the notice is about (new presenter, away user). */
  subject?: string;
  /** userAwayStatusMsg: which way the status went. */
  away?: boolean;
}

/** The nine lock-viewers settings; `true` = the feature is taken away from viewers. */
export interface LockSettings {
  disableCam: boolean;
  webcamsOnlyForModerator: boolean;
  disableMic: boolean;
  disablePublicChat: boolean;
  disablePrivateChat: boolean;
  disableNotes: boolean;
  hideUserList: boolean;
  hideViewersCursor: boolean;
  hideViewersAnnotation: boolean;
}

export const LOCK_SETTING_KEYS: readonly (keyof LockSettings)[] = [
  'disableCam',
  'webcamsOnlyForModerator',
  'disableMic',
  'disablePublicChat',
  'disablePrivateChat',
  'disableNotes',
  'hideUserList',
  'hideViewersCursor',
  'hideViewersAnnotation',
];

export function unlockedSettings(): LockSettings {
  return Object.fromEntries(LOCK_SETTING_KEYS.map((key) => [key, false])) as unknown as LockSettings;
}

/** What changed, so a renderer updates only the regions concerned. */
export type RoomChange = 'users' | 'chat' | 'locks' | 'meeting';

export interface RoomSnapshot {
  meetingName: string;
  participants: Participant[];
  messages: ChatMessage[];
  lockSettings: LockSettings;
  meetingMuted: boolean;
}

export interface JoinOptions {
  name: string;
  role?: Role;
  presenter?: boolean;
  you?: boolean;
  audio?: AudioState;
  muted?: boolean;
  webcam?: boolean;
  /** Forces the internal id (fixtures, tests). */
  id?: string;
}

export interface RoomModelOptions {
  meetingName?: string;
  /** Injected clock so fixtures and tests are deterministic. */
  now?: () => number;
}

/** A snapshot plus the counters that keep new ids unique after a restore. */
export interface SavedRoom extends RoomSnapshot {
  joinCounter: number;
  sequence: number;
}

export class RoomModel {
  meetingName: string;
  readonly participants = new Map<string, Participant>();
  readonly messages: ChatMessage[] = [];
  lockSettings: LockSettings = unlockedSettings();
  /** "Users join muted" (3.0) / meeting mute (2.x "Mute all" toggle). */
  meetingMuted = false;

  private readonly now: () => number;
  private readonly listeners = new Set<(change: RoomChange) => void>();
  private joinCounter = 0;
  private sequence = 0;

  constructor(options: RoomModelOptions = {}) {
    this.meetingName = options.meetingName ?? 'Classe de 4e B';
    this.now = options.now ?? (() => Date.now());
  }

  subscribe(listener: (change: RoomChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: RoomChange): void {
    for (const listener of this.listeners) listener(change);
  }

  time(): number {
    return this.now();
  }

  /** The server's state as plain data: a reloaded room page shows the same room again. */
  toJSON(): SavedRoom {
    return { ...this.snapshot(), joinCounter: this.joinCounter, sequence: this.sequence };
  }

  static fromJSON(snapshot: SavedRoom, options: Omit<RoomModelOptions, 'meetingName'> = {}): RoomModel {
    const model = new RoomModel({ ...options, meetingName: snapshot.meetingName });
    for (const participant of snapshot.participants) model.participants.set(participant.id, participant);
    model.messages.push(...snapshot.messages);
    model.lockSettings = snapshot.lockSettings;
    model.meetingMuted = snapshot.meetingMuted;
    model.joinCounter = snapshot.joinCounter;
    model.sequence = snapshot.sequence;
    return model;
  }

  // ---------------------------------------------------------------------------------------
  // Participants

  join(options: JoinOptions): Participant {
    this.joinCounter += 1;
    const id = options.id ?? `w_${(this.joinCounter * 7919 + 100000).toString(36)}`;
    if (this.participants.has(id)) throw new Error(`participant ${id} already in the room`);
    const audio = options.audio ?? 'mic';
    const participant: Participant = {
      id,
      name: options.name,
      role: options.role ?? 'viewer',
      presenter: false,
      you: options.you ?? false,
      raiseHandTime: null,
      talking: false,
      spoke: false,
      audio,
      muted: audio === 'mic' ? (options.muted ?? this.meetingMuted) : false,
      webcam: options.webcam ?? false,
      away: false,
      registeredAt: this.joinCounter,
    };
    this.participants.set(id, participant);
    if (options.presenter) this.setPresenter(id, { silent: true });
    this.emit('users');
    return participant;
  }

  leave(id: string): void {
    if (this.participants.delete(id)) this.emit('users');
  }

  rename(id: string, name: string): void {
    this.update(id, (p) => (p.name = name));
  }

  /** Makes one participant the presenter and posts BBB's "is now the presenter" notice. */
  setPresenter(id: string, { silent = false } = {}): void {
    const target = this.require(id);
    for (const p of this.participants.values()) p.presenter = p === target;
    if (!silent) this.systemMessage('userIsPresenterMsg', { subject: target.name });
    this.emit('users');
  }

  setRole(id: string, role: Role): void {
    this.update(id, (p) => (p.role = role));
  }

  raiseHand(id: string): void {
    this.update(id, (p) => {
      if (p.raiseHandTime === null) p.raiseHandTime = this.now();
    });
  }

  lowerHand(id: string): void {
    this.update(id, (p) => (p.raiseHandTime = null));
  }

  lowerAllHands(): void {
    for (const p of this.participants.values()) p.raiseHandTime = null;
    this.emit('users');
  }

  /** Talking implies an open microphone: a muted participant who talks has unmuted. */
  setTalking(id: string, talking: boolean): void {
    this.update(id, (p) => {
      if (talking) {
        p.audio = 'mic';
        p.muted = false;
        p.spoke = false;
      } else if (p.talking) {
        p.spoke = true;
      }
      p.talking = talking;
    });
  }

  /** Removes the "was talking" entry from the nav bar. */
  clearSpoke(id: string): void {
    this.update(id, (p) => (p.spoke = false));
  }

  setAudio(id: string, audio: AudioState): void {
    this.update(id, (p) => {
      p.audio = audio;
      if (audio !== 'mic') {
        p.muted = false;
        p.talking = false;
      }
    });
  }

  setMuted(id: string, muted: boolean): void {
    this.update(id, (p) => {
      if (p.audio !== 'mic') return;
      p.muted = muted;
      if (muted && p.talking) {
        p.talking = false;
        p.spoke = true;
      }
    });
  }

  setWebcam(id: string, on: boolean): void {
    this.update(id, (p) => (p.webcam = on));
  }

  setAway(id: string, away: boolean): void {
    const p = this.require(id);
    if (p.away === away) return;
    p.away = away;
    this.systemMessage('userAwayStatusMsg', { subject: p.name, away });
    this.emit('users');
  }

  /** Mutes every microphone but yours (and the presenter's when asked). */
  muteAll({ exceptPresenter = false } = {}): void {
    for (const p of this.participants.values()) {
      if (p.you || (exceptPresenter && p.presenter) || p.audio !== 'mic') continue;
      p.muted = true;
      if (p.talking) {
        p.talking = false;
        p.spoke = true;
      }
    }
    this.emit('users');
  }

  /** 3.0 "users join muted" / 2.x meeting mute: turning it on also mutes everyone present. */
  setJoinMuted(enabled: boolean): void {
    this.meetingMuted = enabled;
    if (enabled) this.muteAll();
    this.emit('meeting');
  }

  /** Clears every status / reaction (BBB's "clear all"): here, hands and away. */
  clearAllStatus(): void {
    for (const p of this.participants.values()) {
      p.raiseHandTime = null;
      p.away = false;
    }
    this.emit('users');
  }

  applyLockSettings(settings: Partial<LockSettings>): void {
    this.lockSettings = { ...this.lockSettings, ...settings };
    this.emit('locks');
  }

  // ---------------------------------------------------------------------------------------
  // Chat

  /** A message from a participant (by id), or from the moderator with `from: 'you'`. */
  postChat(from: string, text: string): ChatMessage {
    const sender = from === 'you' ? this.you() : this.require(from);
    if (!sender) throw new Error('no current user in the room');
    return this.pushMessage({ senderId: sender.id, senderName: sender.name, senderRole: sender.role, text, type: 'default' });
  }

  /** A platform notice (presenter changed, away status, chat cleared, poll, API message). */
  systemMessage(
    type: Exclude<MessageType, 'default'>,
    details: { subject?: string; away?: boolean; text?: string } = {},
  ): ChatMessage {
    const { text = '', ...rest } = details;
    return this.pushMessage({ senderId: null, senderName: '', senderRole: 'viewer', text, type, ...rest });
  }

  clearChat(): void {
    this.messages.length = 0;
    this.systemMessage('publicChatHistoryCleared');
  }

  private pushMessage(fields: Omit<ChatMessage, 'sequence' | 'id' | 'time'>): ChatMessage {
    this.sequence += 1;
    const message: ChatMessage = {
      ...fields,
      sequence: this.sequence,
      id: `msg-${this.sequence.toString(36).padStart(4, '0')}`,
      time: this.now(),
    };
    this.messages.push(message);
    this.emit('chat');
    return message;
  }

  // ---------------------------------------------------------------------------------------
  // Reading

  you(): Participant | undefined {
    for (const p of this.participants.values()) if (p.you) return p;
    return undefined;
  }

  get(id: string): Participant | undefined {
    return this.participants.get(id);
  }

  findByName(name: string): Participant | undefined {
    for (const p of this.participants.values()) if (p.name === name) return p;
    return undefined;
  }

  /** Raised hands, first raised first. */
  raisedHands(): Participant[] {
    return [...this.participants.values()]
      .filter((p) => p.raiseHandTime !== null)
      .sort((a, b) => a.raiseHandTime! - b.raiseHandTime! || a.registeredAt - b.registeredAt);
  }

  snapshot(): RoomSnapshot {
    return structuredClone({
      meetingName: this.meetingName,
      participants: [...this.participants.values()],
      messages: this.messages,
      lockSettings: this.lockSettings,
      meetingMuted: this.meetingMuted,
    });
  }

  private require(id: string): Participant {
    const p = this.participants.get(id);
    if (!p) throw new Error(`no participant ${id}`);
    return p;
  }

  private update(id: string, change: (p: Participant) => void): void {
    change(this.require(id));
    this.emit('users');
  }
}

// -------------------------------------------------------------------------------------------
// List orders

const byName = (a: Participant, b: Participant) => {
  const x = a.name.toLocaleLowerCase('fr');
  const y = b.name.toLocaleLowerCase('fr');
  return x < y ? -1 : x > y ? 1 : 0;
};
const handOrder = (a: Participant, b: Participant) =>
  (a.raiseHandTime ?? Infinity) - (b.raiseHandTime ?? Infinity);
const moderatorsFirst = (a: Participant, b: Participant) =>
  (a.role === 'moderator' ? 0 : 1) - (b.role === 'moderator' ? 0 : 1);

/**
 * 3.0: the GraphQL order (presenter desc, role, raiseHandTime asc nulls last, name,
 * registeredAt); the client then moves the current user to the top.
 */
export function orderFor30(participants: Iterable<Participant>): Participant[] {
  const sorted = [...participants].sort(
    (a, b) =>
      Number(b.presenter) - Number(a.presenter) ||
      moderatorsFirst(a, b) ||
      handOrder(a, b) ||
      byName(a, b) ||
      a.registeredAt - b.registeredAt,
  );
  return youFirst(sorted);
}

/** 2.x `sortUsers`: current user, moderators, raised hands by time, name, id. */
export function orderFor2x(participants: Iterable<Participant>): Participant[] {
  const sorted = [...participants].sort(
    (a, b) => moderatorsFirst(a, b) || handOrder(a, b) || byName(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return youFirst(sorted);
}

function youFirst(list: Participant[]): Participant[] {
  const index = list.findIndex((p) => p.you);
  if (index > 0) list.unshift(...list.splice(index, 1));
  return list;
}
