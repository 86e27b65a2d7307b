import { createMemo, For, Show } from 'solid-js';
import { fill, type MessageKey } from '../../../core/i18n/messages';
import { sessionReport } from '../../../core/report/report';
import { attendance as computeAttendance } from '../../../core/session/attendance';
import type { LoggedEvent } from '../../../core/session/events';
import type { Template } from '../../../core/templates/schema';
import { formatDuration } from '../../../core/export/format';
import { ServerRecordStatus } from '../run/ServerRecordStatus';
import { useT } from '../../i18n';

export interface ReportViewProps {
  events: readonly LoggedEvent[];
  now: number;
  template?: Template | undefined;
}

const OUTCOME_KEYS: Record<string, MessageKey> = {
  pending: 'chkStatusPending',
  done: 'chkStatusDone',
  failed: 'chkStatusFailed',
  'manual-confirmed': 'chkStatusManualConfirmed',
  skipped: 'chkStatusSkipped',
};

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Minutes, rounded, with a sign for differences. */
export const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;
export const signedMinutes = (ms: number) => {
  const m = Math.round(ms / 60_000);
  return `${m > 0 ? '+' : m < 0 ? '−' : '±'}${Math.abs(m)} min`;
};

/** The session report: agenda, attendance, speaking, chat and checklists, from the log alone. */
export function ReportView(props: ReportViewProps) {
  const t = useT();
  const report = createMemo(() => sessionReport(props.events, props.now, props.template));
  const presence = createMemo(() => computeAttendance(props.events, props.now));
  const rows = () => presence().rows.filter((row) => !row.you);
  const yesNo = (value: boolean) => (value ? t.revYes : t.revNo);

  return (
    <div class="report" data-testid="report">
      <p data-testid="report-summary">
        <Show when={report().startedAt !== null}>
          {t.revStarted} : {dateTime.format(report().startedAt!)} · {t.revDuration} :{' '}
          <span data-testid="report-duration">{formatDuration(report().durationMs)}</span>
          <Show when={!report().ended}> ({t.revOngoing})</Show>
        </Show>
      </p>

      <Show when={report().agenda.items.length > 0}>
        <h3>{t.revAgenda}</h3>
        <table data-testid="report-agenda">
          <thead>
            <tr><th>{t.revItem}</th><th>{t.revPlanned}</th><th>{t.revActual}</th><th>{t.revDifference}</th></tr>
          </thead>
          <tbody>
            <For each={report().agenda.items}>
              {(item) => (
                <tr data-item-id={item.id} data-state={item.state}>
                  <td>{item.title}</td>
                  <td>{minutes(item.plannedMs + item.extendedMs)}</td>
                  <td>{minutes(item.actualMs)}</td>
                  <td classList={{ over: item.differenceMs > 60_000 }}>{signedMinutes(item.differenceMs)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>

      <h3>{t.revAttendance}</h3>
      <p data-testid="report-attendance-totals">
        {fill(t.revAttendanceTotals, { total: report().attendance.total, end: report().attendance.presentAtEnd, late: report().attendance.late })}
      </p>
      <ServerRecordStatus server={() => presence().server} />
      <Show when={rows().length > 0}>
        <table data-testid="report-attendance">
          <thead>
            <tr><th>{t.revName}</th><th>{t.revArrival}</th><th>{t.revPresence}</th><th>{t.revPresentAtEnd}</th><th>{t.revLate}</th><th>{t.timesFrom}</th></tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr>
                  <td>{row.label}</td>
                  <td>{time.format(row.firstArrivalAt)}</td>
                  <td>{formatDuration(row.totalPresenceMs)}</td>
                  <td>{yesNo(row.presentAtEnd)}</td>
                  <td>{yesNo(row.late)}</td>
                  <td data-testid="report-times-from" data-source={row.source}>
                    {row.source === 'server' ? t.timesFromServer : t.timesFromPage}
                    <Show when={row.ambiguous}> ({t.timesAmbiguous})</Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>

      <h3>{t.revSpeaking}</h3>
      <p data-testid="report-speaking-totals">
        {fill(t.revSpeakingTotals, { turns: report().speaking.turns, talk: formatDuration(report().speaking.totalTalkMs) })}
      </p>
      <Show when={report().speaking.people.length > 0}>
        <table data-testid="report-speaking">
          <thead>
            <tr><th>{t.revName}</th><th>{t.revTurns}</th><th>{t.revTalk}</th></tr>
          </thead>
          <tbody>
            <For each={report().speaking.people}>
              {(person) => (
                <tr><td>{person.name}</td><td>{person.turns}</td><td>{formatDuration(person.talkMs)}</td></tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>

      <h3>{t.revChat}</h3>
      <p data-testid="report-chat">
        {fill(t.revChatTotals, {
          messages: report().chat.messages,
          senders: report().chat.senders,
          asked: report().chat.questionsAsked,
          answered: report().chat.questionsAnswered,
          peak: report().chat.peakPerMinute.messages,
        })}
      </p>
      <Show when={report().chat.missed > 0}>
        <p data-testid="report-chat-missed">{fill(t.revChatMissed, { count: report().chat.missed })}</p>
      </Show>

      <Show when={report().checklists.length > 0}>
        <h3>{t.revChecklists}</h3>
        <ul data-testid="report-checklists">
          <For each={report().checklists}>
            {(step) => (
              <li data-step-id={step.stepId} data-outcome={step.outcome}>
                {step.label} : {t[OUTCOME_KEYS[step.outcome] ?? 'chkStatusPending']}
                <Show when={step.detail}> ({step.detail})</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
