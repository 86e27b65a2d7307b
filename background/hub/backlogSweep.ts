/**
 * Writes the backlogs a stopped worker kept (see BacklogStore) once storage works again. A session
 * the registry reopens claims its backlog instead: it is then written by that session's writer,
 * after the events it follows, and never twice.
 */
import type { BacklogStore } from '../storage/backlog';
import type { SessionRepository } from '../storage/sessions';
import type { PersistedEvent } from './liveSession';

export function createBacklogSweep(backlog: BacklogStore | undefined, repository: () => Promise<SessionRepository>, retryDelaysMs: number[]) {
  const claimed = new Set<string>();
  let failures = 0;
  let attempt: Promise<void> = backlog ? sweepOnce() : Promise.resolve();

  async function sweepOnce(): Promise<void> {
    if (!backlog) return;
    let failed = false;
    for (const id of await backlog.ids().catch(() => [])) {
      if (claimed.has(id)) continue;
      try {
        const events = await backlog.load(id);
        if (claimed.has(id)) continue;
        if (events.length) await (await repository()).append(id, events);
        await backlog.save(id, []);
      } catch (error) {
        // Deleted meanwhile: nothing to write it to, and the moderator asked for it to go.
        if ((error as { name?: string } | null)?.name === 'SessionGoneError') await backlog.save(id, []).catch(() => undefined);
        else failed = true;
      }
    }
    if (failed) {
      const delay = retryDelaysMs[Math.min(failures++, retryDelaysMs.length - 1)]!;
      setTimeout(() => void (attempt = attempt.then(sweepOnce)), delay);
    } else failures = 0;
  }

  return {
    /** The session's kept events, for its own writer from now on. */
    async claim(sessionId: string): Promise<PersistedEvent[]> {
      claimed.add(sessionId);
      await attempt;
      return backlog ? backlog.load(sessionId).catch(() => []) : [];
    },
    /** Resolves when the current attempt is over. */
    settled: () => attempt,
  };
}
