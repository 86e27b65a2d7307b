/**
 * Reads BigBlueButton's own attendance record (the Learning Analytics Dashboard API) from the room
 * page, on the room's origin, as BBB's dashboard does: GET with the session token and the origin's
 * cookies, nothing sent but the token. What it requests, how often and why:
 * docs/platforms/bbb-learning-dashboard.md.
 *
 * - Every 12 s while the tab is visible; once more when it turns hidden (the class is being left
 *   or closed) and when the session ends; nothing while hidden. A refusal or an error slows the
 *   pace (doubling, as BBB's dashboard does, up to 5 min); a meeting with the record disabled is
 *   not asked again.
 * - Sends only what changed: a person whose record changed, and a `server.read` when the
 *   outcome changed, or at most once a minute to say the record was read (a quiet class wakes
 *   the extension's worker no more than that).
 * - A malformed answer is reported once (the outcome did not change after that) and ignored.
 */
import { readServerAnswer } from '../core/session/serverRecord';
import type { RoomEvent, ServerPerson, ServerReadStatus } from '../core/session/events';

export const READ_EVERY_MS = 12_000;
const MAX_BACKOFF_MS = 5 * 60_000;
/** A successful read that changed nothing is still told this often (Animer's "last read"). */
export const STILL_READ_EVERY_MS = 60_000;

export interface ServerAnswer {
  status: number;
  text: string;
}

export interface ServerRecordPollerOptions {
  doc: Document;
  /** The moderator's BBB session token; null when the page gives none. */
  sessionToken: string | null;
  /** Same-origin GET of `path`; rejects on a network error. Injected for the tests. */
  get(path: string, signal: AbortSignal): Promise<ServerAnswer>;
  send(events: RoomEvent[]): void;
  now(): number;
  signal: AbortSignal;
}

export function startServerRecordPoller({ doc, sessionToken, get, send, now, signal }: ServerRecordPollerOptions) {
  const sentPeople = new Map<string, string>();
  let lastOutcome = '';
  let lastToldAt = Number.NEGATIVE_INFINITY;
  let failures = 0;
  let stopped = false;
  let inFlight = false;
  let askedAgain = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  if (!sessionToken) {
    send([{ type: 'server.read', status: 'no-token', detail: 'the page gives no session token' }]);
    return { readNow: () => undefined };
  }
  const path = `/bigbluebutton/api/learningDashboard?sessionToken=${encodeURIComponent(sessionToken)}`;

  const visible = () => doc.visibilityState === 'visible';

  function schedule() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (stopped || signal.aborted || !visible()) return;
    const wait = Math.min(READ_EVERY_MS * 2 ** failures, MAX_BACKOFF_MS);
    timer = setTimeout(() => void read().then(schedule), wait);
  }

  async function read(): Promise<void> {
    if (stopped || signal.aborted) return;
    // Asked while a read is under way (the session ends, the tab turns hidden): that read's
    // answer may predate what the ask is for, so one more follows it.
    if (inFlight) return void (askedAgain = true);
    inFlight = true;
    try {
      const reading = await fetchReading();
      if (signal.aborted) return;
      if (reading.status === 'ok') {
        failures = 0;
        report('ok', undefined, changedPeople(reading.people));
      } else {
        failures += 1;
        // Set per meeting when it is created: it will not turn on during the class.
        if (reading.status === 'disabled') stopped = true;
        report(reading.status, reading.detail, []);
      }
    } finally {
      inFlight = false;
    }
    if (askedAgain) {
      askedAgain = false;
      await read();
    }
  }

  async function fetchReading(): Promise<ReturnType<typeof readServerAnswer>> {
    let answer: ServerAnswer;
    try {
      answer = await get(path, signal);
    } catch (error) {
      return { status: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
    }
    if (answer.status < 200 || answer.status > 299) return { status: 'unreachable', detail: `HTTP ${answer.status}` };
    let json: unknown;
    try {
      json = JSON.parse(answer.text);
    } catch {
      return { status: 'malformed', detail: 'the answer is not JSON' };
    }
    return readServerAnswer(json);
  }

  function changedPeople(people: ServerPerson[]): RoomEvent[] {
    const changed: RoomEvent[] = [];
    for (const person of people) {
      const text = JSON.stringify(person);
      if (sentPeople.get(person.key) === text) continue;
      sentPeople.set(person.key, text);
      changed.push({ type: 'server.person', person });
    }
    return changed;
  }

  function report(status: ServerReadStatus, detail: string | undefined, people: RoomEvent[]) {
    const outcome = `${status}|${detail ?? ''}`;
    const due = now() - lastToldAt >= STILL_READ_EVERY_MS;
    if (people.length === 0 && outcome === lastOutcome && !(status === 'ok' && due)) return;
    lastOutcome = outcome;
    lastToldAt = now();
    send([...people, { type: 'server.read', status, ...(detail ? { detail } : {}) }]);
  }

  const onVisibility = () => {
    // Turning hidden: the last read before the tab sleeps or closes. Visible again: read now.
    void read();
    schedule();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  signal.addEventListener('abort', () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    if (timer !== null) clearTimeout(timer);
  }, { once: true });

  if (visible()) void read().then(schedule);

  /** The session ends: one more read, so the record's last leaves are in. */
  return { readNow: () => void read() };
}

/** The browser's same-origin GET: the origin's cookies, no redirect followed elsewhere. */
export async function sameOriginGet(path: string, signal: AbortSignal): Promise<ServerAnswer> {
  const response = await fetch(new URL(path, location.origin), { credentials: 'same-origin', cache: 'no-store', redirect: 'error', signal });
  return { status: response.status, text: await response.text() };
}
