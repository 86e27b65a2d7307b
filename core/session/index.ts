/** The pure session core: the log's vocabulary and every view computed from it. */
export * from './events';
export { applyRoomEvent, changesRoom, emptyRoomState, roomState, DEFAULT_CHAT_LIMIT, type RoomState } from './room';
export {
  agendaClock,
  DEFAULT_WARN_BEFORE_MS,
  type AgendaClock,
  type AgendaItemReport,
  type AgendaOptions,
  type AgendaStatus,
  type AgendaWarning,
} from './agenda';
export { queueState, type QueueEntry, type QueueState, type SpeakerSummary, type Turn } from './queue';
export {
  chatLoad,
  chatQuestions,
  DEFAULT_CHAT_THRESHOLDS,
  type ChatBurst,
  type ChatLevel,
  type ChatLoad,
  type ChatQuestion,
  type ChatQuestions,
  type ChatThresholds,
} from './chatLoad';
export { isQuestion } from './questions';
export {
  attendance,
  DEFAULT_LATE_GRACE_MS,
  type Attendance,
  type AttendanceInterval,
  type AttendanceOptions,
  type AttendanceRow,
  type ServerRecordState,
} from './attendance';
export { readServerAnswer, type ServerReading } from './serverRecord';
export type { TimesSource } from './serverAttendance';
export { normalizeName, sameName } from './names';
export { checklistProgress, type ChecklistProgress } from './checklists';
export { liveViews, type LiveViews, type SessionViews } from './liveViews';
