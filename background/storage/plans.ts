/**
 * Classes planned ahead ("planifier une séance"): a template, a start time and the links to hand
 * out. The reminders are computed from this list (reminders/schedule.ts). Links are checked like
 * a template's: http and https only, so nothing else ever reaches a button or a notification.
 */
import type { Db } from './db';
import type { PlanRecord } from './schema';
import { isWebUrl, TEMPLATE_LIMITS } from '../../core/templates/schema';

export type { PlanRecord } from './schema';

export type PlanProblem = 'title-empty' | 'title-too-long' | 'bad-start' | 'bad-participants-link' | 'bad-moderator-link' | 'no-template';

/** What is wrong with a plan, empty when it can be stored. */
export function planProblems(plan: PlanRecord): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.templateId.trim() === '') problems.push('no-template');
  if (plan.title.trim() === '') problems.push('title-empty');
  if (plan.title.length > TEMPLATE_LIMITS.nameLength) problems.push('title-too-long');
  if (!Number.isFinite(plan.startsAt)) problems.push('bad-start');
  if (!isWebUrl(plan.participantsLink) || plan.participantsLink.length > TEMPLATE_LIMITS.urlLength) problems.push('bad-participants-link');
  if (plan.moderatorLink !== '' && (!isWebUrl(plan.moderatorLink) || plan.moderatorLink.length > TEMPLATE_LIMITS.urlLength)) {
    problems.push('bad-moderator-link');
  }
  return problems;
}

export class InvalidPlanError extends Error {
  constructor(readonly problems: PlanProblem[]) {
    super(`Invalid plan: ${problems.join(', ')}`);
    this.name = 'InvalidPlanError';
  }
}

export function createPlanRepository(db: Db) {
  return {
    /** Every plan, soonest first. */
    async list(): Promise<PlanRecord[]> {
      return db.getAllFromIndex('plans', 'byStartsAt');
    },
    get(id: string): Promise<PlanRecord | undefined> {
      return db.get('plans', id);
    },
    /** Creates or replaces a plan; refuses one with a problem (nothing is written). */
    async put(plan: PlanRecord): Promise<PlanRecord> {
      const clean: PlanRecord = {
        id: plan.id,
        templateId: plan.templateId,
        title: plan.title.trim(),
        startsAt: plan.startsAt,
        participantsLink: plan.participantsLink.trim(),
        moderatorLink: plan.moderatorLink.trim(),
      };
      const problems = planProblems(clean);
      if (problems.length > 0) throw new InvalidPlanError(problems);
      await db.put('plans', clean);
      return clean;
    },
    async delete(id: string): Promise<void> {
      await db.delete('plans', id);
    },
    /** Plans whose start is before `cutoff` (past classes), removed so reminders stay few. */
    async deleteStartedBefore(cutoff: number): Promise<number> {
      const tx = db.transaction('plans', 'readwrite');
      const keys = await tx.store.index('byStartsAt').getAllKeys(IDBKeyRange.upperBound(cutoff, true));
      for (const key of keys) void tx.store.delete(key);
      await tx.done;
      return keys.length;
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
