import { READ_EVERY_MS, startServerRecordPoller, STILL_READ_EVERY_MS, type ServerAnswer } from './serverRecordPoller';
import type { RoomEvent } from '../core/session/events';

/** A page whose visibility the test sets, as the browser would. */
function page(state: 'visible' | 'hidden' = 'visible') {
  const doc = new EventTarget() as EventTarget & { visibilityState: string };
  doc.visibilityState = state;
  return {
    doc: doc as unknown as Document,
    set(next: 'visible' | 'hidden') {
      doc.visibilityState = next;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

const record = (users: object) => JSON.stringify({ response: { returncode: 'SUCCESS', data: JSON.stringify({ users }), sessionToken: 't' } });
const alice = (leftOn: number) => ({
  a: { userKey: 'a', extId: 'ext-a', name: 'Alice', isModerator: false, intIds: { w_a: { sessions: [{ registeredOn: 1000, leftOn }] } } },
});
const refused = (message: string) => JSON.stringify({ response: { returncode: 'FAILED', message } });

function start(answers: (() => ServerAnswer | Promise<ServerAnswer>)[], options: { visibility?: 'visible' | 'hidden'; token?: string | null } = {}) {
  const { doc, set } = page(options.visibility);
  const requests: string[] = [];
  const batches: RoomEvent[][] = [];
  const controller = new AbortController();
  let call = 0;
  const poller = startServerRecordPoller({
    doc,
    sessionToken: options.token === undefined ? 'tok en' : options.token,
    get: async (path) => {
      requests.push(path);
      const answer = answers[Math.min(call++, answers.length - 1)]!;
      return answer();
    },
    send: (events) => void batches.push(events),
    now: () => Date.now(),
    signal: controller.signal,
  });
  return { requests, batches, set, stop: () => controller.abort(), poller };
}

const kinds = (batches: RoomEvent[][]) => batches.map((batch) => batch.map((e) => (e.type === 'server.read' ? `read:${e.status}` : e.type === 'server.person' ? `person:${e.person.name}` : e.type)));

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

describe('startServerRecordPoller', () => {
  it("asks only the room's own API path with the session token, every 12 s while visible", async () => {
    const { requests, stop } = start([() => ({ status: 200, text: record(alice(0)) })]);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toEqual(['/bigbluebutton/api/learningDashboard?sessionToken=tok%20en']);
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * 3);
    expect(requests).toHaveLength(4);
    stop();
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * 3);
    expect(requests).toHaveLength(4);
  });

  it('sends a person only when their record changed, and says it read the record at most once a minute', async () => {
    let leftOn = 0;
    const { batches } = start([() => ({ status: 200, text: record(alice(leftOn)) })]);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * 2);
    expect(kinds(batches)).toEqual([['person:Alice', 'read:ok']]);
    leftOn = 5000;
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS);
    expect(kinds(batches)).toEqual([['person:Alice', 'read:ok'], ['person:Alice', 'read:ok']]);
    const second = batches[1]![0]!;
    expect(second.type === 'server.person' && second.person.intervals).toEqual([{ joinedAt: 1000, leftAt: 5000 }]);
    await vi.advanceTimersByTimeAsync(STILL_READ_EVERY_MS);
    expect(kinds(batches).at(-1)).toEqual(['read:ok']);
    expect(batches).toHaveLength(3);
  });

  it('reads nothing while the tab is hidden; reads once on hiding, and again when shown', async () => {
    const { requests, set } = start([() => ({ status: 200, text: record(alice(0)) })], { visibility: 'hidden' });
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * 5);
    expect(requests).toHaveLength(0);
    set('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    set('hidden');
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * 5);
    expect(requests).toHaveLength(2);
  });

  it('reports a malformed answer once and ignores it, then uses a good one', async () => {
    const answers = [
      () => ({ status: 200, text: record({ a: { userKey: 'a', name: 3 } }) }),
      () => ({ status: 200, text: '<html>' }),
      () => ({ status: 200, text: '<html>' }),
      () => ({ status: 200, text: record(alice(0)) }),
    ];
    const { batches } = start(answers);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * 2 + READ_EVERY_MS * 4 + READ_EVERY_MS * 8);
    expect(kinds(batches)).toEqual([['read:malformed'], ['read:malformed'], ['person:Alice', 'read:ok']]);
    expect(batches[0]![0]).toMatchObject({ detail: expect.stringMatching(/^the record at users\.a\./) });
    expect(batches[1]![0]).toMatchObject({ detail: 'the answer is not JSON' });
  });

  it('says once when the record is disabled, and stops asking', async () => {
    const { requests, batches } = start([() => ({ status: 200, text: refused('Learning Dashboard disabled for this meeting') })]);
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * 20);
    expect(requests).toHaveLength(1);
    expect(batches).toEqual([[{ type: 'server.read', status: 'disabled', detail: 'Learning Dashboard disabled for this meeting' }]]);
  });

  it('slows down on refusals and network errors, each state told once', async () => {
    const answers: (() => ServerAnswer)[] = [
      () => ({ status: 200, text: refused('Access denied') }),
      () => ({ status: 200, text: refused('Access denied') }),
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => ({ status: 502, text: 'Bad Gateway' }),
      () => ({ status: 200, text: refused('Meeting not found') }),
    ];
    const { requests, batches } = start(answers);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * (2 + 4 + 8 + 16) + 1);
    expect(requests).toHaveLength(5);
    expect(batches.map((b) => b.map((e) => (e.type === 'server.read' ? [e.status, e.detail] : null)))).toEqual([
      [['denied', 'Access denied']],
      [['unreachable', 'Failed to fetch']],
      [['unreachable', 'HTTP 502']],
      [['not-running', 'Meeting not found']],
    ]);
  });

  it('without a session token, says so and asks nothing', async () => {
    const { requests, batches } = start([() => ({ status: 200, text: '' })], { token: null });
    await vi.advanceTimersByTimeAsync(READ_EVERY_MS * 3);
    expect(requests).toHaveLength(0);
    expect(kinds(batches)).toEqual([['read:no-token']]);
  });

  it('reads once more when asked (the session ends)', async () => {
    const { requests, poller } = start([() => ({ status: 200, text: record(alice(0)) })]);
    await vi.advanceTimersByTimeAsync(0);
    poller.readNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(2);
  });

  it('reads once more at the end of the session even while a read is under way (its answer may predate the last leaves)', async () => {
    let answer!: (value: ServerAnswer) => void;
    const { requests, batches, poller } = start([
      () => new Promise<ServerAnswer>((resolve) => (answer = resolve)),
      () => ({ status: 200, text: record(alice(5000)) }),
    ]);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    poller.readNow();
    answer({ status: 200, text: record(alice(0)) });
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(2);
    expect(kinds(batches)).toEqual([['person:Alice', 'read:ok'], ['person:Alice', 'read:ok']]);
  });
});
