/** Exports after the class: attendance as CSV (Excel-FR or plain) and JSON, and the class list. */
export { attendanceCsv } from './csv';
export { attendanceJson } from './json';
export type { ExportFile } from './format';
export * from './roster';
