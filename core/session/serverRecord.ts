/**
 * Reads BigBlueButton's Learning Analytics Dashboard answer (the server's own attendance record)
 * into ServerPersons. The answer is input like any other: it is validated whole, and one that does
 * not have the expected shape is rejected with a reason, never used in part.
 * The shapes, and the BBB sources they come from: docs/platforms/bbb-learning-dashboard.md.
 */
import * as v from 'valibot';
import type { ServerPerson, ServerReadStatus } from './events';

/** Far above any class; an answer beyond it is not what BBB sends. */
const MAX_DATA_CHARS = 20_000_000;
const MAX_USERS = 5_000;
const MAX_SESSIONS = 2_000;
/** Bounds, not expectations: an LMS's user ids can be long, and so can a display name. */
const MAX_ID_CHARS = 2_000;
const MAX_NAME_CHARS = 20_000;

const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const session = v.pipe(
  v.object({ registeredOn: time, leftOn: time }),
  v.check((s) => s.registeredOn > 0 && (s.leftOn === 0 || s.leftOn >= s.registeredOn), 'a session leaves before it joins'),
);

/** Since late 2024 (BBB PR #21433): each internal id holds a list of sessions. */
const sessionsShape = v.object({ sessions: v.pipe(v.array(session), v.maxLength(MAX_SESSIONS)) });
/** Before: each internal id holds one flat session. */
const flatShape = session;

const user = v.object({
  userKey: text(MAX_ID_CHARS),
  extId: text(MAX_ID_CHARS),
  name: text(MAX_NAME_CHARS),
  isModerator: v.boolean(),
  intIds: v.record(text(MAX_ID_CHARS), v.union([sessionsShape, flatShape], 'an internal id has neither `sessions` nor `registeredOn`/`leftOn`')),
});

const meetingData = v.object({
  users: v.pipe(
    v.record(text(MAX_ID_CHARS), user),
    v.check((users) => Object.keys(users).length <= MAX_USERS, 'too many users'),
  ),
});

const envelope = v.object({
  response: v.variant('returncode', [
    v.object({ returncode: v.literal('SUCCESS'), data: v.pipe(v.string(), v.maxLength(MAX_DATA_CHARS)) }),
    v.object({ returncode: v.literal('FAILED'), message: v.optional(text(1000)) }),
  ]),
});

export type ServerReading =
  | { status: 'ok'; people: ServerPerson[] }
  | { status: Exclude<ServerReadStatus, 'ok'>; detail: string };

/** BBB's refusal messages (ApiController.learningDashboard), to the states Moderato tells apart. */
const REFUSALS: Record<string, Exclude<ServerReadStatus, 'ok'>> = {
  'Learning Dashboard disabled for this meeting': 'disabled',
  'Access denied': 'denied',
  'Invalid Session': 'denied',
  'Meeting not found': 'not-running',
  'Learning Dashboard data not found': 'no-data',
};

/** `answer`: the endpoint's JSON body, already parsed (anything: it is checked here). */
export function readServerAnswer(answer: unknown): ServerReading {
  const outer = v.safeParse(envelope, answer);
  if (!outer.success) return malformed('the answer', outer.issues);
  const response = outer.output.response;
  if (response.returncode === 'FAILED') {
    const message = response.message ?? '';
    // Own keys only: a message such as "constructor" must not find Object's.
    return { status: Object.hasOwn(REFUSALS, message) ? REFUSALS[message]! : 'unreachable', detail: message || 'FAILED without a message' };
  }
  let data: unknown;
  try {
    data = JSON.parse(response.data);
  } catch {
    return { status: 'malformed', detail: 'the record is not JSON' };
  }
  const parsed = v.safeParse(meetingData, data);
  if (!parsed.success) return malformed('the record', parsed.issues);
  return { status: 'ok', people: Object.values(parsed.output.users).flatMap((u) => toPerson(u) ?? []) };
}

function malformed(what: string, issues: readonly v.BaseIssue<unknown>[]): ServerReading {
  const issue = issues[0]!;
  const path = v.getDotPath(issue);
  return { status: 'malformed', detail: `${what}${path ? ` at ${path}` : ''}: ${issue.message}` };
}

function toPerson(user: v.InferOutput<typeof meetingData>['users'][string]): ServerPerson | null {
  const raw = Object.values(user.intIds).flatMap((entry) => ('sessions' in entry ? entry.sessions : [entry]));
  const intervals = mergeIntervals(raw.map((s) => ({ joinedAt: s.registeredOn, leftAt: s.leftOn === 0 ? null : s.leftOn })));
  if (intervals.length === 0) return null;
  const ids = [...Object.keys(user.intIds), user.extId].filter((id, index, all) => id !== '' && all.indexOf(id) === index);
  return { key: user.userKey, name: user.name, moderator: user.isModerator, ids, intervals };
}

type Interval = ServerPerson['intervals'][number];

/** Two tabs of one person overlap: presence is their union, in time order. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.joinedAt - b.joinedAt);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && (last.leftAt === null || next.joinedAt <= last.leftAt)) {
      if (last.leftAt !== null) last.leftAt = next.leftAt === null ? null : Math.max(last.leftAt, next.leftAt);
    } else {
      merged.push({ ...next });
    }
  }
  return merged;
}
