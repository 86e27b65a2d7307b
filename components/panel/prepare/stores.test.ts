import 'fake-indexeddb/auto';
import { openModeratoDb } from '../../../background/storage/db';
import { createSessionRepository } from '../../../background/storage/sessions';
import type { HubToPanelSessions, PanelToHubSessions } from '../../../core/protocol';
import { createPanelStores } from './stores';

describe('the side panel’s stores', () => {
  it('ask the background for every change to stored sessions, and write none themselves', async () => {
    const db = await openModeratoDb('panel-stores-1');
    const session = await createSessionRepository(db).create({ roomKey: 'k', platform: 'bigbluebutton', roomTitle: 'Maths', startedAt: 0 });
    const asked: PanelToHubSessions[] = [];
    const stores = createPanelStores(db, undefined, async (request): Promise<HubToPanelSessions> => (asked.push(request), { ok: true }));
    await stores.sessions.delete(session.id);
    await stores.sessions.deleteAll();
    await stores.sessions.applyRetention(Date.now());
    expect(asked).toEqual([{ kind: 'panel/delete-session', sessionId: session.id }, { kind: 'panel/delete-all-sessions' }, { kind: 'panel/apply-retention' }]);
    expect((await stores.sessions.list()).map((s) => s.id)).toEqual([session.id]);
  });

  it('fail loudly when the background could not do it', async () => {
    const stores = createPanelStores(await openModeratoDb('panel-stores-2'), undefined, async () => ({ ok: false }));
    await expect(stores.sessions.deleteAll()).rejects.toThrow();
  });
});
