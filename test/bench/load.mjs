// The busy room every load round runs, and the statistics of the rounds: shared by run.mjs and reader.mjs.

/** The busy room: simulator options of test/demo/room/simulator.ts, on top of 300 people present. */
export const BENCH_LOAD = {
  seed: 2024,
  participants: 300,
  joinRatePerSec: 20, // refills the room after leaves (at most one join per tick)
  leaveRatePerSec: 2,
  handRatePerMin: 20, // with handHoldSec 60: about 20 hands up
  handHoldSec: 60,
  talkChanges: 60,
  chatPerSec: 20, // tickMs 50: one message every tick
  burstEvery: 10,
  burstSize: 100,
  tickMs: 50,
};

/**
 * Runs in the room page: `count` people (every fifth listening only, a third unmuted, every
 * seventh on camera), `hands` of them with a hand up.
 */
export function populateRoom({ count, hands }) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    ids.push(window.bbbSim.join({ name: `Élève ${String(i + 1).padStart(3, '0')}`, audio: i % 5 ? 'mic' : 'listen', muted: i % 3 !== 0, webcam: i % 7 === 0 }));
  }
  // Hands already up when the load starts; the simulator keeps about as many up.
  for (let i = 0; i < hands; i++) window.bbbSim.raiseHand(ids[(i * 13) % ids.length]);
  window.bbbSim.flush();
}

/**
 * Runs in the room page: starts the load at `at` (a Date.now() time: the rooms share the machine's
 * clock), so two rooms can start at set times, apart from each other (see loadStarts).
 */
export async function startLoadAt({ at, load }) {
  await new Promise((done) => setTimeout(done, Math.max(0, at - Date.now())));
  window.bbbSim.startScenario(load);
}

/**
 * When each of the rooms, in start order, starts its load: half a tick apart. Started in step,
 * both rooms' ticks fall at the same instants, both pages work at once on the two cores, and a
 * room with any script of its own read from −10 to +18 % against the other depending on which
 * started first (even a script doing next to nothing: see the bench README). Half a tick apart,
 * that script read 1.5 % ± 0.7.
 */
export function loadStarts(count, { tickMs }, from = Date.now() + 300) {
  return Array.from({ length: count }, (_, index) => from + (index * tickMs) / 2);
}

/** Two-sided 95 % Student t for n − 1 degrees of freedom (n rounds). */
const T95 = [NaN, 12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23];

/** Mean of the rounds with a Student-t 95 % interval. */
export function meanWithInterval(values) {
  const n = values.length;
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  if (n < 2) return { mean, sd: NaN, halfWidth95: NaN, n };
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1));
  return { mean, sd, halfWidth95: ((T95[n - 1] ?? 2) * sd) / Math.sqrt(n), n };
}
