/**
 * The agenda clock: where the class is in its plan, how long the current item has run, and
 * whether the session will end on time.
 *
 * Rules, in the moderator's terms:
 * - Time on an item counts only while the clock runs; a pause freezes it.
 * - Next / previous / jump keep the clock's status: a paused clock stays paused on the new item
 *   (the clock never starts by itself). Before the start they only choose the first item.
 * - Next on the last item finishes the agenda; previous or jump after the end reopens it, running.
 * - Going back to an item continues its time where it was left.
 * - "Extend" adds minutes to the current item only.
 * - Without an agenda the clock is a single free timer counting up (next finishes it).
 * - Ahead/behind is the projected end minus the planned end (positive = behind): the planned end
 *   is start + the sum of planned minutes; the projection is now + what remains of the current
 *   item + the planned time left on the items after it. Pauses, overruns and extensions all push
 *   it later; skipped items bring it earlier.
 * Items are tracked by id, so replacing the agenda mid-session (agenda.set) keeps their time.
 */
import type { AgendaItem, LoggedEvent } from './events';

export type AgendaStatus = 'idle' | 'running' | 'paused' | 'finished';
export type AgendaWarning = 'ok' | 'warning' | 'overrun';

export interface AgendaItemReport {
  id: string;
  title: string;
  plannedMs: number;
  extendedMs: number;
  /** Time the clock ran on this item. */
  actualMs: number;
  state: 'done' | 'current' | 'upcoming' | 'skipped';
}

export interface AgendaClock {
  status: AgendaStatus;
  /** Index in `items`; 0 for the free timer. */
  currentIndex: number;
  currentItem: AgendaItem | null;
  elapsedMs: number;
  /** Planned + extensions of the current item; null for the free timer. */
  allowedMs: number | null;
  remainingMs: number | null;
  overrunMs: number;
  warning: AgendaWarning;
  /** Positive = behind plan; 0 before the start and without an agenda. */
  behindPlanMs: number;
  startedAt: number | null;
  plannedEndAt: number | null;
  projectedEndAt: number | null;
  finishedAt: number | null;
  /** Time the clock ran, all items together (pauses excluded). */
  runningMs: number;
  pausedMs: number;
  items: AgendaItemReport[];
}

export interface AgendaOptions {
  /** The warning level starts this long before the item's allowed time ends. */
  warnBeforeMs?: number;
}

export const DEFAULT_WARN_BEFORE_MS = 2 * 60_000;
const MINUTE = 60_000;
/** Key of the free timer's time, used when there is no agenda. */
const FREE_TIMER = '';

interface ClockFold {
  items: AgendaItem[];
  status: AgendaStatus;
  index: number;
  /** Time run per item id, closed segments only. */
  spent: Map<string, number>;
  extended: Map<string, number>;
  /** Ids of items the clock has run on. */
  visited: Set<string>;
  /** Start of the open running segment. */
  runningSince: number | null;
  pausedSince: number | null;
  pausedMs: number;
  startedAt: number | null;
  finishedAt: number | null;
}

export function agendaClock(events: readonly LoggedEvent[], now: number, options: AgendaOptions = {}): AgendaClock {
  const fold: ClockFold = {
    items: [],
    status: 'idle',
    index: 0,
    spent: new Map(),
    extended: new Map(),
    visited: new Set(),
    runningSince: null,
    pausedSince: null,
    pausedMs: 0,
    startedAt: null,
    finishedAt: null,
  };
  for (const event of events) {
    if (event.at > now) break;
    applyAgendaEvent(fold, event);
  }
  return readClock(fold, now, options.warnBeforeMs ?? DEFAULT_WARN_BEFORE_MS);
}

function currentKey(fold: ClockFold): string {
  return fold.items[fold.index]?.id ?? FREE_TIMER;
}

function closeSegment(fold: ClockFold, at: number): void {
  if (fold.runningSince === null) return;
  const key = currentKey(fold);
  fold.spent.set(key, (fold.spent.get(key) ?? 0) + Math.max(0, at - fold.runningSince));
  fold.runningSince = null;
}

function run(fold: ClockFold, at: number): void {
  if (fold.pausedSince !== null) fold.pausedMs += Math.max(0, at - fold.pausedSince);
  fold.pausedSince = null;
  fold.status = 'running';
  fold.runningSince = at;
  fold.visited.add(currentKey(fold));
}

/** Moves to another item, keeping the clock's status (see the rules above). */
function moveTo(fold: ClockFold, index: number, at: number): void {
  const last = Math.max(0, fold.items.length - 1);
  const target = Math.min(Math.max(0, index), last);
  if (fold.status === 'finished') {
    fold.index = target;
    fold.finishedAt = null;
    run(fold, at);
    return;
  }
  const wasRunning = fold.status === 'running';
  closeSegment(fold, at);
  fold.index = target;
  if (wasRunning) run(fold, at);
}

function finish(fold: ClockFold, at: number): void {
  closeSegment(fold, at);
  if (fold.pausedSince !== null) fold.pausedMs += Math.max(0, at - fold.pausedSince);
  fold.pausedSince = null;
  fold.status = 'finished';
  fold.finishedAt = at;
}

