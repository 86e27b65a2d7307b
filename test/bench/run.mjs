// `npm run bench`: what Moderato costs a busy BigBlueButton room, measured against the same room
// without it. `node test/bench/run.mjs --smoke` proves the benchmark still works, in seconds.
// `node test/bench/run.mjs --profile` (npm run bench:profile) runs one load with an unminified
// build and prints where the content script spends the room page's time.
// Options: --smoke, --profile, --load-only, --control, --background, --room 3.0|4.0 (default: both, 3.0 first),
// --out <file>; env BENCH_SECONDS, BENCH_ROUNDS, BENCH_SAMPLED_ROUNDS, BENCH_IDLE_SECONDS,
// BENCH_MARKERS, BENCH_CHAT_MESSAGES, BENCH_TRACE_GC=1. Results: a table on stdout and
// bench-results/bench-<date>.json (ignored by git); a full run also writes test/bench/results/latest.json.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { EXTENSION_DIR, launchBrowser } from '../demo/browser.mjs';
import { buildDemo } from '../demo/build.mjs';
import { BENCH_ROOMS, extensionCopies, HIDDEN_MARKERS, openPair, removeCopies, ROOM_HOSTS, startRoomServers } from './pair.mjs';
import { mainThreadDelta, pageProbe, serviceWorkerProbe, startGcTrace, startProfiler, stopProfiler } from './metrics.mjs';
import { cpuBetween, cpuSnapshot, procAvailable } from './processes.mjs';
import { latencyStats, observeMarkersInPanel, scheduleMarkersInRoom } from './latency.mjs';
import { benchCore } from './core.mjs';
import { benchServerRecord } from './serverRecord.mjs';
import { BENCH_LOAD, loadStarts, meanWithInterval, populateRoom, startLoadAt } from './load.mjs';
import { bundleSizes, CONTENT_SCRIPT } from './bundles.mjs';
import { LATEST_RESULTS } from './readmeTable.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const profileMode = argv.includes('--profile');
/** Counts each room's garbage collections from a browser trace (see startGcTrace); off by default. */
const TRACE_GC = process.env.BENCH_TRACE_GC === '1';
const outArg = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : null;
const roomArg = argv.includes('--room') ? argv[argv.indexOf('--room') + 1] : null;
if (roomArg && !BENCH_ROOMS.includes(roomArg)) throw new Error(`--room: one of ${BENCH_ROOMS.join(', ')}`);
const env = (name, fallback) => (process.env[name] !== undefined && process.env[name] !== '' ? Number(process.env[name]) : fallback);

const KB = 1024;
const MB = 1024 * 1024;

/** Many short rounds rather than a few long ones: what varies is mostly from one browser to the next. */
const ROUND_SECONDS = env('BENCH_SECONDS', smoke ? 3 : 24);

export const CONFIG = {
  mode: smoke ? 'smoke' : 'full',
  /**
   * The room versions whose load rounds run, each with its own rounds: 3.0 (the figures of the
   * runs before) and 4.0 (rendered with React, as the real client). The first is the main one.
   */
  rooms: roomArg ? [roomArg] : BENCH_ROOMS,
  /** `--background`: the rooms in background tabs of one window, not drawn (see openPair). */
  drawn: !argv.includes('--background'),
  seconds: ROUND_SECONDS,
  /** A multiple of 4 (see startOrder): Moderato on each room, started first and second, equally often. */
  rounds: env('BENCH_ROUNDS', smoke ? 2 : 8),
  /**
   * Rounds run after those, with the sampling profiler on both rooms: where the time goes. Kept
   * apart, because even a sparse profiler slows the room with Moderato more than the plain one.
   */
  sampledRounds: env('BENCH_SAMPLED_ROUNDS', 2),
  /** Latency markers per kind per round: 100 a minute (denser ones queue behind each other). */
  markers: env('BENCH_MARKERS', smoke ? 5 : Math.round((100 * ROUND_SECONDS) / 60)),
  idleSeconds: env('BENCH_IDLE_SECONDS', smoke ? 2 : 60),
  /**
   * Start the quiet period once the chat's level is calm again (the last messages have left the
   * minute window); until then the level steps down and the overlay is told, which is news, not
   * idling. Those steps are measured apart. Off in smoke mode (it takes a minute).
   */
  waitForCalm: !smoke,
  chatMessages: env('BENCH_CHAT_MESSAGES', smoke ? 300 : 10_000),
  /** Pace of the chat-heap phase: messages per 100 ms tick (250 messages/s). */
  chatPerTick: 25,
  settleMs: smoke ? 1500 : 3000,
  markerHoldMs: 5000,
  /** Hands raised before the load starts. */
  raisedHands: 20,
  graceMs: 2000,
  load: BENCH_LOAD,
  core: smoke ? { participants: 50, messages: 1000, hours: 1, runs: 2 } : { participants: 500, messages: 20_000, hours: 4, runs: 5 },
};

const BUDGETS = {
  mainThreadOverheadPct: { max: 5, aim: 1 },
  latencyP95Ms: { max: 250, aim: 100 },
  // A quiet room wakes the content script for nothing but the reads of the server's attendance
  // record (room/serverRecordPoller.ts, every 12 s), each at most two wake-ups (the timer, the
  // answer): 4 wake-ups for 3 reads of an 80-person record measured on 2026-12-05. With lad=off, 0.
  idleContentScriptWakeups: { max: 2 * (Math.ceil(CONFIG.idleSeconds / 12) + 1) },
  contentScriptGzipBytes: { max: 60 * KB },
  chatHeapGrowthBytes: { max: 10 * MB },
  reportPlusCsvMs: { max: 200 },
};

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const log = (...parts) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

// ---------------------------------------------------------------------------------------------
// The phases. Each one opens a pair (pair.mjs): one browser with Moderato, and two copies of the
// room running the same load side by side, Moderato on one of them.

async function probesFor(pair) {
  return {
    room: await pageProbe(pair.context, pair.room),
    plain: await pageProbe(pair.context, pair.plain),
    panel: await pageProbe(pair.context, pair.panel),
    worker: await serviceWorkerProbe(pair.context, pair.extensionId).catch(() => null),
  };
}

async function heaps(probes) {
  return {
    room: await probes.room.heapAfterGc(),
    plain: await probes.plain.heapAfterGc(),
    panel: await probes.panel.heapAfterGc(),
    serviceWorker: probes.worker ? await probes.worker.heapAfterGc().catch(() => NaN) : NaN,
  };
}

