/**
 * Attendance as JSON, for other programs: ISO 8601 times (UTC), durations in milliseconds and
 * every presence interval. The format is versioned like the templates file.
 * `timesFrom` says, per participant, whose times these are: `server` (BBB's own attendance
 * record) or `page`; `serverRecord` says how that record was last read (null: never).
 */
import type { Attendance } from '../session/attendance';
import type { PlatformId } from '../session/events';
import { fileSlug, isoDay, type ExportFile } from './format';
import type { RosterMatch } from './roster';

export const ATTENDANCE_JSON_FORMAT = 'moderato-attendance';
export const ATTENDANCE_JSON_VERSION = 1;

export interface AttendanceJsonMeta {
  title: string;
  platform?: PlatformId;
  roomKey?: string;
  exportedAt: Date;
  roster?: RosterMatch;
  timeZone?: string;
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

export function attendanceJson(attendance: Attendance, meta: AttendanceJsonMeta): ExportFile {
  const rosterStatus = new Map<string, 'present' | 'unknown'>();
  for (const { row } of meta.roster?.present ?? []) rosterStatus.set(row.key, 'present');
  for (const row of meta.roster?.unknown ?? []) rosterStatus.set(row.key, 'unknown');
  const document = {
    format: ATTENDANCE_JSON_FORMAT,
    version: ATTENDANCE_JSON_VERSION,
    exportedAt: meta.exportedAt.toISOString(),
    session: {
      title: meta.title,
      platform: meta.platform ?? null,
      roomKey: meta.roomKey ?? null,
      startedAt: iso(attendance.sessionStartedAt),
      endedAt: iso(attendance.endedAt),
    },
    presentAtEnd: attendance.presentCount,
    serverRecord: attendance.server
      ? { status: attendance.server.status, lastReadAt: iso(attendance.server.lastReadAt), lastSuccessfulReadAt: iso(attendance.server.lastOkReadAt) }
      : null,
    participants: attendance.rows.map((row) => ({
      name: row.name,
      label: row.label,
      formerNames: row.formerNames,
      moderator: row.moderator,
      firstArrivalAt: iso(row.firstArrivalAt),
      lastDepartureAt: iso(row.lastDepartureAt),
      totalPresenceMs: row.totalPresenceMs,
      presentAtEnd: row.presentAtEnd,
      late: row.late,
      lateByMs: row.arrivalAfterStartMs,
      connections: row.intervals.length,
      intervals: row.intervals.map((interval) => ({ joinedAt: iso(interval.joinedAt), leftAt: iso(interval.leftAt) })),
      timesFrom: row.source,
      sameNameUnmatched: row.ambiguous,
      ...(meta.roster ? { roster: rosterStatus.get(row.key) ?? null } : {}),
    })),
    ...(meta.roster ? { absent: meta.roster.absent.map((entry) => entry.name) } : {}),
  };
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const day = attendance.sessionStartedAt ?? attendance.rows[0]?.firstArrivalAt ?? null;
  return {
    fileName: `presences-${fileSlug(meta.title)}-${day === null ? 'sans-date' : isoDay(day, meta.timeZone)}.json`,
    mime: 'application/json',
    bytes: new TextEncoder().encode(text),
    text,
  };
}
