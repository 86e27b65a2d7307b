import { connectPanel, connectRoom, count, detection, hubTestBed, joined, panelOf, settleHub, useHubClock } from '../../test/support/hub';

const HOUR = 60 * 60 * 1000;

describe('session hub: a class that ends is ended', () => {
  beforeEach(() => useHubClock());
  afterEach(() => vi.useRealTimers());

  for (const endedBy of ['panel', 'overlay'] as const) {
    it(`opens a new session for the next class in the same room once the ${endedBy} ended the first, losing nothing of either`, async () => {
      const { makeHub, repository } = hubTestBed();
      const hub = makeHub();
      const room = connectRoom(hub, 1);
      const panel = connectPanel(hub, 1);
      room.events([joined('a'), joined('b'), count(2)], true);
      await settleHub(hub);
      const first = panelOf(panel).room!.sessionId;
      const end = { type: 'session.ended' } as const;
      if (endedBy === 'panel') panel.send({ kind: 'panel/command', tabId: 1, command: end, at: Date.now() });
      else room.send({ kind: 'room/command', command: end, at: Date.now() });
      await settleHub(hub);
      room.disconnect();

      // The same room an hour later, with other pupils.
      vi.setSystemTime(Date.now() + HOUR);
      const next = connectRoom(hub, 1);
      next.events([joined('c'), joined('d'), joined('e'), count(3)], true);
      await settleHub(hub);
      await vi.advanceTimersByTimeAsync(1000); // the attendance is paced
      const second = panelOf(panel).room!.sessionId;
      expect(second).not.toBe(first);
      expect(panelOf(panel).attendance?.rows.map((row) => row.key).sort()).toEqual(['c', 'd', 'e']);

      const repo = await repository;
      const sessions = await repo.list();
      expect(sessions.map((s) => s.id).sort()).toEqual([first, second].sort());
      expect(sessions.find((s) => s.id === first)?.endedAt).not.toBeNull();
      expect(sessions.find((s) => s.id === second)?.endedAt).toBeNull();
      const joinedIn = async (id: string) =>
        (await repo.events(id)).flatMap((e) => (e.type === 'participant.joined' ? [(e.participant as { id: string }).id] : []));
      expect(await joinedIn(first)).toEqual(['a', 'b']);
      expect(await joinedIn(second)).toEqual(['c', 'd', 'e']);
    });
  }

  it('opens a new session after a worker restart too: the end is read from IndexedDB, not from memory', async () => {
    const { makeHub, repository } = hubTestBed();
    const hub = makeHub();
    const room = connectRoom(hub, 1);
    room.events([joined('a')], true);
    room.send({ kind: 'room/command', command: { type: 'session.ended' }, at: Date.now() });
    await settleHub(hub);
    const [ended] = await (await repository).list();

    vi.setSystemTime(Date.now() + HOUR);
    const restarted = makeHub();
    const panel = connectPanel(restarted, 1);
    connectRoom(restarted, 1, { detection });
    await settleHub(restarted);
    expect(panelOf(panel).room?.sessionId).not.toBe(ended!.id);
    expect(await (await repository).list()).toHaveLength(2);
  });
});
