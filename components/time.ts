/** Time as the moderator reads it, shared by the overlay and the side panel. */

const pad = (value: number): string => String(value).padStart(2, '0');

/** 754_000 → "12:34"; hours roll into minutes ("75:00"). Negative durations count as zero. */
export function formatMinSec(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** 4_500_000 → "1:15" (hours and minutes, for presence). */
export function formatHourMin(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  return `${Math.floor(minutes / 60)}:${pad(minutes % 60)}`;
}

/** A wall-clock time in the browser's time zone: "14:05". */
export function formatClock(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Whole minutes, rounded to the nearest one. */
export function roundMinutes(ms: number): number {
  return Math.round(Math.abs(ms) / 60_000);
}
