/**
 * Scripted class activity over a RoomModel: people join and leave, raise hands, talk and chat,
 * at configurable rates, from a seeded RNG. Nothing runs until a scenario is started; the
 * returned function stops every timer.
 */
import type { Participant, RoomModel } from './model';
import { createRng } from './rng';
import { CHAT_LINES, pupilName } from './names';

export interface ScenarioOptions {
  seed?: number;
  /** Class size the joins stop at. */
  participants?: number;
  joinRatePerSec?: number;
  leaveRatePerSec?: number;
  handRatePerMin?: number;
  /** Seconds a pupil keeps a hand up before lowering it alone (0 = until the moderator lowers it). */
  handHoldSec?: number;
  /** Talk starts per minute (each talk lasts 2–8 s). */
  talkChanges?: number;
  chatPerSec?: number;
  /** Seconds between chat bursts (everyone answering at once); 0 = none. */
  burstEvery?: number;
  burstSize?: number;
  /** Simulation step in ms. */
  tickMs?: number;
  /** Chat lines to pick from. */
  lines?: readonly string[];
}

/** The demo's default: a class of 25 French pupils arriving over the first seconds. */
export const CLASS_SCENARIO: Required<Omit<ScenarioOptions, 'lines'>> = {
  seed: 42,
  participants: 25,
  joinRatePerSec: 4,
  leaveRatePerSec: 0.004,
  handRatePerMin: 3,
  handHoldSec: 90,
  talkChanges: 8,
  chatPerSec: 0.25,
  burstEvery: 60,
  burstSize: 6,
  tickMs: 100,
};

/** A busier room for load tests (the benchmark): many people, fast chat, frequent bursts. */
export const LOAD_SCENARIO: Partial<ScenarioOptions> = {
  participants: 300,
  joinRatePerSec: 40,
  leaveRatePerSec: 0.2,
  handRatePerMin: 30,
  talkChanges: 60,
  chatPerSec: 5,
  burstEvery: 10,
  burstSize: 40,
};

export const SCENARIOS: Record<string, Partial<ScenarioOptions>> = { class: {}, load: LOAD_SCENARIO };

export function startScenario(model: RoomModel, options: ScenarioOptions = {}): () => void {
  const o = { ...CLASS_SCENARIO, ...options };
  const rng = createRng(o.seed);
  const lines = options.lines ?? CHAT_LINES;
  const dt = o.tickMs / 1000;
  let nameIndex = rng.int(0, 1000);
  let elapsed = 0;
  const talkEnds = new Map<string, number>();
  const spokeEnds = new Map<string, number>();

  const pupils = (): Participant[] => [...model.participants.values()].filter((p) => !p.you && p.role === 'viewer');
  /** Poisson-like: an event with rate r per second happens in this tick with probability r·dt. */
  const happens = (ratePerSec: number) => rng.chance(Math.min(1, ratePerSec * dt));

  const nextName = () => {
    for (;;) {
      const name = pupilName(nameIndex++);
      if (!model.findByName(name)) return name;
    }
  };

  const tick = () => {
    elapsed += dt;
    const present = pupils();
    if (present.length < o.participants && happens(o.joinRatePerSec)) {
      const audio = rng.chance(0.8) ? 'mic' : rng.chance(0.5) ? 'listen' : 'none';
      model.join({ name: nextName(), audio, muted: rng.chance(0.7), webcam: rng.chance(0.15) });
    }
    if (present.length > 0 && happens(o.leaveRatePerSec)) model.leave(rng.pick(present).id);
    if (present.length > 0 && happens(o.handRatePerMin / 60)) {
      const p = rng.pick(present);
      if (p.raiseHandTime === null) model.raiseHand(p.id);
    }
    if (o.handHoldSec > 0) {
      const now = model.time();
      for (const p of present) {
        if (p.raiseHandTime !== null && now - p.raiseHandTime > o.handHoldSec * 1000 && happens(0.2)) model.lowerHand(p.id);
      }
    }
    const talkers = present.filter((p) => p.audio === 'mic');
    if (talkers.length > 0 && happens(o.talkChanges / 60)) {
      const p = rng.pick(talkers);
      if (!p.talking) {
        model.setTalking(p.id, true);
        talkEnds.set(p.id, elapsed + 2 + rng.next() * 6);
      }
    }
    for (const [id, end] of talkEnds) {
      if (elapsed < end) continue;
      talkEnds.delete(id);
      if (model.get(id)?.talking) {
        model.setTalking(id, false);
        spokeEnds.set(id, elapsed + 4);
      }
    }
    for (const [id, end] of spokeEnds) {
      if (elapsed < end) continue;
      spokeEnds.delete(id);
      const p = model.get(id);
      if (p && p.spoke && !p.talking) model.clearSpoke(id);
    }
    if (present.length > 0 && happens(o.chatPerSec)) model.postChat(rng.pick(present).id, rng.pick(lines));
    if (o.burstEvery > 0 && present.length > 0 && Math.floor(elapsed / o.burstEvery) !== Math.floor((elapsed - dt) / o.burstEvery)) {
      for (let i = 0; i < o.burstSize; i++) model.postChat(rng.pick(present).id, rng.pick(lines));
    }
  };

  const timer = setInterval(tick, o.tickMs);
  return () => clearInterval(timer);
}