/**
 * In which order round `round` starts the two rooms' load (and reads their metrics). The room
 * started first costs a few percent more (2 to 6 % in control rounds with Moderato on neither),
 * so the order alternates every two rounds, while the room Moderato is on alternates every round.
 */
function startOrder(round, pair) {
  return Math.floor(round / 2) % 2 === 0 ? [pair.room, pair.plain] : [pair.plain, pair.room];
}

/** Both rooms filled for a load round: 300 people, 20 hands up. */
const populateForLoad = (rooms) =>
  Promise.all(rooms.map((page) => page.evaluate(populateRoom, { count: CONFIG.load.participants, hands: CONFIG.raisedHands })));

/** Starts the busy load and its latency markers (see latency.mjs) in both rooms, in `rooms` order. */
async function startLoad(rooms, version = CONFIG.rooms[0]) {
  const markers = { count: CONFIG.markers, durationMs: CONFIG.seconds * 1000 * 0.9, holdMs: CONFIG.markerHoldMs, burstEveryMs: CONFIG.load.burstEvery * 1000, hiddenKinds: HIDDEN_MARKERS[version] };
  const starts = loadStarts(rooms.length, CONFIG.load);
  await Promise.all(
    rooms.map(async (page, index) => {
      await page.evaluate(startLoadAt, { at: starts[index], load: CONFIG.load });
      await page.evaluate(scheduleMarkersInRoom, markers);
    }),
  );
}

/** Both rooms' metrics, read in the rooms' start order; returned as [room, plain]. */
async function bothMetrics(probes, pair, ordered) {
  const values = await Promise.all(ordered.map((page) => (page === pair.room ? probes.room : probes.plain).metrics()));
  return ordered[0] === pair.room ? values : values.reverse();
}

/**
 * The sampled rounds' profiler interval (µs): sparse, as the profiler weighs on what it measures.
 * `--profile` only ranks functions, so it samples densely (at 5 ms a round holds a few dozen of
 * the content script's samples, too few to rank).
 */
const LOAD_SAMPLING_US = profileMode ? 250 : 5000;

/** Moderato's share of the room page's sampled busy time (script, GC, engine), in %. */
function sampledShare(profile) {
  const { extension, page, gc, program } = profile.byKind;
  return (extension / (extension + page + gc + program)) * 100;
}

/**
 * One round: both rooms under the busy load for CONFIG.seconds, Moderato on the room of index
 * `round % 2`, with latency markers (scheduled in both rooms, so both do the same work).
 * `sample`: with the sampling profiler on both rooms; `profileTop`: how many of the busiest
 * functions to keep (above the default, the side panel and service worker are sampled too).
 */
async function loadRound(round, shared, { sample = false, profileTop = 5, room: version = CONFIG.rooms[0] } = {}) {
  const pair = await openPair({ moderatoOn: round % 2, ...shared, seed: CONFIG.load.seed, room: version });
  try {
    const rooms = startOrder(round, pair);
    await populateForLoad(rooms);
    await pair.panel.evaluate(observeMarkersInPanel);
    await sleep(CONFIG.settleMs);
    const probes = await probesFor(pair);
    const heapStart = await heaps(probes);
    const cpuStart = cpuSnapshot(pair.profile);
    const gcTrace = TRACE_GC ? await startGcTrace(pair.context) : null;
    const [roomStart, plainStart] = await bothMetrics(probes, pair, rooms);
    const panelStart = await probes.panel.metrics();
    const sampled = !sample ? [] : profileTop > 5 ? [probes.room, probes.plain, probes.panel, probes.worker].filter(Boolean) : [probes.room, probes.plain];
    for (const probe of sampled) await startProfiler(probe.cdp, LOAD_SAMPLING_US);
    await startLoad(rooms, version);
    await sleep(CONFIG.seconds * 1000);
    const [roomEnd, plainEnd] = await bothMetrics(probes, pair, rooms);
    const panelEnd = await probes.panel.metrics();
    const cpuEnd = cpuSnapshot(pair.profile);
    const gc = gcTrace ? await gcTrace.stop({ with: pair.moderatoHost, without: ROOM_HOSTS.find((host) => host !== pair.moderatoHost) }) : null;
    const stop = async (probe) => (probe && sampled.includes(probe) ? stopProfiler(probe.cdp, 'chrome-extension://', profileTop) : null);
    const profile = { room: await stop(probes.room), plain: await stop(probes.plain), panel: await stop(probes.panel), serviceWorker: await stop(probes.worker) };
    await Promise.all(rooms.map((page) => page.evaluate(() => window.bbbSim.stop())));
    await sleep(CONFIG.graceMs);
    const emitted = await pair.room.evaluate(() => window.__benchEmitted);
    const { seen, seenIn } = await pair.panel.evaluate(() => ({ seen: window.__benchSeen, seenIn: window.__benchSeenIn }));
    const heapEnd = await heaps(probes);
    const room = await pair.room.evaluate(() => {
      const state = window.bbbSim.state();
      // People's messages, as the panel counts them (platform notices are not).
      const messages = state.messages.filter((message) => message.type === 'default').length;
      return { participants: state.participants.length, messages, hands: state.raisedHands.length };
    });
    const plainMessages = await pair.plain.evaluate(() => window.bbbSim.state().messages.filter((message) => message.type === 'default').length);
    const panelCounts = {
      participants: Number(await pair.panel.getByTestId('participant-count').textContent()),
      chatTotal: Number(await pair.panel.getByTestId('chat-total').textContent()),
      chatMissed: Number((await pair.panel.getByTestId('chat-missed').textContent({ timeout: 1000 }).catch(() => '0'))?.match(/\d+/)?.[0] ?? 0),
    };
    const withMs = mainThreadDelta(roomStart, roomEnd);
    const withoutMs = mainThreadDelta(plainStart, plainEnd);
    // How many layouts and style recalculations each room did: the same count with a longer
    // duration means each one cost more, not that Moderato caused more of them.
    const countsOf = (start, end) => Object.fromEntries(['LayoutCount', 'RecalcStyleCount'].map((name) => [name, end[name] - start[name]]));
    const counts = { with: countsOf(roomStart, roomEnd), without: countsOf(plainStart, plainEnd) };
    return {
      round: round + 1,
      roomVersion: version,
      moderatoHost: pair.moderatoHost,
      moderatoStartedFirst: rooms[0] === pair.room,
      framesPerSecond: pair.framesPerSecond,
      counts,
      room,
      // The two rooms ran the same seeded load: about the same number of messages shows they did
      // (their simulators start and stop a few milliseconds apart: a tick more or less).
      plainMessages,
      panelCounts,
      mainThreadMs: { with: withMs, without: withoutMs },
      overheadPct: ((withMs.TaskDuration - withoutMs.TaskDuration) / withoutMs.TaskDuration) * 100,
      sampled: sample,
      sampledSharePct: sample ? sampledShare(profile.room) : NaN,
      profile,
      roomHeap: { with: heapEnd.room - heapStart.room, without: heapEnd.plain - heapStart.plain },
      panel: { mainThreadMs: mainThreadDelta(panelStart, panelEnd), heapStart: heapStart.panel, heapEnd: heapEnd.panel },
      serviceWorkerHeap: { start: heapStart.serviceWorker, end: heapEnd.serviceWorker },
      cpu: cpuBetween(cpuStart, cpuEnd),
      latency: latencyStats(emitted, seen, seenIn),
      gc,
    };
  } finally {
    await pair.close();
  }
}

