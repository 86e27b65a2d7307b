// `npm run bench`: what Moderato costs a busy BigBlueButton room, measured against the same room
// without it. `node test/bench/run.mjs --smoke` proves the benchmark still works, in seconds.
// `node test/bench/run.mjs --profile` (npm run bench:profile) runs one load with an unminified
// build and prints where the content script spends the room page's time.
// Options: --smoke, --profile, --load-only, --out <file>; env BENCH_SECONDS, BENCH_ROUNDS, BENCH_IDLE_SECONDS,
// BENCH_MARKERS, BENCH_CHAT_MESSAGES. Results: a table on stdout and bench-results/bench-<date>.json.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { EXTENSION_DIR, extensionIdOf, launchBrowser, openSidePanel, tabIdOf } from '../../demo/browser.mjs';
import { startDemoServer } from '../../demo/server.mjs';
import { mainThreadDelta, pageProbe, serviceWorkerProbe, startProfiler, stopProfiler } from './metrics.mjs';
import { cpuBetween, cpuSnapshot, procAvailable } from './processes.mjs';
import { latencyStats, observeMarkersInPanel, scheduleMarkersInRoom } from './latency.mjs';
import { benchCore } from './core.mjs';
import { bundleSizes, CONTENT_SCRIPT } from './bundles.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const profileMode = argv.includes('--profile');
const outArg = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : null;
const env = (name, fallback) => (process.env[name] !== undefined && process.env[name] !== '' ? Number(process.env[name]) : fallback);

const KB = 1024;
const MB = 1024 * 1024;

export const CONFIG = {
  mode: smoke ? 'smoke' : 'full',
  seconds: env('BENCH_SECONDS', smoke ? 3 : 60),
  rounds: env('BENCH_ROUNDS', smoke ? 1 : 2),
  markers: env('BENCH_MARKERS', smoke ? 5 : 100),
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
  /** The busy room: simulator options of demo/room/simulator.ts, on top of 300 people present. */
  load: {
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
  },
  core: smoke ? { participants: 50, messages: 1000, hours: 1, runs: 2 } : { participants: 500, messages: 20_000, hours: 4, runs: 5 },
};

const BUDGETS = {
  mainThreadOverheadPct: { max: 5, aim: 1 },
  latencyP95Ms: { max: 250, aim: 100 },
  idleContentScriptWakeups: { max: 0 },
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
// One browser, with or without Moderato, on one room page (and its side panel when with).

async function openRoom({ withExtension, extensionDir, server }) {
  const args = withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const { context, profile } = await launchBrowser({ headless: true, extension: false, args });
  const extensionId = withExtension ? await extensionIdOf(context) : null;
  const room = await context.newPage();
  await room.goto(`${server.url}/html5client?sessionToken=bench&sim=off&seed=${CONFIG.load.seed}`);
  await room.waitForFunction(() => Boolean(window.bbbSim));
  let panel = null;
  if (withExtension) {
    await room.waitForFunction(() => document.querySelector('moderato-overlay') !== null, null, { timeout: 20_000 });
    const tabId = await tabIdOf(context, extensionId, room);
    panel = await openSidePanel(context, extensionId, tabId);
    await room.bringToFront();
    await panel.getByTestId('participant-count').waitFor({ timeout: 20_000 });
    await panel.evaluate(observeMarkersInPanel);
  }
  const visibility = {
    room: await room.evaluate(() => document.visibilityState),
    panel: panel ? await panel.evaluate(() => document.visibilityState) : null,
  };
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, profile, extensionId, room, panel, visibility, close };
}

async function heaps(probes) {
  return {
    room: await probes.room.heapAfterGc(),
    panel: probes.panel ? await probes.panel.heapAfterGc() : NaN,
    serviceWorker: probes.worker ? await probes.worker.heapAfterGc().catch(() => NaN) : NaN,
  };
}

