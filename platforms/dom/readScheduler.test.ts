import { createReadScheduler } from './readScheduler';

function scheduler() {
  vi.useFakeTimers();
  const reads: { at: number; concerns: string[] }[] = [];
  const controller = new AbortController();
  const reader = createReadScheduler<'people' | 'chat'>({
    read: (concerns) => reads.push({ at: Date.now(), concerns: [...concerns].sort() }),
    onError: (error) => { throw error; },
    signal: controller.signal,
    quickMs: 40,
    busyIntervalMs: 150,
  });
  return { reader, reads, controller, start: Date.now() };
}

afterEach(() => vi.useRealTimers());

test('a quiet page arms nothing; the first change after calm is read quickly, with every change gathered', () => {
  const { reader, reads, start } = scheduler();
  vi.advanceTimersByTime(10_000);
  expect(vi.getTimerCount()).toBe(0);
  reader.schedule('people');
  vi.advanceTimersByTime(20);
  reader.schedule('chat');
  reader.schedule('people');
  vi.advanceTimersByTime(20);
  expect(reads).toEqual([{ at: start + 10_040, concerns: ['chat', 'people'] }]);
  expect(vi.getTimerCount()).toBe(0);
});

test('while the page keeps changing, reads are at least the busy interval apart', () => {
  const { reader, reads } = scheduler();
  // A change every 10 ms for one second.
  for (let t = 0; t < 1000; t += 10) {
    reader.schedule('chat');
    vi.advanceTimersByTime(10);
  }
  vi.advanceTimersByTime(200);
  const gaps = reads.slice(1).map((read, index) => read.at - reads[index]!.at);
  expect(reads.length).toBeGreaterThanOrEqual(6);
  expect(reads.length).toBeLessThanOrEqual(8);
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(150);
  // After calm, quick again.
  vi.advanceTimersByTime(1000);
  const before = Date.now();
  reader.schedule('people');
  vi.advanceTimersByTime(40);
  expect(reads.at(-1)).toEqual({ at: before + 40, concerns: ['people'] });
});

test('nothing runs after the signal aborts, and a failing read is reported, not thrown', () => {
  const { reader, reads, controller } = scheduler();
  reader.schedule('people');
  controller.abort();
  vi.advanceTimersByTime(1000);
  reader.schedule('chat');
  vi.advanceTimersByTime(1000);
  expect(reads).toEqual([]);

  const errors: unknown[] = [];
  const failing = createReadScheduler<'x'>({ read: () => { throw new Error('page changed shape'); }, onError: (error) => errors.push(error), signal: new AbortController().signal, quickMs: 0, busyIntervalMs: 0 });
  failing.schedule('x');
  vi.advanceTimersByTime(1);
  expect(errors).toEqual([new Error('page changed shape')]);
});
