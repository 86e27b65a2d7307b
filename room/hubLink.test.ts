import { createHubLink } from './hubLink';
import type { HubToRoom, RoomToHub } from '../core/protocol';
import type { Detection } from '../platforms/contract';

const detection: Detection = { platform: 'bigbluebutton', version: '3.0', isModerator: true, roomKey: 'k', roomTitle: 'Maths' };
const missed = (count: number) => ({ kind: 'room/events' as const, events: [{ type: 'chat.missed' as const, count, at: 1 }], snapshot: false });

/** Ports the link opens, one per connection, with what it posted and a way to play the hub. */
function fakeRuntime() {
  const ports: { posted: RoomToHub[]; toRoom(message: HubToRoom): void; drop(): void }[] = [];
  const connect = () => {
    const messageListeners: ((message: unknown) => void)[] = [];
    const disconnectListeners: (() => void)[] = [];
    const record = {
      posted: [] as RoomToHub[],
      toRoom: (message: HubToRoom) => messageListeners.forEach((listener) => listener(message)),
      drop: () => disconnectListeners.forEach((listener) => listener()),
    };
    ports.push(record);
    return {
      postMessage: (message: unknown) => void record.posted.push(message as RoomToHub),
      onMessage: { addListener: (listener: (message: unknown) => void) => void messageListeners.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => void disconnectListeners.push(listener) },
      disconnect: () => undefined,
    };
  };
  return { ports, connect };
}

function link(runtime: ReturnType<typeof fakeRuntime>, maxUnacknowledged?: number) {
  return createHubLink(
    { hello: () => ({ kind: 'room/hello', detection, recentChat: [] }), onMessage: () => undefined, onInvalidated: () => undefined, connectPort: runtime.connect, maxUnacknowledged },
    new AbortController().signal,
  );
}
const batches = (posted: RoomToHub[]) => posted.flatMap((m) => (m.kind === 'room/events' ? [m.batch] : []));

describe('the room’s line to the hub', () => {
  afterEach(() => vi.useRealTimers());

  it('numbers its batches, keeps them until the hub acknowledges them, and sends the rest again after reconnecting', () => {
    const runtime = fakeRuntime();
    const hub = link(runtime);
    hub.send(missed(1));
    hub.send(missed(2));
    hub.send(missed(3));
    const [first] = runtime.ports;
    expect(first!.posted[0]).toMatchObject({ kind: 'room/hello', dropped: 0 });
    expect(batches(first!.posted)).toEqual([1, 2, 3]);
    first!.toRoom({ kind: 'hub/ack', batches: [1, 3] });
    first!.drop(); // the worker stopped: batch 2 may never have arrived

    hub.send(missed(4));
    const second = runtime.ports[1]!;
    expect(second.posted[0]).toMatchObject({ kind: 'room/hello', run: (first!.posted[0] as { run: string }).run });
    expect(batches(second.posted)).toEqual([2, 4]);
  });

  it('bounds what waits for an acknowledgement: the oldest batches go, and the next hello counts their events', () => {
    const runtime = fakeRuntime();
    const hub = link(runtime, 3);
    hub.send(missed(1));
    runtime.ports[0]!.drop();
    for (let n = 2; n <= 5; n++) hub.send(missed(n)); // reopened at once: five events now wait
    const last = runtime.ports.at(-1)!;
    runtime.ports.at(-1)!.drop();
    hub.connect();
    const hello = runtime.ports.at(-1)!.posted[0];
    expect(hello).toMatchObject({ kind: 'room/hello', dropped: 2 });
    expect(batches(runtime.ports.at(-1)!.posted)).toEqual([3, 4, 5]);
    expect(last).not.toBe(runtime.ports.at(-1));
  });

  it('reconnects by itself when its connection drops while batches wait', async () => {
    vi.useFakeTimers();
    const runtime = fakeRuntime();
    const hub = link(runtime);
    hub.send(missed(1));
    runtime.ports[0]!.drop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runtime.ports).toHaveLength(2);
    expect(batches(runtime.ports[1]!.posted)).toEqual([1]);
    // Nothing waits: a quiet room stays disconnected.
    runtime.ports[1]!.toRoom({ kind: 'hub/ack', batches: [1] });
    runtime.ports[1]!.drop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runtime.ports).toHaveLength(2);
  });
});