async function probesFor(session) {
  return {
    room: await pageProbe(session.context, session.room),
    panel: session.panel ? await pageProbe(session.context, session.panel) : null,
    worker: session.extensionId ? await serviceWorkerProbe(session.context, session.extensionId).catch(() => null) : null,
  };
}

/**
 * The busy room for CONFIG.seconds, with markers for the latency. `profileTop`: also sample the
 * room page's CPU and return its `profileTop` busiest content-script functions.
 */
async function loadRun(withExtension, shared, { profileTop = 0 } = {}) {
  const session = await openRoom({ withExtension, ...shared });
  try {
    await session.room.evaluate(({ count, hands }) => {
      const ids = [];
      for (let i = 0; i < count; i++) {
        ids.push(window.bbbSim.join({ name: `Élève ${String(i + 1).padStart(3, '0')}`, audio: i % 5 ? 'mic' : 'listen', muted: i % 3 !== 0, webcam: i % 7 === 0 }));
      }
      // Hands already up when the load starts; the simulator keeps about as many up.
      for (let i = 0; i < hands; i++) window.bbbSim.raiseHand(ids[(i * 13) % ids.length]);
      window.bbbSim.flush();
    }, { count: CONFIG.load.participants, hands: CONFIG.raisedHands });
    await sleep(CONFIG.settleMs);
    const probes = await probesFor(session);
    const heapStart = await heaps(probes);
    const cpuStart = cpuSnapshot(session.profile);
    const roomStart = await probes.room.metrics();
    const panelStart = probes.panel ? await probes.panel.metrics() : null;
    const durationMs = CONFIG.seconds * 1000;
    if (profileTop) for (const probe of Object.values(probes)) if (probe) await startProfiler(probe.cdp, 1000);
    await session.room.evaluate((load) => window.bbbSim.startScenario(load), CONFIG.load);
    await session.room.evaluate(scheduleMarkersInRoom, { count: CONFIG.markers, durationMs: durationMs * 0.9, holdMs: CONFIG.markerHoldMs });
    await sleep(durationMs);
    const profile = profileTop
      ? {
          room: await stopProfiler(probes.room.cdp, 'chrome-extension://', profileTop),
          panel: probes.panel ? await stopProfiler(probes.panel.cdp, 'chrome-extension://', profileTop) : null,
          serviceWorker: probes.worker ? await stopProfiler(probes.worker.cdp, 'chrome-extension://', profileTop) : null,
        }
      : null;
    const roomEnd = await probes.room.metrics();
    const panelEnd = probes.panel ? await probes.panel.metrics() : null;
    const cpuEnd = cpuSnapshot(session.profile);
    await session.room.evaluate(() => window.bbbSim.stop());
    await sleep(CONFIG.graceMs);
    const emitted = await session.room.evaluate(() => window.__benchEmitted);
    const seen = session.panel ? await session.panel.evaluate(() => window.__benchSeen) : null;
    const heapEnd = await heaps(probes);
    const room = await session.room.evaluate(() => {
      const state = window.bbbSim.state();
      // People's messages, as the panel counts them (platform notices are not).
      const messages = state.messages.filter((message) => message.type === 'default').length;
      return { participants: state.participants.length, messages, hands: state.raisedHands.length };
    });
    const panelCounts = session.panel
      ? {
          participants: Number(await session.panel.getByTestId('participant-count').textContent()),
          chatTotal: Number(await session.panel.getByTestId('chat-total').textContent()),
          chatMissed: Number((await session.panel.getByTestId('chat-missed').textContent({ timeout: 1000 }).catch(() => '0'))?.match(/\d+/)?.[0] ?? 0),
        }
      : null;
    return {
      withExtension,
      visibility: session.visibility,
      room,
      panelCounts,
      mainThreadMs: mainThreadDelta(roomStart, roomEnd),
      roomHeap: { start: heapStart.room, end: heapEnd.room, growth: heapEnd.room - heapStart.room },
      panel: panelStart
        ? { mainThreadMs: mainThreadDelta(panelStart, panelEnd), heapStart: heapStart.panel, heapEnd: heapEnd.panel }
        : null,
      serviceWorkerHeap: withExtension ? { start: heapStart.serviceWorker, end: heapEnd.serviceWorker } : null,
      cpu: cpuBetween(cpuStart, cpuEnd),
      latency: seen ? latencyStats(emitted, seen) : null,
      profile,
    };
  } finally {
    await session.close();
  }
}

