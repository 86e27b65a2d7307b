/** Shared pieces of the exports: dates in the moderator's time zone, durations, file names. */

export interface ExportFile {
  fileName: string;
  mime: string;
  /** Exactly what to save (with the byte order mark when the format wants one). */
  bytes: Uint8Array;
  text: string;
}

export interface DateParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** Calendar parts of an instant in a time zone (the browser's own when none is given). */
export function dateParts(at: number, timeZone?: string): DateParts {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((part) => [part.type, part.value]));
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** `2025-03-10`, in the given time zone. */
export function isoDay(at: number, timeZone?: string): string {
  const p = dateParts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `h:mm:ss`, hours unbounded (a 26-hour total stays readable and sortable). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** A file-name-safe version of a room title: ASCII letters and digits, dashes, 60 characters at most. */
export function fileSlug(title: string, fallback = 'seance'): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
}
