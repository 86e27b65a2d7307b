import { createEffect, createMemo, createResource, createSignal, For, on, Show, type Accessor } from 'solid-js';
import type { PanelHub } from '../panelHub';
import type { PanelStores } from '../prepare/stores';
import { attendance as computeAttendance } from '../../../core/session/attendance';
import type { LoggedEvent } from '../../../core/session/events';
import type { Template } from '../../../core/templates/schema';
import { formatDuration } from '../../../core/export/format';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../../background/storage/sessions';
import { ReportView } from './ReportView';
import { ExportDialog } from './ExportDialog';
import { applyRetention, deleteHistory } from '../../../background/storage/retention';
import { useT } from '../../i18n';

export interface ReviewViewProps {
  stores: PanelStores;
  hub: PanelHub | null;
  /** The template of the current session, for planned agenda and checklist labels. */
  template?: Accessor<Template | null>;
  now?: () => number;
}

const LIVE_REFRESH_MS = 15_000;
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Bilan: the report of the current (or a past) session, attendance export, history, retention. */
export function ReviewView(props: ReviewViewProps) {
  const t = useT();
  const now = () => props.now?.() ?? Date.now();
  const currentId = () => props.hub?.state()?.room?.sessionId ?? null;
  const [picked, setPicked] = createSignal<string | null>(null);
  const [refresh, setRefresh] = createSignal(0);
  const [exporting, setExporting] = createSignal(false);
  const [confirm, setConfirm] = createSignal<string | 'all' | null>(null);
  const [retentionMessage, setRetentionMessage] = createSignal<string | null>(null);
  const shownId = () => picked() ?? currentId();

  const [session] = createResource(
    // Always a source (never false): a resource keeps its last value when its source goes falsy.
    () => ({ id: shownId(), tick: refresh() }),
    async ({ id }) => {
      if (id === null) return null;
      const record = await props.stores.sessions.get(id);
      if (!record) return null;
      const events = (await props.stores.sessions.events(id)) as unknown as LoggedEvent[];
      return { record, events, at: now() };
    },
  );
  // The current session's report follows the live room, re-read at most every 15 s.
  let lastLiveRead = 0;
  createEffect(
    on(
      () => props.hub?.state()?.computedAt,
      () => {
        if (picked() !== null || currentId() === null || now() - lastLiveRead < LIVE_REFRESH_MS) return;
        lastLiveRead = now();
        setRefresh((n) => n + 1);
      },
      { defer: true },
    ),
  );
  const [history, { refetch: refetchHistory }] = createResource(() => refresh() + 1, () => props.stores.sessions.list());
  const [retention, { refetch: refetchRetention }] = createResource(() => props.stores.sessions.retentionDays());
  const presence = createMemo(() => {
    const s = session();
    return s ? computeAttendance(s.events, s.at) : null;
  });
  // The template names the checklist steps; its agenda is not shown as if the class had used it:
  // Bilan shows the agenda the class actually ran (set in Animer, or taken from a planned class).
  const template = () => {
    const current = shownId() === currentId() ? props.template?.() ?? undefined : undefined;
    return current && { ...current, agenda: [] };
  };

  const reload = () => {
    setRefresh((n) => n + 1);
    void refetchHistory();
  };

  const remove = async (target: string | 'all') => {
    if (target === 'all') await deleteHistory(props.stores.sessions, props.stores.plans, now());
    else await props.stores.sessions.delete(target);
    if (target === 'all' || target === picked()) setPicked(null);
    setConfirm(null);
    reload();
  };

  const saveRetention = async (event: SubmitEvent) => {
    event.preventDefault();
    const value = Number(new FormData(event.currentTarget as HTMLFormElement).get('retention'));
    if (!Number.isInteger(value) || value < MIN_RETENTION_DAYS || value > MAX_RETENTION_DAYS) return setRetentionMessage(t.retInvalid);
    await props.stores.sessions.setRetentionDays(value);
    await applyRetention(props.stores.sessions, props.stores.plans, now());
    setRetentionMessage(t.retSaved);
    void refetchRetention();
    reload();
  };

  return (
    <div class="review" data-testid="review-view">
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">
          {t.revTitle}
          <Show when={session()}>{(s) => <> — <span data-testid="report-title">{s().record.roomTitle}</span></>}</Show>
        </h2>
        <Show when={session()} fallback={<p class="muted" data-testid="report-empty">{t.revNoSession}</p>}>
          {(s) => (
            <>
              <div class="actions">
                <Show when={picked() !== null && currentId() !== null}>
                  <button type="button" onClick={() => setPicked(null)}>{t.revCurrent}</button>
                </Show>
                <button type="button" data-testid="report-refresh" onClick={reload}>{t.revRefresh}</button>
                <button type="button" data-testid="export-open" onClick={() => setExporting(true)}>{t.expOpen}</button>
              </div>
              <Show when={exporting() && presence()}>
                {(attendance) => (
                  <ExportDialog
                    attendance={attendance()}
                    title={s().record.roomTitle}
                    platform={s().record.platform}
                    roomKey={s().record.roomKey}
                    onClose={() => setExporting(false)}
                  />
                )}
              </Show>
              <ReportView events={s().events} now={s().at} template={template()} />
            </>
          )}
        </Show>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.histTitle}</h2>
        <ul class="history" data-testid="history">
          <For each={history() ?? []} fallback={<li class="muted">{t.histNone}</li>}>
            {(record) => (
              <li data-session-id={record.id} aria-current={record.id === shownId() ? 'true' : undefined}>
                <strong>{record.roomTitle}</strong> — {dateTime.format(record.startedAt)} ·{' '}
                {formatDuration(Math.max(0, (record.endedAt ?? record.lastEventAt) - record.startedAt))}{' '}
                <button type="button" onClick={() => { setPicked(record.id); setExporting(false); }}>{t.histOpen}</button>{' '}
                <button type="button" onClick={() => setConfirm(record.id)}>{t.histDelete}</button>
                <Show when={confirm() === record.id}>
                  <div class="confirm" role="alertdialog" data-testid="history-delete-confirm">
                    <p>{t.histDeleteConfirm}</p>
                    <button type="button" class="danger" onClick={() => void remove(record.id)}>{t.prepConfirm}</button>
                    <button type="button" onClick={() => setConfirm(null)}>{t.prepCancel}</button>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={(history() ?? []).length > 0}>
          <button type="button" data-testid="history-delete-all" onClick={() => setConfirm('all')}>{t.histDeleteAll}</button>
        </Show>
        <Show when={confirm() === 'all'}>
          <div class="confirm" role="alertdialog" data-testid="history-delete-all-confirm">
            <p>{t.histDeleteAllConfirm}</p>
            <button type="button" class="danger" onClick={() => void remove('all')}>{t.prepConfirm}</button>
            <button type="button" onClick={() => setConfirm(null)}>{t.prepCancel}</button>
          </div>
        </Show>
      </section>

      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">{t.retTitle}</h2>
        <form class="retention" onSubmit={(e) => void saveRetention(e)}>
          <label>
            {t.retLabel}{' '}
            <input name="retention" data-testid="retention-days" type="number" min={MIN_RETENTION_DAYS} max={MAX_RETENTION_DAYS} value={retention() ?? ''} />
          </label>
          <button type="submit">{t.retSave}</button>
        </form>
        <Show when={retentionMessage()}>
          <p role="status" data-testid="retention-message">{retentionMessage()}</p>
        </Show>
      </section>
    </div>
  );
}
