// `node test/bench/reader.mjs`: what the BigBlueButton reader alone costs a busy room, or how a
// change to it compares with another version of it. No extension: the reader is bundled from
// the source (esbuild, milliseconds) and injected by CDP into a world of the room page, so a
// change to the reader is measured in a few minutes without building the extension.
//
// Each round opens two rooms side by side, as the main benchmark does (pair.mjs), under the same
// load; one room gets the candidate reader, the other the baseline. Which room gets which
// alternates every round, and which one starts first every two rounds: the room started first
// costs more (the bench README), so only the mean over a multiple of 4 rounds is fair.
//   --against <git ref>   baseline: the reader of that commit (default: no reader at all)
//   --world main          inject into the page's own world (default: an isolated world, as a
//                         content script runs)
// Env: BENCH_SECONDS (24), BENCH_ROUNDS (8).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { launchBrowser } from '../demo/browser.mjs';
import { benchRoomUrl, pageInOwnWindow, startRoomServers } from './pair.mjs';
import { mainThreadDelta, pageProbe } from './metrics.mjs';
import { BENCH_LOAD, loadStarts, meanWithInterval, populateRoom, startLoadAt } from './load.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : null);
const against = option('--against');
const world = option('--world') ?? 'isolated';
const SECONDS = Number(process.env.BENCH_SECONDS || 24);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 8);
const usage = (problem) => {
  console.error(`reader.mjs: ${problem}\nUsage: node test/bench/reader.mjs [--against <git ref>] [--world isolated|main]; env BENCH_SECONDS, BENCH_ROUNDS`);
  process.exit(2);
};
if (argv.includes('--against') && !against) usage('--against needs a git ref (a commit, a branch, HEAD…)');
if (!['isolated', 'main'].includes(world)) usage(`--world is "isolated" or "main", not "${world}"`);
if (!(Number.isInteger(ROUNDS) && ROUNDS > 0)) usage(`BENCH_ROUNDS must be a whole number of rounds, not "${process.env.BENCH_ROUNDS}"`);
if (!(SECONDS > 0)) usage(`BENCH_SECONDS must be a number of seconds, not "${process.env.BENCH_SECONDS}"`);
if (ROUNDS % 4 !== 0) console.log(`note: ${ROUNDS} rounds do not balance the start order (a multiple of 4 does)`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The probe bundled from the source tree at `sourceRoot`. */
async function bundleProbe(sourceRoot) {
  const result = await build({
    entryPoints: [join(sourceRoot, 'test', 'bench', 'readerProbe.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** The reader's sources at a commit, extracted to a temporary directory (it imports no package). */
function checkoutOf(ref) {
  const dir = mkdtempSync(join(os.tmpdir(), 'moderato-reader-'));
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    usage(`--against ${ref}: no such commit in this repository`);
  }
  // The reader's folders at that commit (the pure core moved under core/ at one point).
  const top = execFileSync('git', ['ls-tree', '--name-only', ref], { cwd: root, encoding: 'utf8' }).split('\n');
  const folders = ['platforms', 'core', 'session', 'packs'].filter((name) => top.includes(name));
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(ref)} ${folders.join(' ')} | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });
  // Today's probe around that commit's reader: the two differ by the reader only.
  mkdirSync(join(dir, 'test', 'bench'), { recursive: true });
  copyFileSync(join(root, 'test', 'bench', 'readerProbe.ts'), join(dir, 'test', 'bench', 'readerProbe.ts'));
  return dir;
}

/** Runs `code` in the room page's chosen world; returns how to read the probe's counts. */
async function inject(cdp, code) {
  let contextId;
  if (world !== 'main') {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'moderato-reader' }));
  }
  const inWorld = contextId ? { contextId } : {};
  const result = await cdp.send('Runtime.evaluate', { expression: code, ...inWorld });
  if (result.exceptionDetails) throw new Error(`the reader failed to start: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  return async () => (await cdp.send('Runtime.evaluate', { expression: '__readerProbe()', returnByValue: true, ...inWorld })).result.value;
}

const candidate = { name: 'working tree', code: await bundleProbe(root) };
let baseline = { name: 'no reader', code: null };
if (against) {
  const dir = checkoutOf(against);
  try {
    baseline = { name: against, code: await bundleProbe(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`reader bench: ${candidate.name} against ${baseline.name}, ${world} world, ${ROUNDS} rounds of ${SECONDS} s`);

const servers = await startRoomServers();
const overheads = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    // Index in the rooms of the candidate; the order in which the rooms start.
    const candidateOn = round % 2;
    const order = Math.floor(round / 2) % 2 === 0 ? [candidateOn, 1 - candidateOn] : [1 - candidateOn, candidateOn];
    const { context, profile } = await launchBrowser({ headless: true, extension: false });
    try {
      const pages = [];
      for (const server of servers) {
        const page = await pageInOwnWindow(context);
        await page.goto(benchRoomUrl(server, BENCH_LOAD.seed));
        await page.waitForFunction(() => Boolean(window.bbbSim));
        pages.push(page);
      }
      // A page in its own window, as the side panel is in the main benchmark: as many drawn pages.
      await pageInOwnWindow(context);
      for (const index of order) await pages[index].evaluate(populateRoom, { count: BENCH_LOAD.participants, hands: 20 });
      const probes = await Promise.all(pages.map((page) => pageProbe(context, page)));
      const counts = [];
      for (const [index, { code }] of [[candidateOn, candidate], [1 - candidateOn, baseline]]) {
        counts[index] = code ? await inject(probes[index].cdp, code) : null;
      }
      await sleep(3000);
      const start = [];
      for (const index of order) start[index] = await probes[index].metrics();
      const starts = loadStarts(order.length, BENCH_LOAD);
      await Promise.all(order.map((index, position) => pages[index].evaluate(startLoadAt, { at: starts[position], load: BENCH_LOAD })));
      await sleep(SECONDS * 1000);
      const end = [];
      for (const index of order) end[index] = await probes[index].metrics();
      const [withCandidate, withBaseline] = [candidateOn, 1 - candidateOn].map((index) => mainThreadDelta(start[index], end[index]));
      const read = await Promise.all([candidateOn, 1 - candidateOn].map((index) => counts[index]?.() ?? null));
      if (read[0].errors > 0 || (read[1]?.errors ?? 0) > 0) throw new Error(`a reader reported errors: ${JSON.stringify(read)}`);
      const overhead = (withCandidate.TaskDuration / withBaseline.TaskDuration - 1) * 100;
      overheads.push(overhead);
      console.log(
        `round ${round + 1}: ${baseline.name} ${fmt(withBaseline.TaskDuration, 0)} ms → ${candidate.name} ${fmt(withCandidate.TaskDuration, 0)} ms (${fmt(overhead)} %), ` +
          `script ${fmt(withBaseline.ScriptDuration, 0)} → ${fmt(withCandidate.ScriptDuration, 0)}; ${order[0] === candidateOn ? 'candidate' : 'baseline'} started first; events read ${read.map((r) => r?.events ?? '–').join(' / ')}`,
      );
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
}
const { mean, halfWidth95 } = meanWithInterval(overheads);
const byOrder = (first) => overheads.filter((_, round) => (Math.floor(round / 2) % 2 === 0) === first);
const average = (list) => list.reduce((sum, x) => sum + x, 0) / list.length;
console.log(`${candidate.name} against ${baseline.name}: ${fmt(mean)} % ± ${fmt(halfWidth95)} of the room's TaskDuration over ${overheads.length} rounds (candidate started first: ${fmt(average(byOrder(true)))} %, second: ${fmt(average(byOrder(false)))} %)`);
