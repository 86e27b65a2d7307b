import 'fake-indexeddb/auto';
import { openModeratoDb } from '../storage/db';
import { createSessionRepository } from '../storage/sessions';
import { answerSessionRequest } from './sessionRequests';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const panel = { id: ID, url: `${ORIGIN}sidepanel.html?tabId=3` };
const DAY = 24 * 60 * 60 * 1000;
let dbCount = 0;

async function twoSessions() {
  const repository = createSessionRepository(await openModeratoDb(`session-requests-${++dbCount}`));
  const old = await repository.create({ roomKey: 'k', platform: 'bigbluebutton', roomTitle: 'Maths', startedAt: 0 });
  const recent = await repository.create({ roomKey: 'k', platform: 'bigbluebutton', roomTitle: 'Maths', startedAt: 100 * DAY });
  return { repository, old, recent, answer: (message: unknown, sender: object = panel) => answerSessionRequest(message, sender, ORIGIN, async () => repository, () => 100 * DAY) };
}

describe('the side panel asking the background to change stored sessions', () => {
  it('deletes one session, applies the retention period, and deletes everything', async () => {
    const { repository, old, recent, answer } = await twoSessions();
    await repository.setRetentionDays(30);
    expect(await answer({ kind: 'panel/apply-retention' })).toEqual({ ok: true });
    expect((await repository.list()).map((s) => s.id)).toEqual([recent.id]);
    expect(await answer({ kind: 'panel/delete-session', sessionId: recent.id })).toEqual({ ok: true });
    expect(await repository.list()).toEqual([]);
    await repository.create({ roomKey: 'k', platform: 'bigbluebutton', roomTitle: 'Maths', startedAt: 1 });
    expect(await answer({ kind: 'panel/delete-all-sessions' })).toEqual({ ok: true });
    expect(await repository.list()).toEqual([]);
    expect(old.id).not.toBe(recent.id);
  });

  it('answers only the side panel page, and only well-formed requests', async () => {
    const { repository, old, answer } = await twoSessions();
    const room = { id: ID, url: 'https://bbb.lycee.fr/html5client', tab: { id: 3 }, frameId: 0 };
    const overlay = { id: ID, url: `${ORIGIN}overlay.html`, tab: { id: 3 }, frameId: 4 };
    expect(answer({ kind: 'panel/delete-all-sessions' }, room)).toBeUndefined();
    expect(answer({ kind: 'panel/delete-all-sessions' }, overlay)).toBeUndefined();
    expect(answer({ kind: 'room/pack' })).toBeUndefined();
    expect(await answer({ kind: 'panel/delete-session', sessionId: 42 })).toEqual({ ok: false });
    expect((await repository.list()).map((s) => s.id)).toContain(old.id);
  });

  it('says when storage failed instead of throwing at the panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = answerSessionRequest({ kind: 'panel/delete-all-sessions' }, panel, ORIGIN, () => Promise.reject(new Error('blocked')), Date.now);
    expect(await failing).toEqual({ ok: false });
  });
});
