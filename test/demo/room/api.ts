/**
 * `window.bbbSim`: the room's remote control for Playwright (`page.evaluate`) and the benchmark.
 * Participants are named by internal id or by display name ('you' = the moderator).
 */
import type { AudioState, JoinOptions, LockSettings, MessageType, Participant, Role, RoomModel, RoomSnapshot } from './model';
import type { RoomView } from './render/context';
import type { BbbVersion, Locale } from './labels';
import { SCENARIOS, startScenario, type ScenarioOptions } from './simulator';

export interface BbbSim {
  version: BbbVersion;
  locale: Locale;
  /** Adds a participant; returns its internal id. */
  join(options: JoinOptions): string;
  leave(who: string): void;
  /** Whether someone (name or id) is in the room: the simulator's leaves may pick anyone. */
  present(who: string): boolean;
  rename(who: string, name: string): void;
  raiseHand(who: string): void;
  lowerHand(who: string): void;
  lowerAllHands(): void;
  setTalking(who: string, talking: boolean): void;
  setMuted(who: string, muted: boolean): void;
  setAudio(who: string, audio: AudioState): void;
  setWebcam(who: string, on: boolean): void;
  setAway(who: string, away: boolean): void;
  setPresenter(who: string): void;
  setRole(who: string, role: Role): void;
  /** A public chat message from a participant (name or id) or from 'you'. */
  chat(message: { from: string; text: string }): number;
  systemMessage(type: Exclude<MessageType, 'default'>, details?: { subject?: string; away?: boolean; text?: string }): number;
  clearChat(): void;
  muteAll(options?: { exceptPresenter?: boolean }): void;
  setJoinMuted(enabled: boolean): void;
  applyLockSettings(settings: Partial<LockSettings>): void;
  /** Starts scripted activity (a named scenario: 'class', 'load', or options); stops the previous one. */
  startScenario(scenario?: string | ScenarioOptions, overrides?: ScenarioOptions): void;
  stop(): void;
  revealUserPage(page: number): void;
  scrollUsersTo(index: number): void;
  scrollChatTo(where: 'top' | 'bottom' | number): void;
  /** Renders pending changes now (otherwise done at the next microtask). */
  flush(): void;
  state(): RoomSnapshot & { version: BbbVersion; locale: Locale; raisedHands: string[] };
}

export function createBbbSim(model: RoomModel, view: RoomView, info: { version: BbbVersion; locale: Locale; seed: number }): BbbSim {
  let stopScenario: (() => void) | null = null;
  const who = (ref: string): Participant => {
    const p = ref === 'you' ? model.you() : (model.get(ref) ?? model.findByName(ref));
    if (!p) throw new Error(`bbbSim: nobody called "${ref}" in the room`);
    return p;
  };
  const stop = () => {
    stopScenario?.();
    stopScenario = null;
  };
  return {
    version: info.version,
    locale: info.locale,
    join: (options) => model.join(options).id,
    leave: (ref) => model.leave(who(ref).id),
    present: (ref) => (ref === 'you' ? model.you() : (model.get(ref) ?? model.findByName(ref))) !== undefined,
    rename: (ref, name) => model.rename(who(ref).id, name),
    raiseHand: (ref) => model.raiseHand(who(ref).id),
    lowerHand: (ref) => model.lowerHand(who(ref).id),
    lowerAllHands: () => model.lowerAllHands(),
    setTalking: (ref, talking) => model.setTalking(who(ref).id, talking),
    setMuted: (ref, muted) => model.setMuted(who(ref).id, muted),
    setAudio: (ref, audio) => model.setAudio(who(ref).id, audio),
    setWebcam: (ref, on) => model.setWebcam(who(ref).id, on),
    setAway: (ref, away) => model.setAway(who(ref).id, away),
    setPresenter: (ref) => model.setPresenter(who(ref).id),
    setRole: (ref, role) => model.setRole(who(ref).id, role),
    chat: ({ from, text }) => model.postChat(from === 'you' ? 'you' : who(from).id, text).sequence,
    systemMessage: (type, details) => model.systemMessage(type, details).sequence,
    clearChat: () => model.clearChat(),
    muteAll: (options) => model.muteAll(options),
    setJoinMuted: (enabled) => model.setJoinMuted(enabled),
    applyLockSettings: (settings) => model.applyLockSettings(settings),
    startScenario(scenario = 'class', overrides = {}) {
      stop();
      const base = typeof scenario === 'string' ? SCENARIOS[scenario] : scenario;
      if (!base) throw new Error(`bbbSim: unknown scenario "${String(scenario)}"`);
      stopScenario = startScenario(model, { seed: info.seed, ...base, ...overrides });
    },
    stop,
    revealUserPage: (page) => view.revealUserPage(page),
    scrollUsersTo: (index) => view.scrollUsersTo(index),
    scrollChatTo: (where) => view.scrollChatTo(where),
    flush: () => view.flush(),
    state: () => ({ ...model.snapshot(), version: info.version, locale: info.locale, raisedHands: model.raisedHands().map((p) => p.name) }),
  };
}
