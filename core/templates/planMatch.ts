/**
 * Which planned class an open room is: the one whose link is the room's address, else the one
 * planned on the same site whose time window contains now (a BigBlueButton join link redirects
 * to another address, so the time and the site are often all there is to go on).
 */

/** A class planned ahead: when, with which template, and the links to hand out (stored as is). */
export interface PlannedClass {
  id: string;
  templateId: string;
  title: string;
  /** Epoch ms of the planned start. */
  startsAt: number;
  participantsLink: string;
  /** '' when the moderator did not give one. */
  moderatorLink: string;
}

export interface PlanMatch<P extends PlannedClass = PlannedClass> {
  plan: P;
  by: 'link' | 'time';
}

export interface PlanMatchOptions {
  /** A room opened this long before the planned start still counts. */
  earlyMs?: number;
  /** … and this long after the planned end. */
  lateMs?: number;
}

const MINUTE = 60_000;

/** An address without what changes between two visits of the same room: fragment, order of the query, a trailing slash. */
export function comparableUrl(address: string): string | null {
  try {
    const url = new URL(address.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const query = [...url.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
    const search = query.length > 0 ? `?${new URLSearchParams(query).toString()}` : '';
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}${search}`;
  } catch {
    return null;
  }
}

function originOf(address: string): string | null {
  try {
    return new URL(address.trim()).origin;
  } catch {
    return null;
  }
}

/**
 * The planned class an open room matches, or null. `durationMs` gives each plan's length (its
 * template's slot). A link match wins over a time match; among time matches, the start closest to now.
 */
export function matchPlannedClass<P extends PlannedClass>(
  plans: readonly P[],
  roomUrl: string,
  now: number,
  durationMs: (plan: P) => number,
  options: PlanMatchOptions = {},
): PlanMatch<P> | null {
  const room = comparableUrl(roomUrl);
  const roomOrigin = originOf(roomUrl);
  if (room === null || roomOrigin === null) return null;
  const links = (plan: P) => [plan.participantsLink, plan.moderatorLink].filter((link) => link !== '');

  const byLink = plans.find((plan) => links(plan).some((link) => comparableUrl(link) === room));
  if (byLink) return { plan: byLink, by: 'link' };

  const early = options.earlyMs ?? 30 * MINUTE;
  const late = options.lateMs ?? 15 * MINUTE;
  const byTime = plans
    .filter((plan) => links(plan).some((link) => originOf(link) === roomOrigin))
    .filter((plan) => now >= plan.startsAt - early && now <= plan.startsAt + durationMs(plan) + late)
    .sort((a, b) => Math.abs(a.startsAt - now) - Math.abs(b.startsAt - now));
  return byTime[0] ? { plan: byTime[0], by: 'time' } : null;
}
