// The README's benchmark table, made from a results file (test/bench/results/latest.json by
// default), so every figure the README quotes can be checked against the run that produced it.
// `node test/bench/readmeTable.mjs [file]` prints it; readmeTable.test.ts checks the README holds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LATEST_RESULTS = join(import.meta.dirname, 'results', 'latest.json');

const KB = 1024;
const MB = 1024 * 1024;
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : String(value));
const count = (value) => value.toLocaleString('en-US');

function verdictText(v) {
  if (!v.met) return '**missed**';
  return v.aimMet === false ? 'met (aim missed)' : 'met';
}

/** The markdown table, one row per budget, from a results object as run.mjs writes it. */
export function readmeTable(result) {
  const { figures: f, verdicts: v, latency } = result.summary;
  const aim = (verdict, unit) => (verdict.aim === null ? '' : ` (aim ${verdict.aim}${unit})`);
  /** @type {string[][]} */
  const rows = [
    [
      `Room page main-thread overhead ≤ ${v.mainThreadOverheadPct.max} %${aim(v.mainThreadOverheadPct, ' %')}`,
      `${fixed(v.mainThreadOverheadPct.value, 1)} % ± ${fixed(v.mainThreadOverheadPct.ci95, 1)} (rounds ${fixed(f['load.mainThread.TaskDuration.roundOverheadPct.min'], 1)} to ${fixed(f['load.mainThread.TaskDuration.roundOverheadPct.max'], 1)} %)`,
      verdictText(v.mainThreadOverheadPct),
    ],
    [
      `Latency, room → side panel, p95 ≤ ${v.latencyP95Ms.max} ms${aim(v.latencyP95Ms, ' ms')}`,
      `p50 ${fixed(f['latency.all.p50Ms'], 0)} ms, p95 ${fixed(f['latency.all.p95Ms'], 0)} ms, max ${fixed(f['latency.all.maxMs'], 0)} ms; ${count(latency.all.sent - latency.all.missed)} of ${count(latency.all.sent)} events seen`,
      verdictText(v.latencyP95Ms),
    ],
    [
      `Quiet room: content-script wake-ups in a minute ≤ ${v.idleContentScriptWakeups.max} (two per read of the server's record, nothing else)`,
      `${v.idleContentScriptWakeups.value} wake-ups in a quiet minute; extension CPU ${fixed(f['idle.extensionCpuSeconds'], 2)} s`,
      verdictText(v.idleContentScriptWakeups),
    ],
    [
      `Content script ≤ ${v.contentScriptGzipBytes.max / KB} KB gzip`,
      `${fixed(v.contentScriptGzipBytes.value / KB, 1)} KB`,
      verdictText(v.contentScriptGzipBytes),
    ],
    [
      `Room-page heap growth ≤ ${v.chatHeapGrowthBytes.max / MB} MB over ${count(result.config.chatMessages)} messages`,
      `+${fixed(v.chatHeapGrowthBytes.value / MB, 1)} MB more than the plain room`,
      verdictText(v.chatHeapGrowthBytes),
    ],
    [
      `Report + CSV (${result.config.core.hours} h, ${result.config.core.participants} people, ${count(result.config.core.messages)} messages) ≤ ${v.reportPlusCsvMs.max} ms`,
      `${fixed(v.reportPlusCsvMs.value, 0)} ms`,
      verdictText(v.reportPlusCsvMs),
    ],
  ];
  // Figures without a budget of their own, when the run has them (runs before these existed do not).
  const overheadMax = v.mainThreadOverheadPct.max;
  for (const version of Object.keys(result.summary.rooms ?? {}).filter((room) => room !== result.config.rooms?.[0])) {
    const overhead = f[`load.byRoom.${version}.overheadPct`];
    if (!Number.isFinite(overhead)) continue;
    rows.push([
      `Overhead on the BigBlueButton ${version} room (React, as the real client) ≤ ${overheadMax} %`,
      `${fixed(overhead, 1)} % ± ${fixed(f[`load.byRoom.${version}.overheadPct.ci95`], 1)}; latency p95 ${fixed(f[`load.byRoom.${version}.latency.all.p95Ms`], 0)} ms, ${count(f[`load.byRoom.${version}.latency.all.missed`])} missed`,
      overhead <= overheadMax ? 'met' : '**missed**',
    ]);
  }
  if (Number.isFinite(f['load.panelTaskDurationMs'])) {
    rows.push(['Side panel main-thread time per load round (no budget)', `${count(Math.round(f['load.panelTaskDurationMs']))} ms per ${result.config.seconds ?? result.config.load?.seconds ?? 24} s round`, '—']);
  }
  if (Number.isFinite(f['serverRecord.readMs'])) {
    rows.push([
      `Reading BigBlueButton's attendance record, ${count(result.config.core.participants)} people (no budget: it should be negligible)`,
      `${fixed(f['serverRecord.answerBytes'] / KB, 0)} KB answer, ${fixed(f['serverRecord.readMs'], 1)} ms a read in the room page, ${fixed(f['serverRecord.roomMsPerHour'] / 1000, 1)} s an hour at one read every 12 s`,
      'negligible',
    ]);
  }
  return ['| Budget | Figure | Verdict |', '|---|---|---|', ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

export function readResults(file = LATEST_RESULTS) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

if (process.argv[1] === import.meta.filename) console.log(readmeTable(readResults(process.argv[2])));
