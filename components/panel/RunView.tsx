import { For, onCleanup, onMount, Show, type Accessor, type JSX } from 'solid-js';
import { MANUAL_VERSION, type PanelState, type SessionCommand } from '../../core/protocol';
import { fill } from '../../core/i18n/messages';
import type { CapabilityHealth, HealthMethod } from '../../platforms/contract';
import { capabilityLabel } from '../../core/i18n/capabilities';
import type { PanelHub } from './panelHub';
import { AgendaTimer } from './run/AgendaTimer';
import { SpeakingQueue } from './run/SpeakingQueue';
import { ChatActivity } from './run/ChatActivity';
import { ParticipantsList } from './run/ParticipantsList';
import { ServerRecordStatus } from './run/ServerRecordStatus';
import { NowStrip } from './run/NowStrip';
import { createFolds, Fold } from './run/Fold';
import { createAnnouncer } from './run/announcer';
import { ManualAttendance, ManualStart } from './run/ManualMode';
import { classPhase, createLiveClock } from './run/liveClock';
import { listenForGlobalShortcuts } from '../shortcuts';
import { useT } from '../i18n';

export interface RunViewProps {
  state: Accessor<PanelState | null>;
  hub: PanelHub | null;
  /** The class's start or end checklist (with "Fermer la salle"), shown where the class is. */
  checklist?: (part: 'start' | 'end', headless?: boolean) => JSX.Element;
  /** Offered above the sections while no agenda is set: a planned class's agenda. */
  offer?: JSX.Element;
  /** Where the agenda in use came from (a planned class), said in the agenda section. */
  agendaNote?: string | null;
  /** Tests only: let synthetic key events through. */
  acceptSyntheticKeys?: boolean;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * "Animer": the class from start to end. The "now" strip stays at the top; below it, sections
 * that fold. Names and messages come from the room page: rendered as text only.
 */
export function RunView(props: RunViewProps) {
  const t = useT();
  const room = () => props.state()?.room ?? null;
  const command = (command: SessionCommand) => props.hub?.command(command);
  const manual = () => room()?.version === MANUAL_VERSION;
  const live = createLiveClock(() => props.state()?.agendaLog ?? []);
  // The class as one flow: the start checklist comes first until the class starts; the end one
  // ("Fermer la salle") comes first from the last agenda item on, and is at the bottom before.
  const phase = () => classPhase(live.clock());
  const folds = createFolds({ queue: true, people: true, chat: true, agenda: true, health: false, 'start-checklist': false, 'end-checklist': true });
  const announced = createAnnouncer(props.state, t);
  // The overlay's shortcuts work in the panel too: Alt+Shift+P gives the floor, Alt+Shift+N moves the agenda on.
  onMount(() => onCleanup(listenForGlobalShortcuts(document, command, props.acceptSyntheticKeys === true)));
  const openSection = (id: string) => {
    folds.setOpen(id, true);
    document.getElementById(`section-${id}`)?.scrollIntoView?.({ block: 'start' });
  };

  return (
    <Show
      when={room()}
      fallback={
        <div>
          <p class="muted" data-testid="no-room">{t.noRoom}</p>
          <Show when={props.state()?.storageProblem}>
            <p class="warning" role="alert" data-testid="storage-problem">{t.storageBlocked}</p>
          </Show>
          <Show when={props.hub}>{(hub) => <ManualStart start={(title) => hub().startManual(title)} />}</Show>
        </div>
      }
    >
      {(current) => (
        <div class="run">
          <header class="room-header">
            <h1 data-testid="room-title" data-session-id={current().sessionId}>{current().roomTitle}</h1>
            <p class="muted" data-testid="session-started">
              {t.sessionStarted} {timeFormat.format(current().startedAt)}
            </p>
            <Show when={manual()}>
              <p class="muted" data-testid="manual-mode">{t.manualModeNote}</p>
            </Show>
            <Show when={!manual() && !props.state()?.connected}>
              <p class="warning" role="status">{t.roomDisconnected}</p>
            </Show>
            <Show when={props.state()?.storageProblem}>
              {(problem) => (
                <p class="warning" role="alert" data-testid="storage-problem" data-problem={problem()}>
                  {problem() === 'quota' ? t.storageQuota : problem() === 'blocked' ? t.storageBlocked : t.storageWriteFailed}
                </p>
              )}
            </Show>
            <Show when={(props.state()?.dropped ?? 0) > 0}>
              <p class="warning" role="alert" data-testid="events-dropped">{fill(t.eventsDropped, { count: props.state()!.dropped })}</p>
            </Show>
          </header>

          <NowStrip state={props.state} live={live} command={command} openSection={openSection} />
          <div class="visually-hidden" aria-live="polite" data-testid="live-announcer">{announced()}</div>

          <Show when={live.clock().items.length === 0}>{props.offer}</Show>
          <Show when={phase() === 'before'}>{props.checklist?.('start')}</Show>
          <Show when={phase() === 'ending'}>{props.checklist?.('end')}</Show>
          <Show when={manual()}>
            <ManualAttendance state={props.state} command={command} />
          </Show>

          <Fold id="queue" folds={folds} title={t.queueTitle}>
            <SpeakingQueue state={props.state} command={command} />
          </Fold>
          <Fold
            id="people"
            folds={folds}
            title={t.participants}
            badge={<span class="badge" data-testid="attendance-present-count" title={t.attendancePresentCount}>{props.state()?.attendance?.presentCount ?? 0}</span>}
          >
            <ServerRecordStatus server={() => props.state()?.attendance?.server} />
            <ParticipantsList state={props.state} />
          </Fold>
          <Fold id="chat" folds={folds} title={t.chatSectionTitle}>
            <ChatActivity state={props.state} command={command} />
          </Fold>
          <Fold id="agenda" folds={folds} title={t.agendaTitle}>
            <Show when={props.agendaNote}>{(note) => <p class="muted" data-testid="agenda-source">{note()}</p>}</Show>
            <AgendaTimer state={props.state} command={command} live={live} />
          </Fold>
          <Fold id="health" folds={folds} title={t.health}>
            <HealthList state={props.state} />
          </Fold>

          {/* Out of their moment, the checklists wait at the bottom: the start one folded once the class runs. */}
          <Show when={props.checklist && phase() !== 'before'}>
            <Fold id="start-checklist" folds={folds} title={t.chkStart}>{props.checklist?.('start', true)}</Fold>
          </Show>
          <Show when={props.checklist && phase() !== 'ending'}>
            <Fold id="end-checklist" folds={folds} title={t.chkEnd}>{props.checklist?.('end', true)}</Fold>
          </Show>
        </div>
      )}
    </Show>
  );
}

/** How each capability is read (known selectors, labels, a taught pack, by hand) and whether it works. */
function HealthList(props: { state: Accessor<PanelState | null> }) {
  const t = useT();
  const methodLabel = (method: HealthMethod) =>
    ({ 'known-selectors': t.methodKnown, heuristics: t.methodHeuristics, taught: t.methodTaught, manual: t.healthManual })[method];
  const statusLabel = (status: CapabilityHealth['status']) =>
    ({ works: t.healthWorks, degraded: t.healthDegraded, hidden: t.healthHidden, manual: t.healthManual })[status];
  // A hidden capability's detail is a reason code (platforms/contract.ts HiddenReason); a pack
  // switched off for a slow selector says so in words.
  const detailLabel = (entry: CapabilityHealth) =>
    entry.reason === 'slow-selector'
      ? t.healthSlowSelector
      : (({ 'participants-panel-closed': t.hiddenParticipantsPanelClosed, 'chat-panel-closed': t.hiddenChatPanelClosed } as Record<string, string>)[entry.detail ?? ''] ?? entry.detail);
  return (
    <ul class="health" data-testid="health">
      <For each={props.state()?.health ?? []}>
        {(entry) => (
          <li data-capability={entry.capability} data-status={entry.status} data-method={entry.method} data-reason={entry.reason}>
            {capabilityLabel(t, entry.capability)} : {statusLabel(entry.status)}
            <Show when={entry.method !== 'manual'}>
              {' '}— <span class="muted" data-testid="health-method">{methodLabel(entry.method)}</span>
            </Show>
            <Show when={entry.detail}> ({detailLabel(entry)})</Show>
          </li>
        )}
      </For>
    </ul>
  );
}