/** 10,000 chat messages at a steady pace in both rooms (heap growth), then a quiet room (idle cost). */
async function chatAndIdleRun(shared) {
  const pair = await openPair({ moderatoOn: 0, ...shared, seed: CONFIG.load.seed });
  try {
    const rooms = [pair.room, pair.plain];
    await Promise.all(rooms.map((page) => page.evaluate(populateRoom, { count: 30, hands: 0 })));
    await sleep(CONFIG.settleMs);
    const probes = await probesFor(pair);
    const before = await heaps(probes);
    const started = Date.now();
    const post = async ({ total, perTick }) => {
      for (let i = 0; i < total; ) {
        for (let j = 0; j < perTick && i < total; j++, i++) {
          window.bbbSim.chat({ from: `Élève ${String((i % 30) + 1).padStart(3, '0')}`, text: `message ${i + 1} : réponse à la question` });
        }
        await new Promise((done) => setTimeout(done, 100));
      }
    };
    await Promise.all(rooms.map((page) => page.evaluate(post, { total: CONFIG.chatMessages, perTick: CONFIG.chatPerTick })));
    const postingMs = Date.now() - started;
    // Let the panel catch up (it must count every message), then measure.
    let panelChatTotal = null;
    const deadline = Date.now() + 20_000;
    do {
      panelChatTotal = Number(await pair.panel.getByTestId('chat-total').textContent());
      if (panelChatTotal >= CONFIG.chatMessages) break;
      await sleep(250);
    } while (Date.now() < deadline);
    await sleep(CONFIG.settleMs);
    const after = await heaps(probes);

    // After the flood: the chat's level steps down as the messages leave its windows.
    let afterFlood = null;
    if (CONFIG.waitForCalm) {
      const calmStarted = Date.now();
      await startProfiler(probes.room.cdp, 1000);
      await pair.panel.locator('[data-testid="chat-load"][data-level="calm"]').waitFor({ timeout: 120_000 });
      await sleep(1500); // the overlay's last update follows within its one-second pacing
      afterFlood = { seconds: (Date.now() - calmStarted) / 1000, profile: await stopProfiler(probes.room.cdp, 'chrome-extension://') };
    }

    // The quiet room: nothing happens; what still runs?
    const cpuStart = cpuSnapshot(pair.profile);
    const [roomStart, plainStart] = await bothMetrics(probes, pair, rooms);
    const panelStart = await probes.panel.metrics();
    await startProfiler(probes.room.cdp, 1000);
    await sleep(CONFIG.idleSeconds * 1000);
    const profile = await stopProfiler(probes.room.cdp, 'chrome-extension://');
    const [roomEnd, plainEnd] = await bothMetrics(probes, pair, rooms);
    const panelEnd = await probes.panel.metrics();
    const cpuEnd = cpuSnapshot(pair.profile);
    return {
      chat: {
        messages: CONFIG.chatMessages,
        postingMs,
        panelChatTotal,
        roomHeap: { with: after.room - before.room, without: after.plain - before.plain },
        panelHeap: { start: before.panel, end: after.panel, growth: after.panel - before.panel },
        serviceWorkerHeap: { start: before.serviceWorker, end: after.serviceWorker, growth: after.serviceWorker - before.serviceWorker },
      },
      idle: {
        seconds: CONFIG.idleSeconds,
        mainThreadMs: { with: mainThreadDelta(roomStart, roomEnd), without: mainThreadDelta(plainStart, plainEnd) },
        panelMainThreadMs: mainThreadDelta(panelStart, panelEnd),
        cpu: cpuBetween(cpuStart, cpuEnd),
        profile,
      },
      afterFlood,
    };
  } finally {
    await pair.close();
  }
}

// ---------------------------------------------------------------------------------------------

function verdict(value, budget, { unit = '', better = 'lower' } = {}) {
  const met = Number.isFinite(value) && value <= budget.max;
  const aimed = budget.aim === undefined ? null : Number.isFinite(value) && value <= budget.aim;
  return { value, max: budget.max, aim: budget.aim ?? null, unit, met, aimMet: aimed, better };
}

/** What the load rounds of one room version say: overhead, main thread, sampled time, latency. */
function summariseLoad(allRounds) {
  // The overhead comes from the rounds without the profiler; the rest from every round.
  const rounds = allRounds.filter((r) => !r.sampled);
  const sampledRounds = allRounds.filter((r) => r.sampled);
  const med = (pick) => median(allRounds.map(pick));
  const mean = (pick, of = rounds) => of.reduce((sum, r) => sum + pick(r), 0) / of.length;
  const mainThread = {};
  for (const name of ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration']) {
    const a = mean((r) => r.mainThreadMs.without[name]);
    const b = mean((r) => r.mainThreadMs.with[name]);
    mainThread[name] = { withoutMs: a, withMs: b, ratio: b / a, overheadPct: ((b - a) / a) * 100 };
  }
  // The rounds alternate the room Moderato is on: their mean cancels what differs between the rooms.
  const overhead = meanWithInterval(rounds.map((r) => r.overheadPct));
  const sampledShare = meanWithInterval(sampledRounds.map((r) => r.sampledSharePct));
  const sampledMs = {};
  for (const kind of ['extension', 'page', 'gc', 'program']) {
    sampledMs[kind] = { with: mean((r) => r.profile.room.byKind[kind], sampledRounds), without: mean((r) => r.profile.plain.byKind[kind], sampledRounds) };
  }
  const heapGrowth = { withoutBytes: med((r) => r.roomHeap.without), withBytes: med((r) => r.roomHeap.with) };
  const latency = {};
  for (const kind of ['join', 'hand', 'msg', 'all']) {
    latency[kind] = {
      p50: med((r) => r.latency[kind].p50),
      p95: med((r) => r.latency[kind].p95),
      max: Math.max(...allRounds.map((r) => r.latency[kind].max)),
      sent: allRounds.reduce((s, r) => s + r.latency[kind].sent, 0),
      missed: allRounds.reduce((s, r) => s + r.latency[kind].missed, 0),
      // Markers the room never showed (a hand whose person the load sent away first): not counted.
      notShown: allRounds.reduce((s, r) => s + (r.latency[kind].notShown ?? 0), 0),
    };
  }
  const extensionCpuSeconds = med((r) => r.cpu.extension);
  return { rounds, sampledRounds, med, mainThread, overhead, sampledShare, sampledMs, heapGrowth, latency, extensionCpuSeconds };
}

