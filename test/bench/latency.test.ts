// @vitest-environment jsdom
// The bench's hand markers: a hand it counts must be a hand the room raised. The simulator's
// random leaves may pick a marker's person in the second between its join and its raise.
import { BENCH_LOAD, populateRoom } from './load.mjs';
import { latencyStats, scheduleMarkersInRoom } from './latency.mjs';
import { RoomModel } from '../demo/room/model';
import { createBbbSim } from '../demo/room/api';
import type { RoomView } from '../demo/room/render/context';

const round = { count: 40, durationMs: 21_600, holdMs: 5000, burstEveryMs: BENCH_LOAD.burstEvery * 1000 };

/** One bench round on the model alone (no page to draw), the load started `offsetMs` before the markers. */
function benchRound(offsetMs: number) {
  const model = new RoomModel({ meetingName: 'bench', now: () => Date.now() });
  model.join({ name: 'Prof', role: 'moderator', you: true, presenter: true, audio: 'mic', muted: false });
  const raisedOnce = new Set<string>();
  model.subscribe(() => model.raisedHands().forEach((p) => raisedOnce.add(p.name)));
  const view = { flush() {}, revealUserPage() {}, scrollUsersTo() {}, scrollChatTo() {} } as unknown as RoomView;
  window.bbbSim = createBbbSim(model, view, { version: '3.0', locale: 'fr', seed: BENCH_LOAD.seed });
  populateRoom({ count: BENCH_LOAD.participants, hands: 20 });
  window.bbbSim.startScenario(BENCH_LOAD);
  vi.advanceTimersByTime(offsetMs);
  scheduleMarkersInRoom(round);
  vi.advanceTimersByTime(24_000);
  window.bbbSim.stop();
  const emitted = (window as unknown as { __benchEmitted: { kind: string; marker: string }[] }).__benchEmitted;
  return { emitted, raisedOnce };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('every hand marker the bench counts was raised in the room', () => {
  // At this offset (a timing of the real bench's, where the load and markers run on two clocks'
  // worth of jitter), the simulator sends one marker's person away before the hand goes up.
  const { emitted, raisedOnce } = benchRound(20);
  const stats = latencyStats(emitted, {});
  const counted = emitted.filter((e) => e.kind === 'hand' && !('notShown' in e));
  expect(counted.length).toBe(stats.hand.sent);
  for (const marker of counted) expect(raisedOnce.has(`0-${marker.marker}`), marker.marker).toBe(true);
  // And the one that was not raised is said as such, not lost.
  expect(stats.hand.notShown).toBe(40 - stats.hand.sent);
  expect(stats.hand.notShown).toBeGreaterThan(0);
});
