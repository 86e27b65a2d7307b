import { createEffect, createSignal, For, on, Show, type Accessor } from 'solid-js';
import type { PanelState, SessionCommand } from '../../../core/protocol';
import type { AgendaItemReport } from '../../../core/session/agenda';
import type { AgendaItem, LoggedEvent } from '../../../core/session/events';
import { fill, type Messages } from '../../../core/i18n/messages';
import { formatClock, formatMinSec, roundMinutes } from '../../time';
import { AgendaEditor } from './AgendaEditor';
import { beep } from './beep';
import { reconciledList } from '../../reconciled';
import { createLiveClock, type LiveClock } from './liveClock';
import { Dialog } from './Dialog';
import { Icon } from '../../icons';
import { useT } from '../../i18n';

export interface AgendaTimerProps {
  state: Accessor<PanelState | null>;
  command: (command: SessionCommand) => void;
  /** The view's shared clock (the "now" strip shows its current item); made here when used alone. */
  live?: LiveClock;
}

const MINUTE = 60_000;

/** The agenda as last set (with objectives, which the clock's report leaves out). */
export function agendaItemsOf(log: readonly LoggedEvent[]): AgendaItem[] {
  for (let index = log.length - 1; index >= 0; index -= 1) {
    const event = log[index]!;
    if (event.type === 'agenda.set') return event.items;
  }
  return [];
}

function itemStateText(t: Messages, state: AgendaItemReport['state']): string {
  return { done: t.agendaItemDone, current: t.agendaItemCurrent, upcoming: t.agendaItemUpcoming, skipped: t.agendaItemSkipped }[state];
}

/**
 * The agenda section of Animer: the plan (items, schedule), the less frequent controls (back,
 * extend, jump) and settings. The current item, its time and start/pause/next are in the "now"
 * strip. The editor opens in a dialog, not in the middle of the live page.
 */
export function AgendaTimer(props: AgendaTimerProps) {
  const t = useT();
  const { clock, warnMinutes, setWarnMinutes, sound, setSound } = props.live ?? createLiveClock(() => props.state()?.agendaLog ?? []);
  const [editing, setEditing] = createSignal(false);
  const items = reconciledList(() => clock().items, 'id');
  const hasAgenda = () => items().length > 0;
  const status = () => clock().status;

  // One beep when the level turns to warning, one when it turns to overrun; never on opening.
  createEffect(
    on(
      () => clock().warning,
      (level, previous) => {
        if (previous !== undefined && level !== previous && level !== 'ok' && sound()) beep(level === 'overrun' ? 660 : 880);
      },
    ),
  );

  const schedule = () => {
    const behind = clock().behindPlanMs;
    if (roundMinutes(behind) === 0) return t.agendaOnSchedule;
    return fill(behind > 0 ? t.agendaBehind : t.agendaAhead, { n: roundMinutes(behind) });
  };

  return (
    <div class="agenda" data-testid="agenda" data-level={clock().warning} data-status={status()}>
      <Show when={clock().currentItem?.objective}>
        {(objective) => <p class="agenda-objective" data-testid="agenda-objective">{t.agendaObjective} {objective()}</p>}
      </Show>
      <p class="agenda-schedule" data-testid="agenda-schedule">
        <span>{t.agendaElapsed} </span>
        <span class="agenda-elapsed" data-testid="agenda-elapsed">{formatMinSec(hasAgenda() ? clock().elapsedMs : clock().runningMs)}</span>
        <Show when={clock().plannedEndAt !== null}>
          {' · '}
          <span data-testid="agenda-ahead-behind">{schedule()}</span>{' · '}
          {t.agendaPlannedEnd} <time data-testid="agenda-planned-end">{formatClock(clock().plannedEndAt!)}</time>{' · '}
          {t.agendaProjectedEnd} <time data-testid="agenda-projected-end">{formatClock(clock().projectedEndAt ?? clock().plannedEndAt!)}</time>
        </Show>
      </p>

      <Show when={hasAgenda()}>
        <div class="agenda-controls" role="group" aria-label={t.agendaTitle}>
          <button type="button" data-testid="agenda-previous" disabled={clock().currentIndex === 0 && status() !== 'finished'} onClick={() => props.command({ type: 'agenda.previous' })}>
            <Icon name="previous" /> {t.agendaPrevious}
          </button>
          <button type="button" data-testid="agenda-extend-1" aria-label={fill(t.agendaExtendLabel, { n: 1 })} disabled={status() === 'finished'} onClick={() => props.command({ type: 'agenda.extended', minutes: 1 })}>+1 min</button>
          <button type="button" data-testid="agenda-extend-5" aria-label={fill(t.agendaExtendLabel, { n: 5 })} disabled={status() === 'finished'} onClick={() => props.command({ type: 'agenda.extended', minutes: 5 })}>+5 min</button>
        </div>
        <ol class="agenda-items" data-testid="agenda-items">
          <For each={items()}>
            {(item, index) => (
              <li data-testid="agenda-item" data-state={item.state} data-item-id={item.id} aria-current={item.state === 'current' ? 'step' : undefined}>
                <button type="button" class="link" data-testid="agenda-jump" aria-label={fill(t.agendaJumpTo, { title: item.title })} onClick={() => props.command({ type: 'agenda.jumped', index: index() })}>
                  {item.title}
                </button>{' '}
                <span class="agenda-item-times" data-testid="agenda-item-times">
                  {t.agendaPlanned} {Math.round((item.plannedMs + item.extendedMs) / MINUTE)} min · {t.agendaActual} {formatMinSec(item.actualMs)}
                </span>{' '}
                <span class="tag">{itemStateText(t, item.state)}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>

      <div class="agenda-settings">
        <label>
          <input type="checkbox" data-testid="agenda-sound" checked={sound()} onChange={(event) => setSound(event.currentTarget.checked)} /> {t.agendaSound}
        </label>{' '}
        <label>
          {t.agendaWarnBefore}{' '}
          <input
            type="number"
            min="0"
            step="1"
            class="short"
            data-testid="agenda-warn-before"
            value={warnMinutes()}
            onInput={(event) => {
              const minutes = Number(event.currentTarget.value);
              if (Number.isFinite(minutes) && minutes >= 0) setWarnMinutes(minutes);
            }}
          />
        </label>
      </div>

      <button type="button" data-testid="agenda-edit" onClick={() => setEditing(true)}>
        <Icon name="edit" /> {hasAgenda() ? t.agendaEdit : t.agendaCreate}
      </button>
      <Show when={editing()}>
        <Dialog labelledBy="agenda-editor-title" onClose={() => setEditing(false)}>
          <AgendaEditor
            initial={agendaItemsOf(props.state()?.agendaLog ?? [])}
            onSave={(items) => {
              props.command({ type: 'agenda.set', items });
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        </Dialog>
      </Show>
    </div>
  );
}
