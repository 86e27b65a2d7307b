// The cost of reading BigBlueButton's own attendance record (issue 27), in Node: what the room
// page does on each read (parse the API's answer, validate it with valibot, fingerprint each
// person to send only changes) and what the panel's attendance does with the record (reconcile
// it with the page's rows), for a class of `participants`. Reads happen every 12 s while the room
// tab is visible (room/serverRecordPoller.ts): 300 an hour.
// `node test/bench/serverRecord.mjs [participants]` prints the figures; run.mjs includes them.
import { pathToFileURL } from 'node:url';
import { importBundled, time } from './nodeModules.mjs';

const READS_PER_HOUR = 3600 / 12;

const loadModules = () =>
  importBundled('lad', {
    'core/session/serverRecord.ts': '{ readServerAnswer }',
    'core/session/attendance.ts': '{ attendance }',
    'test/support/session.ts': '* as builders',
  });

/** The API's answer for a class: BBB's envelope around the record (sessions shape), 1–3 stays each. */
function answerText(participants, start) {
  const users = {};
  for (let p = 0; p < participants; p++) {
    const stays = 1 + (p % 3);
    const sessions = Array.from({ length: stays }, (_, s) => ({ registeredOn: start + (p * 7 + s * 600) * 1000, leftOn: s === stays - 1 ? 0 : start + (p * 7 + s * 600 + 300) * 1000 }));
    const key = `ext-${p}-1`;
    users[key] = {
      userKey: key,
      extId: `ext-${p}`,
      name: `Élève ${String(p + 1).padStart(3, '0')}`,
      isModerator: p === 0,
      isDialIn: false,
      currentIntId: `w_${p}`,
      intIds: { [`w_${p}`]: { intId: `w_${p}`, sessions, userLeftFlag: false } },
      talk: { totalTime: 0, lastTalkStartedOn: 0 },
      reactions: [],
      raiseHand: [],
      away: [],
      webcams: [],
      totalOfMessages: 0,
    };
  }
  const record = { intId: 'm', extId: 'm', name: 'Maths', createdOn: start, endedOn: 0, users, polls: {}, screenshares: [] };
  return JSON.stringify({ response: { returncode: 'SUCCESS', data: JSON.stringify(record), sessionToken: 't' } }, null, 2);
}

export async function benchServerRecord({ participants = 500, runs = 20 } = {}) {
  const m = await loadModules();
  const start = m.builders.T0;
  const text = answerText(participants, start);
  // One read in the room page: parse, validate, fingerprint every person (room/serverRecordPoller.ts).
  const read = time(() => {
    const reading = m.readServerAnswer(JSON.parse(text));
    for (const person of reading.people) JSON.stringify(person);
    return reading;
  }, runs);
  if (read.result.status !== 'ok') throw new Error(`bench record rejected: ${read.result.detail}`);
  // The panel's attendance with the whole record in the log, against the page's rows alone.
  const now = start + 4 * 3600_000;
  const pageLog = [m.builders.sessionStarted(start), ...read.result.people.slice(0, 50).map((p, i) => m.builders.joined(start + i, `page-${i}`, p.name))];
  const serverLog = [...pageLog, ...read.result.people.map((person) => ({ type: 'server.person', person, at: start + 60_000 })), { type: 'server.read', status: 'ok', at: start + 60_000 }];
  const pageOnly = time(() => m.attendance(pageLog, now), runs);
  const withServer = time(() => m.attendance(serverLog, now), runs);
  return {
    participants,
    answerBytes: Buffer.byteLength(text),
    readsPerHour: READS_PER_HOUR,
    readMs: read.ms,
    roomMsPerHour: read.ms * READS_PER_HOUR,
    roomCpuPercentOfCore: (read.ms * READS_PER_HOUR) / 3600_000 * 100,
    attendancePageOnlyMs: pageOnly.ms,
    attendanceWithServerMs: withServer.ms,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const participants of process.argv[2] ? [Number(process.argv[2])] : [80, 500]) {
    const r = await benchServerRecord({ participants });
    console.log(
      `${participants} people: answer ${(r.answerBytes / 1024).toFixed(0)} kB; one read ${r.readMs.toFixed(2)} ms in the room page, ` +
        `${r.readsPerHour} reads an hour = ${r.roomMsPerHour.toFixed(0)} ms an hour (${r.roomCpuPercentOfCore.toFixed(4)} % of a core); ` +
        `attendance with the record ${r.attendanceWithServerMs.toFixed(2)} ms (page alone ${r.attendancePageOnlyMs.toFixed(2)} ms)`,
    );
  }
}