/** 10,000 chat messages at a steady pace (heap growth), then a quiet room (idle cost). */
async function chatAndIdleRun(withExtension, shared) {
  const session = await openRoom({ withExtension, ...shared });
  try {
    await session.room.evaluate(() => {
      for (let i = 0; i < 30; i++) window.bbbSim.join({ name: `Élève ${String(i + 1).padStart(3, '0')}` });
      window.bbbSim.flush();
    });
    await sleep(CONFIG.settleMs);
    const probes = await probesFor(session);
    const before = await heaps(probes);
    const started = Date.now();
    await session.room.evaluate(
      async ({ total, perTick }) => {
        for (let i = 0; i < total; ) {
          for (let j = 0; j < perTick && i < total; j++, i++) {
            window.bbbSim.chat({ from: `Élève ${String((i % 30) + 1).padStart(3, '0')}`, text: `message ${i + 1} : réponse à la question` });
          }
          await new Promise((done) => setTimeout(done, 100));
        }
      },
      { total: CONFIG.chatMessages, perTick: CONFIG.chatPerTick },
    );
    const postingMs = Date.now() - started;
    let panelChatTotal = null;
    if (session.panel) {
      // Let the panel catch up (it must count every message), then measure.
      const deadline = Date.now() + 20_000;
      do {
        panelChatTotal = Number(await session.panel.getByTestId('chat-total').textContent());
        if (panelChatTotal >= CONFIG.chatMessages) break;
        await sleep(250);
      } while (Date.now() < deadline);
    }
    await sleep(CONFIG.settleMs);
    const after = await heaps(probes);

    // After the flood: the chat's level steps down as the messages leave its windows.
    let afterFlood = null;
    if (session.panel && CONFIG.waitForCalm) {
      const started = Date.now();
      await startProfiler(probes.room.cdp, 1000);
      await session.panel.locator('[data-testid="chat-load"][data-level="calm"]').waitFor({ timeout: 120_000 });
      await sleep(1000); // the overlay's last update follows within its half-second pacing
      afterFlood = { seconds: (Date.now() - started) / 1000, profile: await stopProfiler(probes.room.cdp, 'chrome-extension://') };
    }

    // The quiet room: nothing happens; what still runs?
    const cpuStart = cpuSnapshot(session.profile);
    const roomStart = await probes.room.metrics();
    const panelStart = probes.panel ? await probes.panel.metrics() : null;
    await startProfiler(probes.room.cdp, 1000);
    await sleep(CONFIG.idleSeconds * 1000);
    const profile = await stopProfiler(probes.room.cdp, 'chrome-extension://');
    const roomEnd = await probes.room.metrics();
    const panelEnd = probes.panel ? await probes.panel.metrics() : null;
    const cpuEnd = cpuSnapshot(session.profile);
    return {
      withExtension,
      chat: {
        messages: CONFIG.chatMessages,
        postingMs,
        panelChatTotal,
        roomHeap: { start: before.room, end: after.room, growth: after.room - before.room },
        panelHeap: { start: before.panel, end: after.panel, growth: after.panel - before.panel },
        serviceWorkerHeap: { start: before.serviceWorker, end: after.serviceWorker, growth: after.serviceWorker - before.serviceWorker },
      },
      idle: {
        seconds: CONFIG.idleSeconds,
        mainThreadMs: mainThreadDelta(roomStart, roomEnd),
        panelMainThreadMs: panelStart ? mainThreadDelta(panelStart, panelEnd) : null,
        cpu: cpuBetween(cpuStart, cpuEnd),
        profile,
      },
      afterFlood,
    };
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------

function verdict(value, budget, { unit = '', better = 'lower' } = {}) {
  const met = Number.isFinite(value) && value <= budget.max;
  const aimed = budget.aim === undefined ? null : Number.isFinite(value) && value <= budget.aim;
  return { value, max: budget.max, aim: budget.aim ?? null, unit, met, aimMet: aimed, better };
}

function summarise(loads, chatIdle, bundles, core, meta) {
  const without = loads.filter((r) => !r.withExtension);
  const withExt = loads.filter((r) => r.withExtension);
  const med = (runs, pick) => median(runs.map(pick));
  const mainThread = {};
  for (const name of ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration']) {
    const a = med(without, (r) => r.mainThreadMs[name]);
    const b = med(withExt, (r) => r.mainThreadMs[name]);
    mainThread[name] = { withoutMs: a, withMs: b, ratio: b / a, overheadPct: ((b - a) / a) * 100 };
  }
  // Each round runs without then with Moderato back to back: its own overhead shows the spread.
  const roundOverheadPct = withExt.map((r, index) => ((r.mainThreadMs.TaskDuration - without[index].mainThreadMs.TaskDuration) / without[index].mainThreadMs.TaskDuration) * 100);
  const heapGrowth = { withoutBytes: med(without, (r) => r.roomHeap.growth), withBytes: med(withExt, (r) => r.roomHeap.growth) };
  const latency = {};
  for (const kind of ['join', 'hand', 'msg', 'all']) {
    latency[kind] = {
      p50: med(withExt, (r) => r.latency[kind].p50),
      p95: med(withExt, (r) => r.latency[kind].p95),
      max: Math.max(...withExt.map((r) => r.latency[kind].max)),
      sent: withExt.reduce((s, r) => s + r.latency[kind].sent, 0),
      missed: withExt.reduce((s, r) => s + r.latency[kind].missed, 0),
    };
  }
  const extensionCpuSeconds = med(withExt, (r) => r.cpu.extension);
  const browserCpu = { withoutSeconds: med(without, (r) => r.cpu.total), withSeconds: med(withExt, (r) => r.cpu.total) };
  const idleWithout = chatIdle.find((r) => !r.withExtension);
  const idleWith = chatIdle.find((r) => r.withExtension);
  const chatHeapExtra = idleWith.chat.roomHeap.growth - idleWithout.chat.roomHeap.growth;

  const figures = {
    'load.mainThread.TaskDuration.withoutMs': mainThread.TaskDuration.withoutMs,
    'load.mainThread.TaskDuration.withMs': mainThread.TaskDuration.withMs,
    'load.mainThread.TaskDuration.overheadPct': mainThread.TaskDuration.overheadPct,
    'load.mainThread.TaskDuration.roundOverheadPct.min': Math.min(...roundOverheadPct),
    'load.mainThread.TaskDuration.roundOverheadPct.max': Math.max(...roundOverheadPct),
    'load.mainThread.ScriptDuration.withoutMs': mainThread.ScriptDuration.withoutMs,
    'load.mainThread.ScriptDuration.withMs': mainThread.ScriptDuration.withMs,
    'load.mainThread.LayoutDuration.withoutMs': mainThread.LayoutDuration.withoutMs,
    'load.mainThread.LayoutDuration.withMs': mainThread.LayoutDuration.withMs,
    'load.mainThread.RecalcStyleDuration.withoutMs': mainThread.RecalcStyleDuration.withoutMs,
    'load.mainThread.RecalcStyleDuration.withMs': mainThread.RecalcStyleDuration.withMs,
    'load.roomHeapGrowth.withoutBytes': heapGrowth.withoutBytes,
    'load.roomHeapGrowth.withBytes': heapGrowth.withBytes,
    'load.extensionCpuSeconds': extensionCpuSeconds,
    'load.browserCpu.withoutSeconds': browserCpu.withoutSeconds,
    'load.browserCpu.withSeconds': browserCpu.withSeconds,
    'load.panelHeapEndBytes': med(withExt, (r) => r.panel.heapEnd),
    'load.panelTaskDurationMs': med(withExt, (r) => r.panel.mainThreadMs.TaskDuration),
    'load.serviceWorkerHeapEndBytes': med(withExt, (r) => r.serviceWorkerHeap.end),
    'load.chat.roomMessages': withExt.reduce((sum, r) => sum + r.room.messages, 0),
    'load.chat.panelTotal': withExt.reduce((sum, r) => sum + r.panelCounts.chatTotal, 0),
    'load.chat.panelMissed': withExt.reduce((sum, r) => sum + r.panelCounts.chatMissed, 0),
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
    'chat.roomHeapGrowth.withoutBytes': idleWithout.chat.roomHeap.growth,
    'chat.roomHeapGrowth.withBytes': idleWith.chat.roomHeap.growth,
    'chat.roomHeapGrowth.extraBytes': chatHeapExtra,
    'chat.panelHeapGrowthBytes': idleWith.chat.panelHeap.growth,
    'chat.serviceWorkerHeapGrowthBytes': idleWith.chat.serviceWorkerHeap.growth,
    'chat.panelChatTotal': idleWith.chat.panelChatTotal,
    'idle.TaskDuration.withoutMs': idleWithout.idle.mainThreadMs.TaskDuration,
    'idle.TaskDuration.withMs': idleWith.idle.mainThreadMs.TaskDuration,
    'idle.ScriptDuration.withoutMs': idleWithout.idle.mainThreadMs.ScriptDuration,
    'idle.ScriptDuration.withMs': idleWith.idle.mainThreadMs.ScriptDuration,
    'idle.contentScriptSamples': idleWith.idle.profile.extensionSamples,
    'idle.contentScriptWakeups': idleWith.idle.profile.wakeups,
    'idle.contentScriptMs': idleWith.idle.profile.extensionMs,
    'idle.extensionCpuSeconds': idleWith.idle.cpu.extension,
    ...(idleWith.afterFlood ? { 'afterFlood.contentScriptWakeups': idleWith.afterFlood.profile.wakeups, 'afterFlood.seconds': idleWith.afterFlood.seconds } : {}),
    'bundles.contentScript.rawBytes': bundles.contentScript.raw,
    'bundles.contentScript.gzipBytes': bundles.contentScript.gzip,
    'bundles.total.rawBytes': bundles.total.raw,
    'bundles.total.gzipBytes': bundles.total.gzip,
    'core.attendanceMs': core.attendanceMs,
    'core.sessionReportMs': core.sessionReportMs,
    'core.attendanceCsvMs': core.attendanceCsvMs,
    'core.reportPlusCsvMs': core.reportPlusCsvMs,
  };
  const verdicts = {
    mainThreadOverheadPct: verdict(mainThread.TaskDuration.overheadPct, BUDGETS.mainThreadOverheadPct, { unit: '%' }),
    latencyP95Ms: { ...verdict(latency.all.p95, BUDGETS.latencyP95Ms, { unit: 'ms' }), missed: latency.all.missed },
    idleContentScriptWakeups: verdict(idleWith.idle.profile.wakeups, BUDGETS.idleContentScriptWakeups),
    contentScriptGzipBytes: verdict(bundles.contentScript.gzip, BUDGETS.contentScriptGzipBytes, { unit: 'B' }),
    chatHeapGrowthBytes: { ...verdict(chatHeapExtra, BUDGETS.chatHeapGrowthBytes, { unit: 'B' }), basis: 'room-page heap growth with Moderato minus without' },
    reportPlusCsvMs: verdict(core.reportPlusCsvMs, BUDGETS.reportPlusCsvMs, { unit: 'ms' }),
  };
  if (latency.all.missed > 0) verdicts.latencyP95Ms.met = false;
  return { mainThread, roundOverheadPct, heapGrowth, latency, extensionCpuSeconds, browserCpu, figures, verdicts };
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
    table(`Room page main thread over ${result.config.seconds} s of load (median of ${result.config.rounds}; thread CPU time)`, [
      ['metric', 'without', 'with', 'ratio', 'overhead'],
      ...Object.entries(s.mainThread).map(([name, m]) => [name, `${fmt(m.withoutMs)} ms`, `${fmt(m.withMs)} ms`, fmt(m.ratio, 3), `${fmt(m.overheadPct)} %`]),
      ['JS heap growth (after GC)', mb(s.heapGrowth.withoutBytes), mb(s.heapGrowth.withBytes), '', ''],
      ['browser CPU, all processes', `${fmt(s.browserCpu.withoutSeconds, 2)} s`, `${fmt(s.browserCpu.withSeconds, 2)} s`, fmt(s.browserCpu.withSeconds / s.browserCpu.withoutSeconds, 3), ''],
    ]),
  );
  out.push(`TaskDuration overhead of each round (with vs without, back to back): ${s.roundOverheadPct.map((pct) => `${fmt(pct)} %`).join(', ')}`);
  const f = s.figures;
  out.push(
    table('Moderato itself during the load', [
      ['figure', 'value'],
      ['extension processes CPU (service worker + side panel)', `${fmt(f['load.extensionCpuSeconds'], 2)} s (${fmt((f['load.extensionCpuSeconds'] / result.config.seconds) * 100)} % of a core)`],
      ['side panel main thread (TaskDuration)', `${fmt(f['load.panelTaskDurationMs'])} ms`],
      ['side panel JS heap at end', mb(f['load.panelHeapEndBytes'])],
      ['service worker JS heap at end', mb(f['load.serviceWorkerHeapEndBytes'])],
      ['chat: side panel total / room messages (all rounds)', `${f['load.chat.panelTotal']} / ${f['load.chat.roomMessages']} (of which ${f['load.chat.panelMissed']} went by unread)`],
    ]),
  );
  out.push(
    table('Latency, room event → side panel DOM (ms)', [
      ['event', 'p50', 'p95', 'max', 'seen/sent'],
      ...['join', 'hand', 'msg', 'all'].map((k) => [k, fmt(s.latency[k].p50, 0), fmt(s.latency[k].p95, 0), fmt(s.latency[k].max, 0), `${s.latency[k].sent - s.latency[k].missed}/${s.latency[k].sent}`]),
    ]),
  );
  const [cw, ci] = [result.chatIdle.find((r) => !r.withExtension), result.chatIdle.find((r) => r.withExtension)];
  out.push(
    table(`${result.config.chatMessages} chat messages, then ${result.config.idleSeconds} s quiet`, [
      ['figure', 'without', 'with'],
      ['room JS heap growth over the messages', mb(cw.chat.roomHeap.growth), mb(ci.chat.roomHeap.growth)],
      ['side panel / service worker heap growth', '', `${mb(ci.chat.panelHeap.growth)} / ${mb(ci.chat.serviceWorkerHeap.growth)}`],
      ['side panel chat total', '', String(ci.chat.panelChatTotal)],
      ['quiet: room TaskDuration', `${fmt(cw.idle.mainThreadMs.TaskDuration)} ms`, `${fmt(ci.idle.mainThreadMs.TaskDuration)} ms`],
      ['quiet: room ScriptDuration', `${fmt(cw.idle.mainThreadMs.ScriptDuration)} ms`, `${fmt(ci.idle.mainThreadMs.ScriptDuration)} ms`],
      ...(ci.afterFlood
        ? [['after the flood, until the chat is calm: content-script wakeups', '', `${ci.afterFlood.profile.wakeups} in ${fmt(ci.afterFlood.seconds, 0)} s (${fmt(ci.afterFlood.profile.extensionMs)} ms)`]]
        : []),
      ['quiet: content-script samples / wakeups', '', `${ci.idle.profile.extensionSamples} / ${ci.idle.profile.wakeups} (${fmt(ci.idle.profile.extensionMs)} ms)`],
      ['quiet: last content-script sample after', '', ci.idle.profile.lastExtensionSampleMs === null ? 'none' : `${fmt(ci.idle.profile.lastExtensionSampleMs / 1000)} s`],
      ['quiet: extension processes CPU', '', `${fmt(ci.idle.cpu.extension, 2)} s`],
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
  const show = (v) => (v.unit === 'B' ? (v.max >= MB ? mb(v.value) : kb(v.value)) : `${fmt(v.value)}${v.unit ? ` ${v.unit}` : ''}`);
  const showMax = (v) => (v.unit === 'B' ? (v.max >= MB ? mb(v.max) : kb(v.max)) : `${v.max}${v.unit ? ` ${v.unit}` : ''}`);
  out.push(
    table('Budgets', [
      ['budget', 'value', 'limit', 'verdict'],
      ...Object.entries(s.verdicts).map(([name, v]) => [name, show(v), showMax(v) + (v.aim !== null ? ` (aim ${v.aim})` : ''), v.met ? (v.aimMet === false ? 'met (aim missed)' : 'MET') : 'MISSED']),
    ]),
  );
  console.log(out.join('\n'));
}

// ---------------------------------------------------------------------------------------------

/** One load with the unminified build and the sampling profiler: where the room page's time goes. */
async function profileRun() {
  log('building the extension unminified');
  execFileSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: root, env: { ...process.env, MODERATO_UNMINIFIED: '1' }, stdio: 'ignore' });
  const extensionDir = join(root, '.output', 'unminified', 'chrome-mv3');
  const server = await startDemoServer({ port: 0 });
  try {
    log(`profiling one ${CONFIG.seconds} s load with ${extensionDir}`);
    const run = await loadRun(true, { server, extensionDir }, { profileTop: 25 });
    console.log(`room main thread ${fmt(run.mainThreadMs.TaskDuration)} ms`);
    for (const [where, profile] of [['Content script', run.profile.room], ['Side panel', run.profile.panel], ['Service worker', run.profile.serviceWorker]]) {
      if (!profile) continue;
      console.log(`\n${where}: ${profile.extensionSamples} of ${profile.samples} samples (${fmt(profile.extensionMs)} ms) in ${profile.wakeups} wake-ups`);
      for (const [title, rows] of [['self (leaf frame)', profile.top], ['total (on the stack)', profile.topInclusive]]) {
        console.log(table(`${where}, ${title}`, [['function', 'samples'], ...rows.map((row) => [row.function, row.samples])]));
      }
    }
    console.log(`panel chat total ${run.panelCounts.chatTotal} of ${run.room.messages} room messages; latency p95 ${fmt(run.latency.all.p95, 0)} ms`);
  } finally {
    await server.close();
  }
}

async function main() {
  const t0 = Date.now();
  // A copy of the build: other work may rebuild .output while the benchmark runs.
  const extensionDir = mkdtempSync(join(os.tmpdir(), 'moderato-bench-ext-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const server = await startDemoServer({ port: 0 });
  const shared = { server, extensionDir };
  let chromium = 'unknown';
  try {
    log(`mode ${CONFIG.mode}; load runs of ${CONFIG.seconds} s, ${CONFIG.rounds} round(s) each, alternating without/with`);
    if (!procAvailable()) log('no /proc here: CPU figures will be NaN');
    const loads = [];
    for (let round = 0; round < CONFIG.rounds; round++) {
      for (const withExtension of [false, true]) {
        log(`load round ${round + 1}, ${withExtension ? 'with' : 'without'} Moderato`);
        loads.push(await loadRun(withExtension, shared));
      }
    }
    const chatIdle = [];
    for (const withExtension of [false, true]) {
      log(`${CONFIG.chatMessages} messages then ${CONFIG.idleSeconds} s quiet, ${withExtension ? 'with' : 'without'} Moderato`);
      chatIdle.push(await chatAndIdleRun(withExtension, shared));
    }
    {
      const { context, profile } = await launchBrowser({ headless: true, extension: false });
      chromium = context.browser()?.version() ?? 'unknown';
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    log('pure core');
    const core = await benchCore(CONFIG.core);
    const bundles = bundleSizes(extensionDir);
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
      contentScriptSha256: createHash('sha256').update(readFileSync(join(extensionDir, CONTENT_SCRIPT))).digest('hex'),
    };
    const result = {
      date: new Date().toISOString(),
      build,
      config: CONFIG,
      budgets: BUDGETS,
      machine,
      notes: {
        mainThread: 'CDP Performance.getMetrics deltas on the room page, timeDomain threadTicks (thread CPU time), in ms',
        extensionCpu: 'utime+stime of the browser\'s renderer processes started with --extension-process (service worker and side panel), from /proc',
        latency: 'Date.now() at emit in the room page, Date.now() at first DOM appearance in the side panel (MutationObserver); markers never seen are counted as missed',
        idle: 'CDP Profiler sampling (1 ms) on the room page; samples with a chrome-extension:// frame on the stack are the content script; a wakeup is a run of consecutive such samples',
        serviceWorkerHeap: 'Runtime.getHeapUsage on the service worker target after HeapProfiler.collectGarbage, through a browser-level CDP session',
      },
      loads,
      chatIdle,
      bundles,
      core,
      durationSeconds: NaN,
    };
    result.summary = summarise(loads, chatIdle, bundles, core, machine);
    result.durationSeconds = (Date.now() - t0) / 1000;
    const outFile = outArg ? resolve(outArg) : join(root, 'bench-results', `bench-${result.date.replace(/[:.]/g, '-')}.json`);
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(result, (key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2));
    printReport(result);
    console.log(`\nWhole run: ${fmt(result.durationSeconds, 0)} s. Results: ${outFile}`);
  } finally {
    await server.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

/** `--load-only`: the alternating load rounds alone, for quick comparisons while optimising. */
async function loadOnlyRun() {
  const extensionDir = mkdtempSync(join(os.tmpdir(), 'moderato-bench-ext-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const server = await startDemoServer({ port: 0 });
  try {
    const loads = [];
    for (let round = 0; round < CONFIG.rounds; round++) {
      for (const withExtension of [false, true]) {
        log(`load round ${round + 1}, ${withExtension ? 'with' : 'without'} Moderato`);
        loads.push(await loadRun(withExtension, { server, extensionDir }));
      }
    }
    for (let round = 0; round < CONFIG.rounds; round++) {
      const [a, b] = [loads[2 * round].mainThreadMs, loads[2 * round + 1].mainThreadMs];
      console.log(`round ${round + 1}: TaskDuration ${fmt(a.TaskDuration)} → ${fmt(b.TaskDuration)} ms (${fmt(((b.TaskDuration - a.TaskDuration) / a.TaskDuration) * 100)} %), script +${fmt(b.ScriptDuration - a.ScriptDuration)} ms, layout +${fmt(b.LayoutDuration - a.LayoutDuration)} ms; latency p95 ${fmt(loads[2 * round + 1].latency.all.p95, 0)} ms`);
    }
  } finally {
    await server.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

await (profileMode ? profileRun() : argv.includes('--load-only') ? loadOnlyRun() : main());
