/** The agenda clock in words, shared by the overlay and the side panel. */
import type { AgendaClock, AgendaStatus, AgendaWarning } from '../core/session/agenda';
import type { Messages } from '../core/i18n/messages';
import { formatMinSec } from './time';

export function statusText(t: Messages, status: AgendaStatus): string {
  return { idle: t.agendaStatusIdle, running: t.agendaStatusRunning, paused: t.agendaStatusPaused, finished: t.agendaStatusFinished }[status];
}

export function levelText(t: Messages, level: AgendaWarning): string {
  return { ok: t.agendaLevelOk, warning: t.agendaLevelWarning, overrun: t.agendaLevelOverrun }[level];
}

/** "08:12", or "+01:30 dépassement" once the item's time is used up. */
export function remainingText(t: Messages, clock: AgendaClock): string {
  if (clock.overrunMs > 0) return `+${formatMinSec(clock.overrunMs)} ${t.agendaOverrun}`;
  return formatMinSec(clock.remainingMs ?? 0);
}
