import type { PlatformAdapter, ReadSink } from '../platforms/contract';
import type { RoomEvent } from '../core/session/events';
import { keyedChatIds } from './keyedIds';

const secret = (fill: number) => new Uint8Array(32).fill(fill);
const message = (id: string, text: string): RoomEvent => ({ type: 'chat.message', message: { id, sender: 'Léa', shownTime: '9:00', text, system: false } });

/** An adapter that sends what the test gives it. */
function fakeAdapter() {
  let sink: ReadSink | null = null;
  const adapter: PlatformAdapter = {
    id: 'generic',
    detect: () => null,
    read: (_doc, given) => void (sink = given),
    act: async () => ({ status: 'done' }),
  };
  return { adapter, send: (events: RoomEvent[]) => sink!.events(events), health: () => sink!.health([]) };
}

async function idsSeen(fill: number, events: RoomEvent[][]) {
  const { adapter, send, health } = fakeAdapter();
  const seen: string[] = [];
  const order: string[] = [];
  const done = new Promise<void>((resolve) =>
    keyedChatIds(adapter, secret(fill)).read({} as Document, {
      events: (batch) => {
        order.push('events');
        for (const event of batch) if (event.type === 'chat.message') seen.push(event.message.id);
      },
      health: () => (order.push('health'), resolve()),
      error: () => undefined,
    }, new AbortController().signal),
  );
  for (const batch of events) send(batch);
  health();
  await done;
  return { seen, order };
}

describe('chat ids leave the page keyed with the install secret', () => {
  it('replaces each id by a keyed digest: the same message keeps its id (de-duplication), secrets give other ids', async () => {
    const batches = [[message('w:0011223344556677', 'Oui'), { type: 'hand.raised', id: 'p1' } as RoomEvent], [message('w:0011223344556677', 'Oui'), message('w:8899aabbccddeeff', 'Non')]];
    const one = await idsSeen(1, batches);
    const two = await idsSeen(2, batches);
    expect(one.seen[0]).toBe(one.seen[1]);
    expect(one.seen[2]).not.toBe(one.seen[0]);
    expect(one.seen.some((id) => id.includes('0011223344556677'))).toBe(false);
    expect(two.seen[0]).not.toBe(one.seen[0]);
    // Batches and health keep their order.
    expect(one.order).toEqual(['events', 'events', 'health']);
  });
});