function applyAgendaEvent(fold: ClockFold, event: LoggedEvent): void {
  const at = event.at;
  switch (event.type) {
    case 'agenda.set': {
      const currentId = currentKey(fold);
      const wasRunning = fold.status === 'running';
      closeSegment(fold, at);
      fold.items = event.items;
      // Stay on the same item when it survives the edit; else stay at the same place.
      const sameItem = fold.items.findIndex((item) => item.id === currentId);
      fold.index = sameItem >= 0 ? sameItem : Math.min(fold.index, Math.max(0, fold.items.length - 1));
      if (wasRunning) run(fold, at);
      return;
    }
    case 'agenda.started':
      if (fold.status === 'idle') {
        fold.startedAt = at;
        run(fold, at);
      } else if (fold.status === 'paused') {
        run(fold, at);
      }
      return;
    case 'agenda.paused':
      if (fold.status !== 'running') return;
      closeSegment(fold, at);
      fold.status = 'paused';
      fold.pausedSince = at;
      return;
    case 'agenda.resumed':
      if (fold.status === 'paused') run(fold, at);
      return;
    case 'agenda.next':
      if (fold.status === 'finished') return;
      if (fold.index >= fold.items.length - 1 && fold.status !== 'idle') finish(fold, at);
      else moveTo(fold, fold.index + 1, at);
      return;
    case 'agenda.previous':
      moveTo(fold, fold.index - 1, at);
      return;
    case 'agenda.jumped':
      moveTo(fold, event.index, at);
      return;
    case 'agenda.extended': {
      if (fold.status === 'finished') return;
      const key = currentKey(fold);
      const planned = (fold.items[fold.index]?.plannedMinutes ?? 0) * MINUTE;
      const next = (fold.extended.get(key) ?? 0) + event.minutes * MINUTE;
      fold.extended.set(key, Math.max(-planned, next));
      return;
    }
    default:
      return;
  }
}

function readClock(fold: ClockFold, now: number, warnBeforeMs: number): AgendaClock {
  const spentOn = (id: string): number =>
    (fold.spent.get(id) ?? 0) + (fold.runningSince !== null && id === currentKey(fold) ? now - fold.runningSince : 0);
  const allowedFor = (item: AgendaItem): number => item.plannedMinutes * MINUTE + (fold.extended.get(item.id) ?? 0);

  const currentItem = fold.items[fold.index] ?? null;
  const elapsedMs = spentOn(currentKey(fold));
  const allowedMs = currentItem ? allowedFor(currentItem) : null;
  const overrunMs = allowedMs === null ? 0 : Math.max(0, elapsedMs - allowedMs);
  const remainingMs = allowedMs === null ? null : Math.max(0, allowedMs - elapsedMs);

  const active = fold.status === 'running' || fold.status === 'paused';
  const warning: AgendaWarning =
    !active || allowedMs === null ? 'ok'
    : elapsedMs > allowedMs ? 'overrun'
    : allowedMs - elapsedMs <= warnBeforeMs ? 'warning'
    : 'ok';

  const plannedTotal = fold.items.reduce((sum, item) => sum + item.plannedMinutes * MINUTE, 0);
  const hasPlan = fold.items.length > 0 && fold.startedAt !== null;
  const plannedEndAt = hasPlan ? fold.startedAt! + plannedTotal : null;
  const projectedEndAt = projectEnd(fold, now, remainingMs ?? 0, (item) => Math.max(0, allowedFor(item) - spentOn(item.id)));
  const behindPlanMs = plannedEndAt !== null && projectedEndAt !== null ? projectedEndAt - plannedEndAt : 0;

  let runningMs = 0;
  for (const id of fold.visited) runningMs += spentOn(id);
  const pausedMs = fold.pausedMs + (fold.pausedSince !== null ? now - fold.pausedSince : 0);

  const items: AgendaItemReport[] = fold.items.map((item, index) => ({
    id: item.id,
    title: item.title,
    plannedMs: item.plannedMinutes * MINUTE,
    extendedMs: fold.extended.get(item.id) ?? 0,
    actualMs: spentOn(item.id),
    state: itemState(fold, index, item.id),
  }));

  return {
    status: fold.status,
    currentIndex: fold.index,
    currentItem,
    elapsedMs,
    allowedMs,
    remainingMs,
    overrunMs,
    warning,
    behindPlanMs,
    startedAt: fold.startedAt,
    plannedEndAt,
    projectedEndAt,
    finishedAt: fold.finishedAt,
    runningMs,
    pausedMs,
    items,
  };
}

function projectEnd(fold: ClockFold, now: number, currentRemainingMs: number, leftOn: (item: AgendaItem) => number): number | null {
  if (fold.status === 'finished') return fold.finishedAt;
  if (fold.items.length === 0) return null;
  let end = now + currentRemainingMs;
  for (const item of fold.items.slice(fold.index + 1)) end += leftOn(item);
  if (fold.status === 'idle') end = now + fold.items.reduce((sum, item) => sum + leftOn(item), 0);
  return end;
}

function itemState(fold: ClockFold, index: number, id: string): AgendaItemReport['state'] {
  if (fold.status === 'finished') return fold.visited.has(id) ? 'done' : 'skipped';
  if (index === fold.index && fold.status !== 'idle') return 'current';
  if (index > fold.index || fold.status === 'idle') return 'upcoming';
  return fold.visited.has(id) ? 'done' : 'skipped';
}
