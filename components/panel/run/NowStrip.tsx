import { Show, type Accessor, type JSX } from 'solid-js';
import type { PanelState, SessionCommand } from '../../../core/protocol';
import { fill } from '../../../core/i18n/messages';
import { capabilityLabel } from '../../../core/i18n/capabilities';
import { levelText, remainingText, statusText } from '../../agendaText';
import { formatClock, formatMinSec } from '../../time';
import { Icon, type IconName } from '../../icons';
import { chatLevelText } from './ChatActivity';
import type { LiveClock } from './liveClock';
import { useT } from '../../i18n';

export interface NowStripProps {
  state: Accessor<PanelState | null>;
  live: LiveClock;
  command: (command: SessionCommand) => void;
  /** A counter is also the way in: it unfolds its section and brings it into view. */
  openSection: (id: 'queue' | 'chat' | 'people') => void;
}

/**
 * The class in one glance, always in view at the top of Animer: where the agenda is and how much
 * time is left, who has the floor and who is next (with the button that gives it), and what needs
 * the teacher now. Levels are said in words as well as colours.
 */
export function NowStrip(props: NowStripProps) {
  const t = useT();
  const clock = () => props.live.clock();
  const hasAgenda = () => clock().items.length > 0;
  const status = () => clock().status;
  const nextItem = () => (hasAgenda() && status() !== 'finished' ? clock().items[clock().currentIndex + 1] ?? null : null);
  const queue = () => props.state()?.queue ?? null;
  const lost = () => (props.state()?.health ?? []).filter((entry) => entry.status === 'degraded').map((entry) => entry.capability);
  const chatLevel = () => props.state()?.chatLoad?.level ?? 'calm';
  const openQuestions = () => props.state()?.questions?.open.length ?? 0;
  const seen = () => props.state()?.attendance?.rows.length ?? props.state()?.participantCount ?? 0;

  const Counter = (p: { icon: IconName; label: string; section: 'queue' | 'chat' | 'people'; level?: string; children: JSX.Element }) => (
    <li>
      <button type="button" class="counter" data-level={p.level} title={p.label} onClick={() => props.openSection(p.section)}>
        <Icon name={p.icon} /> <span class="visually-hidden">{p.label} :</span> {p.children}
      </button>
    </li>
  );

  return (
    <div class="now-strip" data-testid="now-strip" role="region" aria-label={t.nowTitle}>
      <div class="now-agenda" data-testid="now-agenda" data-level={clock().warning} data-status={status()}>
        <p class="now-item">
          <Show when={hasAgenda()}>
            <span class="now-position" data-testid="now-position">{clock().currentIndex + 1}/{clock().items.length}</span>{' '}
          </Show>
          <strong data-testid="agenda-current-title">{clock().currentItem?.title ?? t.agendaFreeTimer}</strong>{' '}
          <span class="now-status" data-testid="agenda-status">({statusText(t, status())})</span>
        </p>
        <div class="now-clock">
          <Show when={hasAgenda()} fallback={<strong class="now-remaining" data-testid="now-elapsed">{formatMinSec(clock().runningMs)}</strong>}>
            <strong class="now-remaining" data-testid="agenda-remaining">{remainingText(t, clock())}</strong>
          </Show>
          <Show when={hasAgenda() && (status() === 'running' || status() === 'paused')}>
            <span class="now-level" data-testid="agenda-level">{levelText(t, clock().warning)}</span>
          </Show>
          <span class="now-controls">
            <Show when={status() === 'idle'}>
              <button type="button" class="primary" data-testid="agenda-start" onClick={() => props.command({ type: 'agenda.started' })}>
                <Icon name="play" /> {t.agendaStart}
              </button>
            </Show>
            <Show when={status() === 'running'}>
              <button type="button" class="icon-button" data-testid="agenda-pause" aria-label={t.agendaPause} title={t.agendaPause} onClick={() => props.command({ type: 'agenda.paused' })}>
                <Icon name="pause" />
              </button>
            </Show>
            <Show when={status() === 'paused'}>
              <button type="button" class="primary" data-testid="agenda-resume" onClick={() => props.command({ type: 'agenda.resumed' })}>
                <Icon name="play" /> {t.agendaResume}
              </button>
            </Show>
            <Show when={status() !== 'idle'}>
              <button
                type="button"
                data-testid="agenda-next"
                disabled={status() === 'finished'}
                aria-label={t.nextItemLabel}
                aria-keyshortcuts="Alt+Shift+N"
                title={t.overlayAgendaNextLabel}
                onClick={() => props.command({ type: 'agenda.next' })}
              >
                <Icon name="nextItem" /> {t.agendaNext}
              </button>
            </Show>
          </span>
        </div>
        <Show when={nextItem() || clock().projectedEndAt !== null}>
          <p class="now-then muted">
            <Show when={nextItem()}>
              {(item) => <span data-testid="now-next-item">{fill(t.nowThen, { title: item().title, n: Math.round(item().plannedMs / 60_000) })}</span>}
            </Show>
            <Show when={nextItem() && clock().projectedEndAt !== null}>{' · '}</Show>
            <Show when={clock().projectedEndAt}>{(end) => <span data-testid="now-projected-end">{t.nowEnds} {formatClock(end())}</span>}</Show>
          </p>
        </Show>
      </div>

      <div class="now-floor" data-testid="now-floor">
        <p class="now-speaker" data-testid="queue-speaking">
          <Icon name="mic" />{' '}
          <Show when={queue()?.speaking} fallback={<span class="muted">{t.queueNobodySpeaking}</span>}>
            {(turn) => (
              <>
                <strong class="name" data-testid="queue-speaker-name">{turn().name}</strong> <span>{t.nowSpeaks}</span>{' '}
                <button type="button" class="small" data-testid="queue-done" aria-label={fill(t.queueDoneName, { name: turn().name })} onClick={() => props.command({ type: 'queue.done' })}>
                  <Icon name="check" size={14} /> {t.queueDone}
                </button>
              </>
            )}
          </Show>
        </p>
        <div class="now-next-speaker">
          <span data-testid="now-next-speaker" id="now-next-speaker" class="now-next-name">
            <Show when={queue()?.suggestedNext} fallback={<span class="muted">{t.queueEmpty}</span>}>
              {(entry) => <>{t.overlayNextSpeakers} <strong class="name">{entry().name}</strong></>}
            </Show>
          </span>
          <button
            type="button"
            class="primary"
            data-testid="queue-next"
            disabled={!queue()?.suggestedNext}
            aria-describedby="now-next-speaker"
            aria-keyshortcuts="Alt+Shift+P"
            title={t.overlayQueueNextLabel}
            onClick={() => props.command({ type: 'queue.next' })}
          >
            <Icon name="giveFloor" /> {t.queueNext}
          </button>
        </div>
      </div>

      <ul class="now-counters" aria-label={t.nowCounters}>
        <Counter icon="hand" label={t.handsRaised} section="queue">
          <span data-testid="hand-count">{props.state()?.hands.length ?? 0}</span>
        </Counter>
        <Counter icon="chat" label={t.chatLoadTitle} section="chat" level={chatLevel()}>
          <span data-testid="now-chat-level">{chatLevelText(t, chatLevel())}</span>
        </Counter>
        <Counter icon="question" label={t.questionsTitle} section="chat">
          <span data-testid="now-questions">{openQuestions()}</span>
        </Counter>
        <Counter icon="people" label={t.nowPresentSeen} section="people">
          <span data-testid="participant-count">{props.state()?.participantCount ?? 0}</span>/<span data-testid="now-seen">{seen()}</span>
        </Counter>
      </ul>

      {/* A capability that stopped finding anything is said at once, in the strip, not left to a list below. */}
      <Show when={props.state()?.connected && lost().length > 0}>
        <p class="now-alert" role="alert" data-testid="health-lost">
          <Icon name="warning" /> {fill(t.healthLost, { capabilities: lost().map((capability) => capabilityLabel(t, capability)).join(', ') })}
        </p>
      </Show>
    </div>
  );
}
