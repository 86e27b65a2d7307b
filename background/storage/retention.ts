/**
 * What retention and "delete everything" delete: every kept trace of past classes, that is the
 * sessions with their logs (sessions.ts) and the planned classes once past, since a plan keeps the
 * class's links, the moderator's join link among them. Classes still to come stay planned.
 */
import type { PlanRepository } from './plans';
import { retentionCutoff, type SessionRepository } from './sessions';

/** The retention period applied to sessions and plans alike (on start-up, daily, and when it changes). */
export async function applyRetention(sessions: SessionRepository, plans: PlanRepository, now: number): Promise<void> {
  const cutoff = retentionCutoff(now, await sessions.retentionDays());
  await sessions.deleteOlderThan(cutoff);
  await plans.deleteStartedBefore(cutoff);
}

/** "Delete everything" in the history: every session, and every planned class already started. */
export async function deleteHistory(sessions: SessionRepository, plans: PlanRepository, now: number): Promise<void> {
  await sessions.deleteAll();
  await plans.deleteStartedBefore(now);
}