/** The figures of one room version's load, in the results JSON (every one a finite number). */
function roomFigures(version, load) {
  const prefix = `load.byRoom.${version}`;
  return {
    [`${prefix}.TaskDuration.withoutMs`]: load.mainThread.TaskDuration.withoutMs,
    [`${prefix}.TaskDuration.withMs`]: load.mainThread.TaskDuration.withMs,
    [`${prefix}.overheadPct`]: load.overhead.mean,
    [`${prefix}.overheadPct.ci95`]: load.overhead.halfWidth95,
    [`${prefix}.sampled.moderatoSharePct`]: load.sampledShare.mean,
    [`${prefix}.latency.all.p95Ms`]: load.latency.all.p95,
    [`${prefix}.latency.all.missed`]: load.latency.all.missed,
  };
}

/** `roundsByRoom`: each room version's load rounds; the first of CONFIG.rooms is the main one. */
function summarise(roundsByRoom, chatIdle, bundles, core) {
  const byRoom = Object.fromEntries(Object.entries(roundsByRoom).map(([version, rounds]) => [version, summariseLoad(rounds)]));
  const main = byRoom[CONFIG.rooms[0]];
  const allRounds = roundsByRoom[CONFIG.rooms[0]];
  const { rounds, med, mainThread, overhead, sampledShare, sampledMs, heapGrowth, latency, extensionCpuSeconds } = main;
  const { chat, idle, afterFlood } = chatIdle;
  const chatHeapExtra = chat.roomHeap.with - chat.roomHeap.without;

  const figures = {
    'load.mainThread.TaskDuration.withoutMs': mainThread.TaskDuration.withoutMs,
    'load.mainThread.TaskDuration.withMs': mainThread.TaskDuration.withMs,
    'load.mainThread.TaskDuration.overheadPct': overhead.mean,
    'load.mainThread.TaskDuration.overheadPct.ci95': overhead.halfWidth95,
    'load.mainThread.TaskDuration.roundOverheadPct.min': Math.min(...rounds.map((r) => r.overheadPct)),
    'load.mainThread.TaskDuration.roundOverheadPct.max': Math.max(...rounds.map((r) => r.overheadPct)),
    'load.mainThread.ScriptDuration.withoutMs': mainThread.ScriptDuration.withoutMs,
    'load.mainThread.ScriptDuration.withMs': mainThread.ScriptDuration.withMs,
    'load.mainThread.LayoutDuration.withoutMs': mainThread.LayoutDuration.withoutMs,
    'load.mainThread.LayoutDuration.withMs': mainThread.LayoutDuration.withMs,
    'load.mainThread.RecalcStyleDuration.withoutMs': mainThread.RecalcStyleDuration.withoutMs,
    'load.mainThread.RecalcStyleDuration.withMs': mainThread.RecalcStyleDuration.withMs,
    'load.sampled.moderatoSharePct': sampledShare.mean,
    'load.sampled.moderatoSharePct.ci95': sampledShare.halfWidth95,
    'load.sampled.moderatoMs': sampledMs.extension.with,
    'load.sampled.pageScript.withMs': sampledMs.page.with,
    'load.sampled.pageScript.withoutMs': sampledMs.page.without,
    'load.sampled.gc.withMs': sampledMs.gc.with,
    'load.sampled.gc.withoutMs': sampledMs.gc.without,
    'load.sampled.engine.withMs': sampledMs.program.with,
    'load.sampled.engine.withoutMs': sampledMs.program.without,
    'load.roomHeapGrowth.withoutBytes': heapGrowth.withoutBytes,
    'load.roomHeapGrowth.withBytes': heapGrowth.withBytes,
    'load.extensionCpuSeconds': extensionCpuSeconds,
    'load.browserCpuSeconds': med((r) => r.cpu.total),
    'load.panelHeapEndBytes': med((r) => r.panel.heapEnd),
    'load.panelTaskDurationMs': med((r) => r.panel.mainThreadMs.TaskDuration),
    'load.serviceWorkerHeapEndBytes': med((r) => r.serviceWorkerHeap.end),
    'load.chat.roomMessages': allRounds.reduce((sum, r) => sum + r.room.messages, 0),
    'load.chat.plainRoomMessages': allRounds.reduce((sum, r) => sum + r.plainMessages, 0),
    'load.chat.panelTotal': allRounds.reduce((sum, r) => sum + r.panelCounts.chatTotal, 0),
    'load.chat.panelMissed': allRounds.reduce((sum, r) => sum + r.panelCounts.chatMissed, 0),
    'latency.join.p50Ms': latency.join.p50,
    'latency.join.p95Ms': latency.join.p95,
    'latency.hand.p50Ms': latency.hand.p50,
    'latency.hand.p95Ms': latency.hand.p95,
    'latency.msg.p50Ms': latency.msg.p50,
    'latency.msg.p95Ms': latency.msg.p95,
    'latency.all.p50Ms': latency.all.p50,
    'latency.all.p95Ms': latency.all.p95,
    'latency.all.maxMs': latency.all.max,
    'latency.all.missed': latency.all.missed,
    'chat.roomHeapGrowth.withoutBytes': chat.roomHeap.without,
    'chat.roomHeapGrowth.withBytes': chat.roomHeap.with,
    'chat.roomHeapGrowth.extraBytes': chatHeapExtra,
    'chat.panelHeapGrowthBytes': chat.panelHeap.growth,
    'chat.serviceWorkerHeapGrowthBytes': chat.serviceWorkerHeap.growth,
    'chat.panelChatTotal': chat.panelChatTotal,
    'idle.TaskDuration.withoutMs': idle.mainThreadMs.without.TaskDuration,
    'idle.TaskDuration.withMs': idle.mainThreadMs.with.TaskDuration,
    'idle.ScriptDuration.withoutMs': idle.mainThreadMs.without.ScriptDuration,
    'idle.ScriptDuration.withMs': idle.mainThreadMs.with.ScriptDuration,
    'idle.contentScriptSamples': idle.profile.extensionSamples,
    'idle.contentScriptWakeups': idle.profile.wakeups,
    'idle.contentScriptMs': idle.profile.extensionMs,
    'idle.extensionCpuSeconds': idle.cpu.extension,
    ...(afterFlood ? { 'afterFlood.contentScriptWakeups': afterFlood.profile.wakeups, 'afterFlood.seconds': afterFlood.seconds } : {}),
    'bundles.contentScript.rawBytes': bundles.contentScript.raw,
    'bundles.contentScript.gzipBytes': bundles.contentScript.gzip,
    'bundles.total.rawBytes': bundles.total.raw,
    'bundles.total.gzipBytes': bundles.total.gzip,
    'core.attendanceMs': core.attendanceMs,
    'core.sessionReportMs': core.sessionReportMs,
    'core.attendanceCsvMs': core.attendanceCsvMs,
    'core.reportPlusCsvMs': core.reportPlusCsvMs,
    'serverRecord.answerBytes': core.serverRecord.answerBytes,
    'serverRecord.readMs': core.serverRecord.readMs,
    'serverRecord.roomMsPerHour': core.serverRecord.roomMsPerHour,
    'serverRecord.attendanceMs': core.serverRecord.attendanceWithServerMs,
    ...Object.assign({}, ...Object.entries(byRoom).map(([version, load]) => roomFigures(version, load))),
  };
  const verdicts = {
    mainThreadOverheadPct: {
      ...verdict(overhead.mean, BUDGETS.mainThreadOverheadPct, { unit: '%' }),
      ci95: overhead.halfWidth95,
      basis: 'mean over the rounds of the TaskDuration of the room with Moderato against the plain room beside it',
    },
    latencyP95Ms: { ...verdict(latency.all.p95, BUDGETS.latencyP95Ms, { unit: 'ms' }), missed: latency.all.missed },
    idleContentScriptWakeups: verdict(idle.profile.wakeups, BUDGETS.idleContentScriptWakeups),
    contentScriptGzipBytes: verdict(bundles.contentScript.gzip, BUDGETS.contentScriptGzipBytes, { unit: 'B' }),
    chatHeapGrowthBytes: { ...verdict(chatHeapExtra, BUDGETS.chatHeapGrowthBytes, { unit: 'B' }), basis: 'room-page heap growth with Moderato minus the plain room beside it' },
    reportPlusCsvMs: verdict(core.reportPlusCsvMs, BUDGETS.reportPlusCsvMs, { unit: 'ms' }),
  };
  if (latency.all.missed > 0) verdicts.latencyP95Ms.met = false;
  // Per room version: the same load figures (the main room's are the ones above).
  const rooms = Object.fromEntries(Object.entries(byRoom).map(([version, load]) => [version, { mainThread: load.mainThread, overhead: load.overhead, sampledShare: load.sampledShare, latency: load.latency }]));
  return { mainThread, overhead, sampledShare, sampledMs, heapGrowth, latency, extensionCpuSeconds, figures, verdicts, rooms };
}

