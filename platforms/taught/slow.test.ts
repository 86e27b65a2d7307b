// @vitest-environment jsdom
import type { CapabilityHealth, ReadSink } from '../contract';
import type { RoomEvent } from '../../core/session/events';
import { emptyPack, type SelectorPack } from '../../core/packs/schema';
import { READ_PACE } from '../dom/readScheduler';
import { readTaught } from './read';
import { FREEZE_QUERY_MS, safeQueryAll, setQueryClock, SLOW_QUERY_MS, SLOW_STRIKES } from './query';
import { createTaughtAdapter } from './index';

/** A fake clock that only a query of `slow` moves, by `cost` ms: no real slow query in unit tests. */
function slowQueries(slow: string, cost: number) {
  let now = 0;
  const calls: string[] = [];
  setQueryClock(() => now);
  const original = Document.prototype.querySelectorAll;
  vi.spyOn(Document.prototype, 'querySelectorAll').mockImplementation(function (this: Document, selector: string) {
    calls.push(selector);
    if (selector === slow) now += cost;
    return original.call(this, selector) as NodeListOf<Element>;
  });
  return { calls: () => calls.filter((selector) => selector === slow).length };
}

function pack(chatMessage: string): SelectorPack {
  return { ...emptyPack('https://via.example.fr'), roles: { participantRow: 'ul.users > li', chatMessage, chatInput: 'textarea', chatSend: 'button' } };
}

function recorder() {
  const events: RoomEvent[] = [];
  const health: CapabilityHealth[][] = [];
  const sink: ReadSink = { events: (batch) => events.push(...batch), health: (h) => health.push(h), error: () => undefined };
  return { sink, events, health };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, READ_PACE.busyIntervalMs + 5));
let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.innerHTML = `<ul class="users"><li>Marie</li></ul><div class="chat"><p class="msg">Bonjour</p></div>
    <div class="composer"><textarea></textarea><button>Envoyer</button></div>`;
});
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
  setQueryClock();
});

describe('a taught selector too slow for the page', () => {
  it('switches the pack off for the page at the first query that freezes it: every taught capability degraded, with the reason, and no more queries', async () => {
    const slow = '.chat p.msg';
    const spy = slowQueries(slow, FREEZE_QUERY_MS + 1);
    const { sink, events, health } = recorder();
    readTaught(document, pack(slow), sink, controller.signal);
    const last = health[health.length - 1]!;
    for (const capability of ['participants', 'participantCount', 'chat', 'postChat'] as const) {
      expect(last.find((h) => h.capability === capability)).toMatchObject({ status: 'degraded', reason: 'slow-selector', detail: expect.stringContaining('roles.chatMessage') });
    }
    const queried = spy.calls();
    expect(queried).toBe(1);
    // The page keeps changing: nothing of the pack runs any more.
    const before = events.length;
    document.querySelector('.chat')!.insertAdjacentHTML('beforeend', '<p class="msg">Encore</p>');
    document.querySelector('ul.users')!.insertAdjacentHTML('beforeend', '<li>Paul</li>');
    await flush();
    await flush();
    expect(events.length).toBe(before);
    expect(safeQueryAll(document, slow)).toEqual([]);
    expect(spy.calls()).toBe(queried);
  });

  it('is not switched off by one slow query (a pause of the machine), but by slow queries in a row', () => {
    const selector = 'div.chat .msg';
    slowQueries(selector, SLOW_QUERY_MS + 1);
    for (let i = 1; i < SLOW_STRIKES; i++) expect(safeQueryAll(document, selector)).toHaveLength(1);
    expect(safeQueryAll(document, selector)).toHaveLength(1);
    expect(safeQueryAll(document, selector)).toEqual([]);
  });

  it('forgets a slow query once the selector is fast again', () => {
    const selector = 'div.chat > .msg';
    let cost = SLOW_QUERY_MS + 1;
    let now = 0;
    setQueryClock(() => now);
    const original = Document.prototype.querySelectorAll;
    vi.spyOn(Document.prototype, 'querySelectorAll').mockImplementation(function (this: Document, css: string) {
      if (css === selector) now += cost;
      return original.call(this, css) as NodeListOf<Element>;
    });
    for (let round = 0; round < 3; round++) {
      cost = SLOW_QUERY_MS + 1;
      for (let i = 1; i < SLOW_STRIKES; i++) safeQueryAll(document, selector);
      cost = 1;
      safeQueryAll(document, selector);
    }
    expect(safeQueryAll(document, selector)).toHaveLength(1);
  });

  it('keeps a pack whose queries stay under the limit', async () => {
    const selector = '.chat .msg';
    slowQueries(selector, SLOW_QUERY_MS - 10);
    const { sink, events, health } = recorder();
    readTaught(document, pack(selector), sink, controller.signal);
    expect(health[health.length - 1]!.find((h) => h.capability === 'chat')).toMatchObject({ status: 'works' });
    document.querySelector('.chat')!.insertAdjacentHTML('beforeend', '<p class="msg">Encore</p>');
    await flush();
    expect(events.filter((event) => event.type === 'chat.message')).toHaveLength(2);
  });

  it('still recognises the room when the slow selector finds nothing any more, so the panel can say why it is off', () => {
    const slow = 'ul.users > li:not(.x)';
    slowQueries(slow, FREEZE_QUERY_MS + 1);
    const taught = { ...pack('.nothing-here'), roles: { participantRow: slow } };
    const adapter = createTaughtAdapter(taught);
    const url = new URL('https://via.example.fr/salle');
    expect(adapter.detect(document, url)).not.toBeNull();
    // Switched off: the selector is not run again, yet the room is still this pack's.
    expect(adapter.detect(document, url)).not.toBeNull();
    const { sink, health } = recorder();
    adapter.read(document, sink, controller.signal);
    expect(health.at(-1)!.find((h) => h.capability === 'participants')).toMatchObject({ reason: 'slow-selector' });
  });
});
