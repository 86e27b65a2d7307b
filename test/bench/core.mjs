// The pure core at scale, in Node: a 4-hour session log (participants with join/leave churn,
// hands, talk, chat), then attendance(), sessionReport() and attendanceCsv() timed.
// The TypeScript modules are bundled for Node by nodeModules.mjs.
import { performance } from 'node:perf_hooks';
import { importBundled, time } from './nodeModules.mjs';

const loadCore = () =>
  importBundled('core', {
    'core/session/attendance.ts': '{ attendance }',
    'core/report/report.ts': '{ sessionReport }',
    'core/export/csv.ts': '{ attendanceCsv }',
    'test/support/session.ts': '* as builders',
  });

/** A small seeded generator (mulberry32), so every run builds the same log. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The session log: `participants` people arriving over the first 20 minutes (a tenth of them
 * late), each leaving and rejoining 0–3 times with a new id (as BigBlueButton gives on rejoin),
 * `messages` chat messages, a hand and a talk for about one event in ten, then session.ended.
 */
export function buildSessionLog(b, { participants, messages, hours, seed = 7 }) {
  const random = rng(seed);
  const start = b.T0;
  const end = start + hours * 3600_000;
  const events = [b.sessionStarted(start)];
  events.push(b.joined(start, 'you', 'Mme Lefort', { role: 'moderator', you: true, presenter: true }));
  const presence = []; // [name, id, from, to]
  for (let p = 0; p < participants; p++) {
    const name = `Élève ${String(p + 1).padStart(3, '0')}`;
    let at = start + (random() < 0.1 ? 20 + random() * 40 : random() * 20) * 60_000;
    const reconnections = Math.floor(random() * 4);
    for (let c = 0; c <= reconnections && at < end; c++) {
      const id = `u${p}-${c}`;
      const last = c === reconnections;
      const leave = last ? (random() < 0.8 ? null : at + random() * (end - at)) : at + random() * ((end - at) / (reconnections - c + 1));
      events.push(b.joined(at, id, name));
      if (leave !== null) events.push(b.left(leave, id));
      presence.push([name, id, at, leave ?? end]);
      at = (leave ?? end) + random() * 120_000;
    }
  }
  const someone = (at) => {
    for (let tries = 0; tries < 20; tries++) {
      const p = presence[Math.floor(random() * presence.length)];
      if (p[2] <= at && at < p[3]) return p;
    }
    return ['Mme Lefort', 'you', start, end]; // nobody found quickly: the teacher writes
  };
  for (let m = 0; m < messages; m++) {
    const at = start + random() * (end - start);
    const p = someone(at);
    events.push(b.chat(at, `m${m}`, p[0], random() < 0.1 ? `Question ${m} : pourquoi ?` : `message ${m}`));
    if (m % 10 === 0) {
      events.push(b.handUp(at + 1, p[1]), b.handDown(Math.min(p[3] - 1, at + 60_000), p[1]));
      events.push(b.talkOn(at + 2, p[1]), b.talkOff(Math.min(p[3] - 1, at + 20_000), p[1]));
    }
  }
  events.push({ type: 'session.ended', at: end });
  events.sort((x, y) => x.at - y.at);
  events.forEach((event, seq) => (event.seq = seq));
  return { events, end };
}

export async function benchCore({ participants = 500, messages = 20_000, hours = 4, runs = 5 } = {}) {
  const core = await loadCore();
  const t = performance.now();
  const { events, end } = buildSessionLog(core.builders, { participants, messages, hours });
  const buildMs = performance.now() - t;
  const now = end + 60_000;
  const att = time(() => core.attendance(events, now), runs);
  const report = time(() => core.sessionReport(events, now), runs);
  const csv = time(() => core.attendanceCsv(core.attendance(events, now), { style: 'excel-fr', title: 'Mathématiques 4e B' }), runs);
  return {
    log: { participants, messages, hours, events: events.length, attendanceRows: att.result.rows.length, buildMs },
    attendanceMs: att.ms,
    sessionReportMs: report.ms,
    attendanceCsvMs: csv.ms,
    // What an export does: the report, plus attendance turned into CSV.
    reportPlusCsvMs: report.ms + csv.ms,
    csvBytes: csv.result.bytes.length,
    runs: { attendance: att.runs, sessionReport: report.runs, attendanceCsv: csv.runs },
  };
}
