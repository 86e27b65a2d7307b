import { createMemo, createSignal, For, Show } from 'solid-js';
import { attendanceCsv, attendanceJson, matchRoster, parseRoster, type ExportFile } from '../../../core/export';
import type { Attendance } from '../../../core/session/attendance';
import type { PlatformId } from '../../../core/session/events';
import { downloadFile, readFileText } from '../prepare/download';
import { useLocale, useT } from '../../i18n';
import { rosterErrorText } from '../importErrorText';
import type { RosterError } from '../../../core/export/roster';

export type ExportFormat = 'excel-fr' | 'en' | 'json';

export interface ExportDialogProps {
  attendance: Attendance;
  title: string;
  platform?: PlatformId;
  roomKey?: string;
  now?: () => Date;
  timeZone?: string;
  /** Saves the file (default: a Blob and `<a download>`). */
  save?: (file: ExportFile) => void;
  onClose?: () => void;
}

/** Builds the attendance file in the chosen format, with the roster when one is given. */
export function buildAttendanceFile(
  format: ExportFormat,
  attendance: Attendance,
  meta: { title: string; platform?: PlatformId; roomKey?: string; exportedAt: Date; timeZone?: string },
  roster?: ReturnType<typeof matchRoster>,
): ExportFile {
  const extra = { ...(roster ? { roster } : {}), ...(meta.timeZone ? { timeZone: meta.timeZone } : {}) };
  if (format === 'json') {
    return attendanceJson(attendance, {
      title: meta.title,
      exportedAt: meta.exportedAt,
      ...(meta.platform ? { platform: meta.platform } : {}),
      ...(meta.roomKey ? { roomKey: meta.roomKey } : {}),
      ...extra,
    });
  }
  return attendanceCsv(attendance, { style: format, title: meta.title, ...extra });
}

/** "Exporter les présences": format, optional class list (pasted or from a file), download. */
export function ExportDialog(props: ExportDialogProps) {
  const t = useT();
  const locale = useLocale();
  const [format, setFormat] = createSignal<ExportFormat>(locale === 'en' ? 'en' : 'excel-fr');
  const [rosterText, setRosterText] = createSignal('');
  const parsed = createMemo(() => (rosterText().trim() === '' ? null : parseRoster(rosterText())));
  const match = createMemo(() => {
    const result = parsed();
    return result && result.ok ? matchRoster(result.entries, props.attendance) : undefined;
  });

  const download = () => {
    const file = buildAttendanceFile(
      format(),
      props.attendance,
      {
        title: props.title,
        exportedAt: props.now?.() ?? new Date(),
        ...(props.platform ? { platform: props.platform } : {}),
        ...(props.roomKey ? { roomKey: props.roomKey } : {}),
        ...(props.timeZone ? { timeZone: props.timeZone } : {}),
      },
      match(),
    );
    (props.save ?? ((f: ExportFile) => downloadFile(f.bytes, f.fileName, f.mime)))(file);
  };

  const formats: { value: ExportFormat; label: () => string }[] = [
    { value: 'excel-fr', label: () => t.expExcelFr },
    { value: 'en', label: () => t.expEnglish },
    { value: 'json', label: () => t.expJson },
  ];

  return (
    <div class="export-dialog" role="dialog" aria-labelledby="export-heading" data-testid="export-dialog">
      <h3 id="export-heading">{t.expOpen}</h3>
      <fieldset>
        <legend>{t.expFormat}</legend>
        <For each={formats}>
          {(entry) => (
            <label>
              <input type="radio" name="export-format" value={entry.value} checked={format() === entry.value} onChange={() => setFormat(entry.value)} />
              {entry.label()}
            </label>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>{t.expRoster}</legend>
        <label>
          {t.expRosterPaste}
          <textarea data-testid="export-roster-text" rows={5} value={rosterText()} onInput={(e) => setRosterText(e.currentTarget.value)} />
        </label>
        <label>
          {t.expRosterFile}{' '}
          <input
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            data-testid="export-roster-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void readFileText(file).then(setRosterText);
            }}
          />
        </label>
        <Show when={parsed()?.ok === false ? parsed() : null}>
          {(failed) => (
            <ul class="warning" role="alert" data-testid="export-roster-errors">
              <For each={(failed() as { ok: false; errors: RosterError[] }).errors}>
                {(error) => <li>{rosterErrorText(t, error)}</li>}
              </For>
            </ul>
          )}
        </Show>
        <Show when={match()}>
          {(m) => (
            <div class="roster-match" data-testid="export-roster-match">
              <p>{t.expPresent} ({m().present.length})</p>
              <ul data-testid="roster-present"><For each={m().present}>{(p) => <li>{p.entry.name}</li>}</For></ul>
              <p>{t.expAbsent} ({m().absent.length})</p>
              <ul data-testid="roster-absent"><For each={m().absent}>{(entry) => <li>{entry.name}</li>}</For></ul>
              <p>{t.expUnknown} ({m().unknown.length})</p>
              <ul data-testid="roster-unknown"><For each={m().unknown}>{(row) => <li>{row.label}</li>}</For></ul>
            </div>
          )}
        </Show>
      </fieldset>
      <div class="actions">
        <button type="button" class="primary" data-testid="export-download" onClick={download}>{t.expDownload}</button>
        <Show when={props.onClose}>
          <button type="button" onClick={() => props.onClose?.()}>{t.expClose}</button>
        </Show>
      </div>
    </div>
  );
}
