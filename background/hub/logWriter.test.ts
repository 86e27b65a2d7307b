import { createLogWriter, storageProblemOf } from './logWriter';
import type { StorageProblem } from '../../core/protocol';

function quotaError() {
  return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}

describe('log writer', () => {
  afterEach(() => vi.useRealTimers());

  it('writes batches in order, one transaction at a time', async () => {
    const written: number[][] = [];
    const writer = createLogWriter<number>({ write: async (batch) => void written.push(batch), onProblem: () => undefined });
    writer.append([1, 2]);
    writer.append([3]);
    await writer.settled();
    await writer.settled();
    expect(written.flat()).toEqual([1, 2, 3]);
  });

  it('keeps what storage refused, says why, and writes it once storage works again', async () => {
    vi.useFakeTimers();
    const stored: number[] = [];
    const problems: (StorageProblem | null)[] = [];
    let full = true;
    const writer = createLogWriter<number>({
      write: async (batch) => {
        if (full) throw quotaError();
        stored.push(...batch);
      },
      onProblem: (problem) => problems.push(problem),
      retryDelaysMs: [100, 200],
    });
    writer.append([1, 2]);
    await writer.settled();
    writer.append([3]); // queued behind the failed batch while a retry is pending
    expect(problems).toEqual(['quota']);
    expect(writer.backlog()).toBe(3);

    await vi.advanceTimersByTimeAsync(100);
    expect(problems).toEqual(['quota', 'quota']);
    full = false;
    await vi.advanceTimersByTimeAsync(200);
    await writer.settled();
    expect(stored).toEqual([1, 2, 3]);
    expect(writer.backlog()).toBe(0);
    expect(problems.at(-1)).toBeNull();
  });

  it('keeps what it could not write where a restarted worker finds it, and forgets it once written', async () => {
    vi.useFakeTimers();
    const kept: number[][] = [];
    let full = true;
    const writer = createLogWriter<number>({
      write: async () => {
        if (full) throw quotaError();
      },
      onProblem: () => undefined,
      retryDelaysMs: [100],
      keep: async (unwritten) => void kept.push([...unwritten]),
    });
    const durable = writer.append([1, 2]);
    await durable; // kept, though not written
    expect(kept).toEqual([[1, 2]]);
    writer.append([3]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(kept.at(-1)).toEqual([1, 2, 3]);
    full = false;
    await vi.advanceTimersByTimeAsync(100);
    await writer.settled();
    expect(kept.at(-1)).toEqual([]);
  });

  it('bounds its backlog: what comes beyond it is dropped and counted, never silently', async () => {
    const dropped: number[] = [];
    const writer = createLogWriter<number>({
      write: async () => {
        throw quotaError();
      },
      onProblem: () => undefined,
      retryDelaysMs: [60_000],
      maxBacklog: 3,
      onDropped: (count) => void dropped.push(count),
    });
    writer.append([1, 2]);
    writer.append([3, 4, 5]);
    expect(writer.backlog()).toBe(3);
    expect(dropped).toEqual([2]);
  });

  it('stops, and hands back what it holds, on an error writing again cannot fix', async () => {
    const handedBack: number[][] = [];
    let writes = 0;
    const writer = createLogWriter<number>({
      write: async () => {
        writes++;
        throw Object.assign(new Error('gone'), { name: 'SessionGoneError' });
      },
      onProblem: () => undefined,
      retryDelaysMs: [0],
      onGone: (unwritten) => void handedBack.push(unwritten),
    });
    writer.append([1, 2]);
    await writer.settled();
    expect(handedBack).toEqual([[1, 2]]);
    expect(writer.backlog()).toBe(0);
    expect(writes).toBe(1);
  });

  it('names the problem the moderator is shown', () => {
    expect(storageProblemOf(quotaError())).toBe('quota');
    expect(storageProblemOf(Object.assign(new Error('blocked'), { name: 'BlockedError' }))).toBe('blocked');
    expect(storageProblemOf(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe('write-failed');
    expect(storageProblemOf('weird')).toBe('write-failed');
  });
});
