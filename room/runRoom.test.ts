// @vitest-environment jsdom
import { runRoom } from './runRoom';
import { observeBatched } from '../platforms/dom/observe';
import type { Detection, PlatformAdapter } from '../platforms/contract';
import { settle } from '../test/support/async';
import type { RoomHello, RoomMessage } from './hubLink';

const detection: Detection = { platform: 'bigbluebutton', version: '3.0', isModerator: true, roomKey: 'k', roomTitle: 'Maths' };

function adapter(read: PlatformAdapter['read']): PlatformAdapter {
  return { id: 'bigbluebutton', detect: () => detection, read, act: async () => ({ status: 'done' }) };
}

function start(read: PlatformAdapter['read']) {
  const sent: (RoomHello | RoomMessage)[] = [];
  runRoom({
    doc: document,
    adapter: adapter(read),
    detection,
    now: () => 1000,
    signal: new AbortController().signal,
    connect: (hello) => {
      sent.push(hello());
      return { send: (message) => void sent.push(message) };
    },
  });
  return sent;
}

describe('runRoom', () => {
  it('sends the first batch as a snapshot, later ones as changes, stamped with the time read', () => {
    const sent = start((_doc, sink) => {
      sink.events([{ type: 'participants.count', count: 3 }]);
      sink.events([{ type: 'participants.count', count: 4 }]);
    });
    const batches = sent.filter((m) => m.kind === 'room/events');
    expect(batches.map((m) => m.kind === 'room/events' && [m.snapshot, m.events[0]?.at])).toEqual([
      [true, 1000],
      [false, 1000],
    ]);
  });

  it('caps names and message texts where the readings enter the event stream', () => {
    const huge = 'N'.repeat(10_000);
    const sent = start((_doc, sink) => {
      sink.events([
        { type: 'participant.joined', participant: { id: huge, name: huge, role: 'viewer', presenter: false, you: false, handRaised: false, talking: false, muted: null, webcam: false } },
        { type: 'chat.message', message: { id: 'm1', sender: huge, shownTime: null, text: 'T'.repeat(100_000), system: false } },
      ]);
    });
    const batch = sent.find((m) => m.kind === 'room/events');
    expect(batch?.kind === 'room/events' && batch.events.map((e) => (e.type === 'participant.joined' ? e.participant.name.length : e.type === 'chat.message' ? e.message.text.length : 0))).toEqual([256, 5_000]);
    expect(JSON.stringify(sent).length).toBeLessThan(20_000);
  });

  it('turns an adapter that throws into degraded health instead of an error in the page', () => {
    const sent = start(() => {
      throw new Error('unexpected page');
    });
    const health = sent.find((m) => m.kind === 'room/health');
    expect(health?.kind === 'room/health' && health.health.every((entry) => entry.status === 'degraded')).toBe(true);
    expect(JSON.stringify(health)).toContain('unexpected page');
  });

  it('reports a reading that fails later, inside an observer, the same way', async () => {
    const sent = start((doc, sink, signal) => {
      sink.health([{ capability: 'chat', status: 'works', method: 'known-selectors' }]);
      observeBatched({
        target: doc.body,
        options: { childList: true },
        signal,
        onBatch: () => {
          throw new Error('row without a sender');
        },
        onError: sink.error,
      });
    });
    document.body.append(document.createElement('div'));
    await settle();
    const last = sent.filter((m) => m.kind === 'room/health').at(-1);
    expect(last).toEqual({
      kind: 'room/health',
      health: [{ capability: 'chat', status: 'degraded', method: 'known-selectors', detail: 'reading failed: row without a sender' }],
    });
  });
});

describe('runRoom.sendEvents (the server record)', () => {
  it('sends stamped events that are never a snapshot and leave the page snapshot to come', () => {
    const sent: RoomMessage[] = [];
    let pageSink: Parameters<PlatformAdapter['read']>[1] | null = null;
    const room = runRoom({
      doc: document,
      adapter: adapter((_doc, sink) => void (pageSink = sink)),
      detection,
      now: () => 2000,
      signal: new AbortController().signal,
      connect: () => ({ send: (message) => void sent.push(message) }),
    });
    room.sendEvents([{ type: 'server.read', status: 'ok' }]);
    pageSink!.events([{ type: 'participants.count', count: 1 }]);
    expect(sent.map((m) => m.kind === 'room/events' && [m.snapshot, m.events[0]?.type, m.events[0]?.at])).toEqual([
      [false, 'server.read', 2000],
      [true, 'participants.count', 2000],
    ]);
  });
});
