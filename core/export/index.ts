/** Exports after the class: attendance as CSV (Excel-FR or plain) and JSON, and the class list. */
export { attendanceCsv, formatCsvDate, guardCell, type AttendanceCsvOptions, type CsvStyle } from './csv';
export { attendanceJson, ATTENDANCE_JSON_FORMAT, ATTENDANCE_JSON_VERSION, type AttendanceJsonMeta } from './json';
export { fileSlug, formatDuration, type ExportFile } from './format';
export * from './roster';
