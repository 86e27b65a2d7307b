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

  it('names the problem the moderator is shown', () => {
    expect(storageProblemOf(quotaError())).toBe('quota');
    expect(storageProblemOf(Object.assign(new Error('blocked'), { name: 'BlockedError' }))).toBe('blocked');
    expect(storageProblemOf(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe('write-failed');
    expect(storageProblemOf('weird')).toBe('write-failed');
  });
});
