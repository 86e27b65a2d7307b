import { RoomModel } from './model';
import { LadRecorder } from './lad';
import { readServerAnswer } from '../../../core/session/serverRecord';

/** A room on a hand-moved clock, its recorder following it as the demo page wires it. */
function room() {
  let now = 1_000_000;
  const model = new RoomModel({ now: () => now });
  let recorder = new LadRecorder(model);
  model.subscribe((change) => change === 'users' && recorder.sync());
  return {
    model,
    tick: (ms: number) => (now += ms),
    recorder: () => recorder,
    reload: () => {
      recorder = new LadRecorder(model, JSON.parse(JSON.stringify(recorder)));
    },
  };
}

/** What Moderato reads from the record, through the same envelope as the demo server's. */
const readAs = (recorder: LadRecorder, shape: 'sessions' | 'flat') =>
  readServerAnswer({ response: { returncode: 'SUCCESS', data: JSON.stringify(recorder.record(shape)), sessionToken: 't' } });

describe('LadRecorder (the demo server’s Learning Analytics Dashboard)', () => {
  it('records joins, leaves and rejoins under the same name as one user, in both shapes', () => {
    const r = room();
    const first = r.model.join({ name: 'Alice' }).id;
    r.tick(60_000);
    r.model.leave(first);
    r.tick(30_000);
    const second = r.model.join({ name: 'Alice' }).id;
    r.model.join({ name: 'Bob' });
    const record = r.recorder().record('sessions') as { users: Record<string, { intIds: Record<string, unknown> }> };
    expect(Object.keys(record.users)).toEqual(['ext-alice-1', 'ext-bob-1']);
    expect(record.users['ext-alice-1']!.intIds[first]).toEqual({ intId: first, sessions: [{ registeredOn: 1_000_000, leftOn: 1_060_000 }], userLeftFlag: true });
    expect(record.users['ext-alice-1']!.intIds[second]).toEqual({ intId: second, sessions: [{ registeredOn: 1_090_000, leftOn: 0 }], userLeftFlag: false });
    const flat = r.recorder().record('flat') as { users: Record<string, { intIds: Record<string, unknown> }> };
    expect(flat.users['ext-alice-1']!.intIds[first]).toEqual({ intId: first, registeredOn: 1_000_000, leftOn: 1_060_000, userLeftFlag: true });

    for (const shape of ['sessions', 'flat'] as const) {
      const reading = readAs(r.recorder(), shape);
      expect(reading.status).toBe('ok');
      const alice = reading.status === 'ok' ? reading.people.find((p) => p.name === 'Alice') : undefined;
      expect(alice?.intervals).toEqual([
        { joinedAt: 1_000_000, leftAt: 1_060_000 },
        { joinedAt: 1_090_000, leftAt: null },
      ]);
    }
  });

  it('keeps two people of one name present together apart, and survives a reload', () => {
    const r = room();
    r.model.join({ name: 'Léa' });
    r.tick(1000);
    const other = r.model.join({ name: 'Léa' }).id;
    r.reload();
    r.tick(1000);
    r.model.leave(other);
    const record = r.recorder().record('sessions') as { users: Record<string, { intIds: Record<string, { sessions: unknown[] }> }> };
    expect(Object.keys(record.users)).toEqual(['ext-léa-1', 'ext-léa-2']);
    expect(record.users['ext-léa-2']!.intIds[other]!.sessions).toEqual([{ registeredOn: 1_001_000, leftOn: 1_002_000 }]);
  });
});