// ---------------------------------------------------------------------------------------------
// The table

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : String(value));
const mb = (bytes) => `${fmt(bytes / MB, 2)} MB`;
const kb = (bytes) => `${fmt(bytes / KB, 1)} KB`;

function table(title, rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  return [`\n${title}`, line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function printReport(result) {
  const s = result.summary;
  const out = [];
  out.push(`Moderato benchmark (${result.config.mode}): ${result.config.seconds} s × ${result.config.rounds} rounds each, Chromium ${result.machine.chromium}, ${result.machine.cpus} × ${result.machine.cpuModel}`);
  out.push(
    table(`Room page main thread over ${result.config.seconds} s of load: the room with Moderato and the plain room beside it, ${result.config.drawn ? 'each drawn in its own window' : 'in background tabs (not drawn)'} (mean of ${result.config.rounds} rounds; thread CPU time)`, [
      ['metric', 'plain room', 'with Moderato', 'ratio', 'overhead'],
      ...Object.entries(s.mainThread).map(([name, m]) => [name, `${fmt(m.withoutMs)} ms`, `${fmt(m.withMs)} ms`, fmt(m.ratio, 3), `${fmt(m.overheadPct)} %`]),
      ['JS heap growth (after GC; median)', mb(s.heapGrowth.withoutBytes), mb(s.heapGrowth.withBytes), '', ''],
    ]),
  );
  const each = (rounds) => rounds.map((r) => `${fmt(r.overheadPct)} % (${r.moderatoHost})`).join(', ');
  out.push(`TaskDuration overhead, mean of the rounds: ${fmt(s.overhead.mean)} % ± ${fmt(s.overhead.halfWidth95)} (95 %); each round (Moderato on): ${each(result.rounds.filter((r) => !r.sampled))}; sampled rounds: ${each(result.rounds.filter((r) => r.sampled))}`);
  const sm = s.sampledMs;
  out.push(
    table(`Sampled rounds (${LOAD_SAMPLING_US / 1000} ms profiler on both rooms; mean ms per round)`, [
      ['time in', 'plain room', 'with Moderato'],
      ['Moderato (content script, with the native calls it makes)', '', fmt(sm.extension.with)],
      ["the page's own scripts", fmt(sm.page.without), fmt(sm.page.with)],
      ['garbage collector', fmt(sm.gc.without), fmt(sm.gc.with)],
      ['engine outside scripts (style, layout, paint…)', fmt(sm.program.without), fmt(sm.program.with)],
      ["Moderato's share of the room's busy time", '', `${fmt(s.sampledShare.mean)} % ± ${fmt(s.sampledShare.halfWidth95)}`],
    ]),
  );
  const f = s.figures;
  out.push(
    table('Moderato itself during the load', [
      ['figure', 'value'],
      ['extension processes CPU (service worker, side panel, overlay frame)', `${fmt(f['load.extensionCpuSeconds'], 2)} s (${fmt((f['load.extensionCpuSeconds'] / result.config.seconds) * 100)} % of a core)`],
      ['side panel main thread (TaskDuration)', `${fmt(f['load.panelTaskDurationMs'])} ms`],
      ['side panel JS heap at end', mb(f['load.panelHeapEndBytes'])],
      ['service worker JS heap at end', mb(f['load.serviceWorkerHeapEndBytes'])],
      ['chat: side panel total / room messages (all rounds)', `${f['load.chat.panelTotal']} / ${f['load.chat.roomMessages']} (of which ${f['load.chat.panelMissed']} went by unread; the plain rooms: ${f['load.chat.plainRoomMessages']})`],
      ['browser CPU, all processes (both rooms and Moderato)', `${fmt(f['load.browserCpuSeconds'], 2)} s`],
    ]),
  );
  out.push(
    table('Latency, room event → side panel DOM (ms)', [
      ['event', 'p50', 'p95', 'max', 'seen/sent'],
      ...['join', 'hand', 'msg', 'all'].map((k) => [k, fmt(s.latency[k].p50, 0), fmt(s.latency[k].p95, 0), fmt(s.latency[k].max, 0), `${s.latency[k].sent - s.latency[k].missed}/${s.latency[k].sent}${s.latency[k].notShown ? ` (${s.latency[k].notShown} the room never showed)` : ''}`]),
    ]),
  );
  out.push(
    table(`By room version (the same load; ${result.config.rounds} rounds each; 4.0: React 18, the participants panel open, so its chat is not in the page)`, [
      ['room', 'plain room TaskDuration', 'with Moderato', 'overhead (95 %)', "Moderato's sampled share", 'latency p95', 'seen/sent'],
      ...Object.entries(s.rooms).map(([version, r]) => [
        `BBB ${version}`,
        `${fmt(r.mainThread.TaskDuration.withoutMs)} ms`,
        `${fmt(r.mainThread.TaskDuration.withMs)} ms`,
        `${fmt(r.overhead.mean)} % ± ${fmt(r.overhead.halfWidth95)}`,
        `${fmt(r.sampledShare.mean)} %`,
        `${fmt(r.latency.all.p95, 0)} ms`,
        `${r.latency.all.sent - r.latency.all.missed}/${r.latency.all.sent}`,
      ]),
    ]),
  );
  const { chat, idle, afterFlood } = result.chatIdle;
  out.push(
    table(`${result.config.chatMessages} chat messages, then ${result.config.idleSeconds} s quiet`, [
      ['figure', 'plain room', 'with Moderato'],
      ['room JS heap growth over the messages', mb(chat.roomHeap.without), mb(chat.roomHeap.with)],
      ['side panel / service worker heap growth', '', `${mb(chat.panelHeap.growth)} / ${mb(chat.serviceWorkerHeap.growth)}`],
      ['side panel chat total', '', String(chat.panelChatTotal)],
      ['quiet: room TaskDuration', `${fmt(idle.mainThreadMs.without.TaskDuration)} ms`, `${fmt(idle.mainThreadMs.with.TaskDuration)} ms`],
      ['quiet: room ScriptDuration', `${fmt(idle.mainThreadMs.without.ScriptDuration)} ms`, `${fmt(idle.mainThreadMs.with.ScriptDuration)} ms`],
      ...(afterFlood
        ? [['after the flood, until the chat is calm: content-script wakeups', '', `${afterFlood.profile.wakeups} in ${fmt(afterFlood.seconds, 0)} s (${fmt(afterFlood.profile.extensionMs)} ms)`]]
        : []),
      ['quiet: content-script samples / wakeups', '', `${idle.profile.extensionSamples} / ${idle.profile.wakeups} (${fmt(idle.profile.extensionMs)} ms)`],
      ['quiet: last content-script sample after', '', idle.profile.lastExtensionSampleMs === null ? 'none' : `${fmt(idle.profile.lastExtensionSampleMs / 1000)} s`],
      ['quiet: extension processes CPU', '', `${fmt(idle.cpu.extension, 2)} s`],
    ]),
  );
  out.push(
    table('Bundles (.output/chrome-mv3)', [
      ['file', 'raw', 'gzip'],
      ...result.bundles.files.map((b) => [b.file === CONTENT_SCRIPT ? `${b.file} (content script)` : b.file, kb(b.raw), kb(b.gzip)]),
      ['total', kb(result.bundles.total.raw), kb(result.bundles.total.gzip)],
    ]),
  );
  const c = result.core;
  out.push(
    table(`Pure core: ${c.log.hours} h, ${c.log.participants} people, ${c.log.messages} messages (${c.log.events} events; median of ${result.config.core.runs})`, [
      ['function', 'ms'],
      ['attendance', fmt(c.attendanceMs)],
      ['sessionReport', fmt(c.sessionReportMs)],
      ['attendanceCsv (with attendance)', fmt(c.attendanceCsvMs)],
      ['report + CSV', fmt(c.reportPlusCsvMs)],
    ]),
  );
  const r = c.serverRecord;
  out.push(
    table(`Server attendance record (BBB learningDashboard API), ${r.participants} people, read every 12 s`, [
      ['figure', 'value'],
      ['answer size', kb(r.answerBytes)],
      ['one read in the room page (parse, validate, diff)', `${fmt(r.readMs)} ms`],
      [`${r.readsPerHour} reads an hour`, `${fmt(r.roomMsPerHour, 0)} ms (${fmt(r.roomCpuPercentOfCore, 3)} % of a core)`],
      ['attendance with the record (each panel push)', `${fmt(r.attendanceWithServerMs)} ms`],
    ]),
  );
  const show = (v) => (v.unit === 'B' ? (v.max >= MB ? mb(v.value) : kb(v.value)) : `${fmt(v.value)}${v.unit ? ` ${v.unit}` : ''}`);
  const showMax = (v) => (v.unit === 'B' ? (v.max >= MB ? mb(v.max) : kb(v.max)) : `${v.max}${v.unit ? ` ${v.unit}` : ''}`);
  out.push(
    table('Budgets', [
      ['budget', 'value', 'limit', 'verdict'],
      ...Object.entries(s.verdicts).map(([name, v]) => [name, show(v) + (Number.isFinite(v.ci95) ? ` ± ${fmt(v.ci95)}` : ''), showMax(v) + (v.aim !== null ? ` (aim ${v.aim})` : ''), v.met ? (v.aimMet === false ? 'met (aim missed)' : 'MET') : 'MISSED']),
    ]),
  );
  console.log(out.join('\n'));
}

// ---------------------------------------------------------------------------------------------

/** Runs `work` with the room servers and one build copy per room address; cleans up after. */
async function withPairs(sourceDir, work) {
  const extensionDirs = extensionCopies(sourceDir);
  const servers = await startRoomServers();
  try {
    return await work({ servers, extensionDirs, drawn: CONFIG.drawn });
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    removeCopies(extensionDirs);
  }
}

/** One load with the unminified build and the sampling profiler: where the room page's time goes. */
async function profileRun() {
  log('building the extension unminified');
  const unminified = join(root, '.output', 'unminified');
  buildDemo({ env: { ...process.env, MODERATO_UNMINIFIED: '1' }, storeDir: join(unminified, 'chrome-mv3'), demoDir: join(unminified, 'chrome-mv3-demo'), quiet: true });
  await withPairs(join(unminified, 'chrome-mv3-demo'), async (shared) => {
    log(`profiling one ${CONFIG.seconds} s load with the unminified build`);
    const run = await loadRound(0, shared, { sample: true, profileTop: Number(process.env.BENCH_PROFILE_TOP ?? 25) });
    console.log(`room main thread ${fmt(run.mainThreadMs.with.TaskDuration)} ms (plain room ${fmt(run.mainThreadMs.without.TaskDuration)} ms); Moderato's sampled share ${fmt(run.sampledSharePct)} %`);
    for (const [where, profile] of [['Content script', run.profile.room], ['Side panel', run.profile.panel], ['Service worker', run.profile.serviceWorker]]) {
      if (!profile) continue;
      console.log(`\n${where}: ${profile.extensionSamples} of ${profile.samples} samples (${fmt(profile.extensionMs)} ms) in ${profile.wakeups} wake-ups`);
      for (const [title, rows] of [['self (leaf frame)', profile.top], ['total (on the stack)', profile.topInclusive]]) {
        console.log(table(`${where}, ${title}`, [['function', 'samples'], ...rows.map((row) => [row.function, row.samples])]));
      }
    }
    console.log(`panel chat total ${run.panelCounts.chatTotal} of ${run.room.messages} room messages; latency p95 ${fmt(run.latency.all.p95, 0)} ms`);
  });
}

/** The load rounds, Moderato on each room in turn, then the sampled rounds. */
async function loadRounds(shared, room = CONFIG.rooms[0]) {
  const rounds = [];
  const total = CONFIG.rounds + CONFIG.sampledRounds;
  for (let round = 0; round < total; round++) {
    const sample = round >= CONFIG.rounds;
    log(`BBB ${room} room, load round ${round + 1} of ${total}${sample ? ' (sampled)' : ''}: Moderato on ${ROOM_HOSTS[round % 2]}, the plain room on ${ROOM_HOSTS[(round + 1) % 2]}, ${Math.floor(round / 2) % 2 === 0 ? 'Moderato' : 'the plain room'} started first`);
    const result = await loadRound(round, shared, { sample, room });
    const [a, b] = [result.mainThreadMs.without, result.mainThreadMs.with];
    log(`  TaskDuration ${fmt(a.TaskDuration)} → ${fmt(b.TaskDuration)} ms (${fmt(result.overheadPct)} %): script ${fmt(a.ScriptDuration)} → ${fmt(b.ScriptDuration)}, layout ${fmt(a.LayoutDuration)} → ${fmt(b.LayoutDuration)}, style ${fmt(a.RecalcStyleDuration)} → ${fmt(b.RecalcStyleDuration)} (layouts ${result.counts.without.LayoutCount} → ${result.counts.with.LayoutCount}, style recalcs ${result.counts.without.RecalcStyleCount} → ${result.counts.with.RecalcStyleCount}); latency p95 ${fmt(result.latency.all.p95, 0)} ms; side panel ${fmt(result.panel.mainThreadMs.TaskDuration)} ms (script ${fmt(result.panel.mainThreadMs.ScriptDuration)}, layout ${fmt(result.panel.mainThreadMs.LayoutDuration)}, style ${fmt(result.panel.mainThreadMs.RecalcStyleDuration)}), extension processes ${fmt(result.cpu.extension, 2)} s; frames a second before the load: room ${result.framesPerSecond.room}, plain ${result.framesPerSecond.plain}, panel ${result.framesPerSecond.panel}`);
    if (result.gc) {
      const gcLine = ({ minor, minorMs, major, majorMs, markingMs }) => `${minor} minor (${fmt(minorMs)} ms), ${major} major (${fmt(majorMs)} ms), marking ${fmt(markingMs)} ms`;
      log(`  garbage collections: ${gcLine(result.gc.without)} → ${gcLine(result.gc.with)}`);
    }
    if (sample) {
      const [plain, room] = [result.profile.plain.byKind, result.profile.room.byKind];
      log(`  sampled: Moderato ${fmt(room.extension)} ms (${fmt(result.sampledSharePct)} %), page scripts ${fmt(plain.page)} → ${fmt(room.page)}, GC ${fmt(plain.gc)} → ${fmt(room.gc)}, engine ${fmt(plain.program)} → ${fmt(room.program)}`);
    }
    rounds.push(result);
  }
  return rounds;
}

async function main() {
  const t0 = Date.now();
  let chromium = 'unknown';
  // Copies of the build: other work may rebuild .output while the benchmark runs.
  const snapshotDir = mkdtempSync(join(os.tmpdir(), 'moderato-bench-ext-'));
  cpSync(EXTENSION_DIR, snapshotDir, { recursive: true });
  try {
    await withPairs(snapshotDir, async (shared) => {
    log(`mode ${CONFIG.mode}; ${CONFIG.rounds} load round(s) of ${CONFIG.seconds} s, two rooms side by side${CONFIG.drawn ? ', each in its own window' : ' in background tabs'}, Moderato on each in turn`);
    if (!procAvailable()) log('no /proc here: CPU figures will be NaN');
    const roundsByRoom = {};
    for (const room of CONFIG.rooms) roundsByRoom[room] = await loadRounds(shared, room);
    const rounds = roundsByRoom[CONFIG.rooms[0]];
    log(`${CONFIG.chatMessages} messages then ${CONFIG.idleSeconds} s quiet, in both rooms`);
    const chatIdle = await chatAndIdleRun(shared);
    {
      const { context, profile } = await launchBrowser({ headless: true, extension: false });
      chromium = context.browser()?.version() ?? 'unknown';
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    log('pure core');
    const core = await benchCore(CONFIG.core);
    core.serverRecord = await benchServerRecord({ participants: CONFIG.core.participants });
    const bundles = bundleSizes(snapshotDir);
    const machine = {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryBytes: os.totalmem(),
      node: process.version,
      chromium,
    };
    const git = (...args) => {
      try {
        return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    };
    // What was measured: the build copied at the start (the tree may hold uncommitted work).
    const build = {
      commit: git('rev-parse', 'HEAD'),
      uncommittedFiles: git('status', '--porcelain', '--untracked-files=no').split('\n').filter(Boolean).length,
      contentScriptSha256: createHash('sha256').update(readFileSync(join(snapshotDir, CONTENT_SCRIPT))).digest('hex'),
    };
    const result = {
      source: `npm run bench (test/bench/run.mjs, ${CONFIG.mode} mode)`,
      date: new Date().toISOString(),
      build,
      config: CONFIG,
      budgets: BUDGETS,
      machine,
      notes: {
        design: 'each round: one browser with Moderato, two copies of the room (127.0.0.1, 127.0.0.2) under the same seeded load side by side, Moderato on one of them, alternating from round to round',
        mainThread: 'CDP Performance.getMetrics deltas on both room pages, timeDomain threadTicks (thread CPU time), in ms; the overhead is the mean of the rounds\' (with − plain) / plain, with a Student-t 95 % interval',
        sampled: 'CDP Profiler sampling (1 ms) on both rooms during the load: time of samples with a chrome-extension:// frame on the stack (Moderato), of the page\'s scripts, of (garbage collector) and of (program)',
        extensionCpu: 'utime+stime of the browser\'s renderer processes started with --extension-process (service worker, side panel and the overlay frame: one process here), from /proc',
        latency: 'Date.now() at emit in the room page, Date.now() at first DOM appearance in the side panel (MutationObserver); markers never seen are counted as missed; a marker the room never showed (a hand whose person the load sent away before it went up; on 4.0, the chat while the participants panel holds the one side panel) is counted apart as notShown',
        rooms: 'load rounds per room version: 3.0 (light DOM renderer; the main figures) and 4.0 (React 18, the participants panel open), the same load and markers',
        idle: 'CDP Profiler sampling (1 ms) on the room page; samples with a chrome-extension:// frame on the stack are the content script; a wakeup is a run of consecutive such samples',
        serviceWorkerHeap: 'Runtime.getHeapUsage on the service worker target after HeapProfiler.collectGarbage, through a browser-level CDP session',
      },
      rounds,
      // Every room version's rounds (the main one's are `rounds` too).
      roundsByRoom,
      chatIdle,
      bundles,
      core,
      durationSeconds: NaN,
    };
    result.summary = summarise(roundsByRoom, chatIdle, bundles, core);
    result.durationSeconds = (Date.now() - t0) / 1000;
    // A full run with the default settings also replaces the committed results the README's
    // table is made from; a run with other settings does not compare with it.
    const standard = CONFIG.mode === 'full' && CONFIG.drawn && !Object.entries(process.env).some(([name, value]) => name.startsWith('BENCH_') && value);
    const outFiles = outArg
      ? [resolve(outArg)]
      : [join(root, 'bench-results', `bench-${result.date.replace(/[:.]/g, '-')}.json`), ...(standard ? [LATEST_RESULTS] : [])];
    const json = JSON.stringify(result, (key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2);
    for (const outFile of outFiles) {
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, `${json}\n`);
    }
    printReport(result);
    console.log(`\nWhole run: ${fmt(result.durationSeconds, 0)} s. Results: ${outFiles.join(', ')}`);
    if (outFiles.includes(LATEST_RESULTS)) console.log('README table: node test/bench/readmeTable.mjs (paste it in place of the old one)');
    });
  } finally {
    rmSync(snapshotDir, { recursive: true, force: true });
  }
}

/**
 * `--control`: the load rounds with Moderato on neither room, the room that would have it
 * alternating as usual. The mean should be near 0 %: how far it is, and its interval, is the
 * benchmark's own error.
 */
async function controlRun() {
  const extensionDirs = extensionCopies(EXTENSION_DIR, { control: true });
  const servers = await startRoomServers();
  const overheads = [];
  try {
    for (let round = 0; round < CONFIG.rounds; round++) {
      const pair = await openPair({ moderatoOn: round % 2, servers, extensionDirs, seed: CONFIG.load.seed, control: true, drawn: CONFIG.drawn, room: CONFIG.rooms[0] });
      try {
        const rooms = startOrder(round, pair);
        await populateForLoad(rooms);
        await sleep(CONFIG.settleMs);
        const probes = { room: await pageProbe(pair.context, pair.room), plain: await pageProbe(pair.context, pair.plain) };
        const [roomStart, plainStart] = await bothMetrics(probes, pair, rooms);
        await startLoad(rooms);
        await sleep(CONFIG.seconds * 1000);
        const [roomEnd, plainEnd] = await bothMetrics(probes, pair, rooms);
        const [a, b] = [mainThreadDelta(plainStart, plainEnd).TaskDuration, mainThreadDelta(roomStart, roomEnd).TaskDuration];
        overheads.push(((b - a) / a) * 100);
        log(`control round ${round + 1}: the room on ${ROOM_HOSTS[round % 2]} (started ${rooms[0] === pair.room ? 'first' : 'second'}) against ${ROOM_HOSTS[(round + 1) % 2]}, neither with Moderato: ${fmt(a)} → ${fmt(b)} ms (${fmt(overheads.at(-1))} %)`);
      } finally {
        await pair.close();
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    removeCopies(extensionDirs);
  }
  const result = meanWithInterval(overheads);
  console.log(`control: ${fmt(result.mean)} % ± ${fmt(result.halfWidth95)} over ${result.n} rounds (Moderato on neither room; 0 % is the true value)`);
}

/** `--load-only`: the load rounds alone, for quick comparisons while optimising (build first). */
async function loadOnlyRun() {
  const rounds = await withPairs(EXTENSION_DIR, loadRounds);
  const plain = rounds.filter((r) => !r.sampled);
  const sampled = rounds.filter((r) => r.sampled);
  const overhead = meanWithInterval(plain.map((r) => r.overheadPct));
  const share = meanWithInterval(sampled.map((r) => r.sampledSharePct));
  const moderatoMs = sampled.reduce((sum, r) => sum + r.profile.room.byKind.extension, 0) / sampled.length;
  console.log(`overhead ${fmt(overhead.mean)} % ± ${fmt(overhead.halfWidth95)} (${plain.length} rounds); Moderato's sampled share ${fmt(share.mean)} % ± ${fmt(share.halfWidth95)}, ${fmt(moderatoMs)} ms a round (${sampled.length} rounds)`);
}

await (profileMode ? profileRun() : argv.includes('--load-only') ? loadOnlyRun() : argv.includes('--control') ? controlRun() : main());
