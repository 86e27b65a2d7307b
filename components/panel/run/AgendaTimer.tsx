import { createEffect, createSignal, For, on, Show, type Accessor } from 'solid-js';
import type { PanelState, SessionCommand } from '../../../core/protocol';
import type { AgendaItemReport } from '../../../core/session/agenda';
import { levelText, remainingText, statusText } from '../../agendaText';
import type { AgendaItem, LoggedEvent } from '../../../core/session/events';
import { fill, type Messages } from '../../../core/i18n/messages';
import { createAgendaTicker } from '../../agendaTicker';
import { formatClock, formatMinSec, roundMinutes } from '../../time';
import { AgendaEditor } from './AgendaEditor';
import { beep } from './beep';
import { reconciledList } from '../../reconciled';

export interface AgendaTimerProps {
  state: Accessor<PanelState | null>;
  command: (command: SessionCommand) => void;
  t: Messages;
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

/** The agenda clock and its controls; the editor when no agenda is set (or on request). */
export function AgendaTimer(props: AgendaTimerProps) {
  const [warnMinutes, setWarnMinutes] = createSignal(2);
  const [sound, setSound] = createSignal(false);
  const [editing, setEditing] = createSignal(false);
  const clock = createAgendaTicker(() => props.state()?.agendaLog ?? [], () => warnMinutes() * MINUTE);
  const items = reconciledList(() => clock().items, 'id');
  const hasAgenda = () => items().length > 0;
  const status = () => clock().status;
  const active = () => status() === 'running' || status() === 'paused';

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
    if (roundMinutes(behind) === 0) return props.t.agendaOnSchedule;
    return fill(behind > 0 ? props.t.agendaBehind : props.t.agendaAhead, { n: roundMinutes(behind) });
  };

  return (
    <section class="agenda" aria-labelledby="agenda-heading" data-testid="agenda" data-level={clock().warning} data-status={status()}>
      <h2 id="agenda-heading">{props.t.agendaTitle}</h2>

      <div class="agenda-clock" data-testid="agenda-clock" data-level={clock().warning}>
        <p class="agenda-current">
          <strong data-testid="agenda-current-title">{clock().currentItem?.title ?? props.t.agendaFreeTimer}</strong>{' '}
          <span class="agenda-status" data-testid="agenda-status">({statusText(props.t, status())})</span>
        </p>
        <Show when={clock().currentItem?.objective}>
          {(objective) => (
            <p class="agenda-objective" data-testid="agenda-objective">{props.t.agendaObjective} {objective()}</p>
          )}
        </Show>
        <p class="agenda-times">
          <Show when={hasAgenda()}>
            <span>{props.t.agendaRemaining} </span>
            <strong class="agenda-remaining" data-testid="agenda-remaining">{remainingText(props.t, clock())}</strong>{' · '}
          </Show>
          <span>{props.t.agendaElapsed} </span>
          <span class="agenda-elapsed" data-testid="agenda-elapsed">{formatMinSec(hasAgenda() ? clock().elapsedMs : clock().runningMs)}</span>
        </p>
        <Show when={hasAgenda() && active()}>
          <p class="agenda-level" data-testid="agenda-level" role="status">{levelText(props.t, clock().warning)}</p>
        </Show>
        <Show when={clock().plannedEndAt !== null}>
          <p class="agenda-schedule" data-testid="agenda-schedule">
            <span data-testid="agenda-ahead-behind">{schedule()}</span>{' · '}
            {props.t.agendaPlannedEnd} <time data-testid="agenda-planned-end">{formatClock(clock().plannedEndAt!)}</time>{' · '}
            {props.t.agendaProjectedEnd} <time data-testid="agenda-projected-end">{formatClock(clock().projectedEndAt ?? clock().plannedEndAt!)}</time>
          </p>
        </Show>
      </div>

      <div class="agenda-controls" role="group" aria-label={props.t.agendaTitle}>
        <Show when={status() === 'idle'}>
          <button type="button" class="primary" data-testid="agenda-start" onClick={() => props.command({ type: 'agenda.started' })}>{props.t.agendaStart}</button>
        </Show>
        <Show when={status() === 'running'}>
          <button type="button" data-testid="agenda-pause" onClick={() => props.command({ type: 'agenda.paused' })}>{props.t.agendaPause}</button>
        </Show>
        <Show when={status() === 'paused'}>
          <button type="button" class="primary" data-testid="agenda-resume" onClick={() => props.command({ type: 'agenda.resumed' })}>{props.t.agendaResume}</button>
        </Show>
        <Show when={hasAgenda()}>
          <button type="button" data-testid="agenda-previous" disabled={clock().currentIndex === 0 && status() !== 'finished'} onClick={() => props.command({ type: 'agenda.previous' })}>
            {props.t.agendaPrevious}
          </button>
        </Show>
        <button type="button" data-testid="agenda-next" disabled={status() === 'finished'} onClick={() => props.command({ type: 'agenda.next' })}>{props.t.agendaNext}</button>
        <Show when={hasAgenda()}>
          <button type="button" data-testid="agenda-extend-1" aria-label={fill(props.t.agendaExtendLabel, { n: 1 })} disabled={status() === 'finished'} onClick={() => props.command({ type: 'agenda.extended', minutes: 1 })}>+1 min</button>
          <button type="button" data-testid="agenda-extend-5" aria-label={fill(props.t.agendaExtendLabel, { n: 5 })} disabled={status() === 'finished'} onClick={() => props.command({ type: 'agenda.extended', minutes: 5 })}>+5 min</button>
        </Show>
      </div>

      <Show when={hasAgenda()}>
        <ol class="agenda-items" data-testid="agenda-items">
          <For each={items()}>
            {(item, index) => (
              <li data-testid="agenda-item" data-state={item.state} data-item-id={item.id} aria-current={item.state === 'current' ? 'step' : undefined}>
                <button type="button" class="link" data-testid="agenda-jump" aria-label={fill(props.t.agendaJumpTo, { title: item.title })} onClick={() => props.command({ type: 'agenda.jumped', index: index() })}>
                  {item.title}
                </button>{' '}
                <span class="agenda-item-times" data-testid="agenda-item-times">
                  {props.t.agendaPlanned} {Math.round((item.plannedMs + item.extendedMs) / MINUTE)} min · {props.t.agendaActual} {formatMinSec(item.actualMs)}
                </span>{' '}
                <span class="tag">{itemStateText(props.t, item.state)}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>

      <div class="agenda-settings">
        <label>
          <input type="checkbox" data-testid="agenda-sound" checked={sound()} onChange={(event) => setSound(event.currentTarget.checked)} /> {props.t.agendaSound}
        </label>{' '}
        <label>
          {props.t.agendaWarnBefore}{' '}
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

      <Show
        when={!hasAgenda() || editing()}
        fallback={<button type="button" class="link" data-testid="agenda-edit" onClick={() => setEditing(true)}>{props.t.agendaEdit}</button>}
      >
        <AgendaEditor
          initial={agendaItemsOf(props.state()?.agendaLog ?? [])}
          t={props.t}
          onSave={(items) => {
            props.command({ type: 'agenda.set', items });
            setEditing(false);
          }}
          onCancel={hasAgenda() ? () => setEditing(false) : undefined}
        />
      </Show>
    </section>
  );
}
