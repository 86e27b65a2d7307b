import { createSignal, For, Show, type Accessor } from 'solid-js';
import type { PanelState } from '../../../core/protocol';
import { fill, type Messages } from '../../../core/i18n/messages';
import { formatClock, formatHourMin } from '../../time';
import { reconciledList } from '../../reconciled';

export interface AttendanceTableProps {
  state: Accessor<PanelState | null>;
  t: Messages;
}

/** One row per person: arrival, departure, presence, lateness and every join/leave interval. */
export function AttendanceTable(props: AttendanceTableProps) {
  const attendance = () => props.state()?.attendance ?? null;
  const rows = reconciledList(() => attendance()?.rows ?? [], 'key');
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <section class="attendance" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">
        {props.t.attendanceTitle}{' '}
        <span class="badge" data-testid="attendance-present-count" title={props.t.attendancePresentCount}>{attendance()?.presentCount ?? 0}</span>{' '}
        <span class="muted">{props.t.attendancePresentCount}</span>
      </h2>
      <Show when={rows().length > 0} fallback={<p class="muted">{props.t.attendanceNone}</p>}>
        <table class="attendance-table" data-testid="attendance">
          <thead>
            <tr>
              <th scope="col">{props.t.attendanceName}</th>
              <th scope="col">{props.t.attendanceArrival}</th>
              <th scope="col">{props.t.attendanceDeparture}</th>
              <th scope="col">{props.t.attendanceTotal}</th>
              <th scope="col">{props.t.attendanceIntervals}</th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <>
                  <tr data-testid="attendance-row" data-key={row.key} data-late={row.late} data-present={row.presentAtEnd}>
                    <td>
                      <span class="name" data-testid="attendance-label">{row.label}</span>
                      <Show when={row.moderator}> <span class="tag" data-testid="attendance-moderator">{props.t.moderator}</span></Show>
                      <Show when={row.you}> <span class="tag">{props.t.you}</span></Show>
                    </td>
                    <td>
                      <time data-testid="attendance-arrival">{formatClock(row.firstArrivalAt)}</time>
                      <Show when={row.late}> <span class="tag late" data-testid="attendance-late">{props.t.attendanceLate}</span></Show>
                    </td>
                    <td data-testid="attendance-departure">{row.lastDepartureAt === null ? props.t.attendancePresent : formatClock(row.lastDepartureAt)}</td>
                    <td data-testid="attendance-total">{formatHourMin(row.totalPresenceMs)}</td>
                    <td>
                      <button
                        type="button"
                        class="link"
                        data-testid="attendance-intervals"
                        aria-expanded={open().has(row.key)}
                        aria-label={fill(props.t.attendanceShowIntervals, { name: row.label })}
                        onClick={() => toggle(row.key)}
                      >
                        {row.intervals.length}
                      </button>
                    </td>
                  </tr>
                  <Show when={open().has(row.key)}>
                    <tr class="attendance-detail">
                      <td colSpan={5}>
                        <ul data-testid="attendance-interval-list">
                          <For each={row.intervals}>
                            {(interval) => (
                              <li>
                                {formatClock(interval.joinedAt)} – {interval.leftAt === null ? props.t.attendancePresent : formatClock(interval.leftAt)}
                              </li>
                            )}
                          </For>
                        </ul>
                      </td>
                    </tr>
                  </Show>
                </>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
