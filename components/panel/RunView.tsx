import { For, onCleanup, onMount, Show, type Accessor, type JSX } from 'solid-js';
import { MANUAL_VERSION, type PanelState, type SessionCommand } from '../../core/protocol';
import { fill, type Messages } from '../../core/i18n/messages';
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

export interface RunViewProps {
  state: Accessor<PanelState | null>;
  hub: PanelHub | null;
  t: Messages;
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
  const room = () => props.state()?.room ?? null;
  const command = (command: SessionCommand) => props.hub?.command(command);
  const manual = () => room()?.version === MANUAL_VERSION;
  const live = createLiveClock(() => props.state()?.agendaLog ?? []);
  // The class as one flow: the start checklist comes first until the class starts; the end one
  // ("Fermer la salle") comes first from the last agenda item on, and is at the bottom before.
  const phase = () => classPhase(live.clock());
  const folds = createFolds({ queue: true, people: true, chat: true, agenda: true, health: false, 'start-checklist': false, 'end-checklist': true });
  const announced = createAnnouncer(props.state, props.t);
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
          <p class="muted" data-testid="no-room">{props.t.noRoom}</p>
          <Show when={props.state()?.storageProblem}>
            <p class="warning" role="alert" data-testid="storage-problem">{props.t.storageBlocked}</p>
          </Show>
          <Show when={props.hub}>{(hub) => <ManualStart t={props.t} start={(title) => hub().startManual(title)} />}</Show>
        </div>
      }
    >
      {(current) => (
        <div class="run">
          <header class="room-header">
            <h1 data-testid="room-title" data-session-id={current().sessionId}>{current().roomTitle}</h1>
            <p class="muted" data-testid="session-started">
              {props.t.sessionStarted} {timeFormat.format(current().startedAt)}
            </p>
            <Show when={manual()}>
              <p class="muted" data-testid="manual-mode">{props.t.manualModeNote}</p>
            </Show>
            <Show when={!manual() && !props.state()?.connected}>
              <p class="warning" role="status">{props.t.roomDisconnected}</p>
            </Show>
            <Show when={props.state()?.storageProblem}>
              {(problem) => (
                <p class="warning" role="alert" data-testid="storage-problem" data-problem={problem()}>
                  {problem() === 'quota' ? props.t.storageQuota : problem() === 'blocked' ? props.t.storageBlocked : props.t.storageWriteFailed}
                </p>
              )}
            </Show>
            <Show when={(props.state()?.dropped ?? 0) > 0}>
              <p class="warning" role="alert" data-testid="events-dropped">{fill(props.t.eventsDropped, { count: props.state()!.dropped })}</p>
            </Show>
          </header>

          <NowStrip state={props.state} live={live} command={command} t={props.t} openSection={openSection} />
          <div class="visually-hidden" aria-live="polite" data-testid="live-announcer">{announced()}</div>

          <Show when={live.clock().items.length === 0}>{props.offer}</Show>
          <Show when={phase() === 'before'}>{props.checklist?.('start')}</Show>
          <Show when={phase() === 'ending'}>{props.checklist?.('end')}</Show>
          <Show when={manual()}>
            <ManualAttendance state={props.state} command={command} t={props.t} />
          </Show>

          <Fold id="queue" folds={folds} title={props.t.queueTitle}>
            <SpeakingQueue state={props.state} command={command} t={props.t} />
          </Fold>
          <Fold
            id="people"
            folds={folds}
            title={props.t.participants}
            badge={<span class="badge" data-testid="attendance-present-count" title={props.t.attendancePresentCount}>{props.state()?.attendance?.presentCount ?? 0}</span>}
          >
            <ServerRecordStatus server={() => props.state()?.attendance?.server} t={props.t} />
            <ParticipantsList state={props.state} t={props.t} />
          </Fold>
          <Fold id="chat" folds={folds} title={props.t.chatSectionTitle}>
            <ChatActivity state={props.state} command={command} t={props.t} />
          </Fold>
          <Fold id="agenda" folds={folds} title={props.t.agendaTitle}>
            <Show when={props.agendaNote}>{(note) => <p class="muted" data-testid="agenda-source">{note()}</p>}</Show>
            <AgendaTimer state={props.state} command={command} t={props.t} live={live} />
          </Fold>
          <Fold id="health" folds={folds} title={props.t.health}>
            <HealthList state={props.state} t={props.t} />
          </Fold>

          {/* Out of their moment, the checklists wait at the bottom: the start one folded once the class runs. */}
          <Show when={props.checklist && phase() !== 'before'}>
            <Fold id="start-checklist" folds={folds} title={props.t.chkStart}>{props.checklist?.('start', true)}</Fold>
          </Show>
          <Show when={props.checklist && phase() !== 'ending'}>
            <Fold id="end-checklist" folds={folds} title={props.t.chkEnd}>{props.checklist?.('end', true)}</Fold>
          </Show>
        </div>
      )}
    </Show>
  );
}

/** How each capability is read (known selectors, labels, a taught pack, by hand) and whether it works. */
function HealthList(props: { state: Accessor<PanelState | null>; t: Messages }) {
  const methodLabel = (method: HealthMethod) =>
    ({ 'known-selectors': props.t.methodKnown, heuristics: props.t.methodHeuristics, taught: props.t.methodTaught, manual: props.t.healthManual })[method];
  const statusLabel = (status: CapabilityHealth['status']) =>
    ({ works: props.t.healthWorks, degraded: props.t.healthDegraded, hidden: props.t.healthHidden, manual: props.t.healthManual })[status];
  // A hidden capability's detail is a reason code (platforms/contract.ts HiddenReason); a pack
  // switched off for a slow selector says so in words.
  const detailLabel = (entry: CapabilityHealth) =>
    entry.reason === 'slow-selector'
      ? props.t.healthSlowSelector
      : (({ 'participants-panel-closed': props.t.hiddenParticipantsPanelClosed, 'chat-panel-closed': props.t.hiddenChatPanelClosed } as Record<string, string>)[entry.detail ?? ''] ?? entry.detail);
  return (
    <ul class="health" data-testid="health">
      <For each={props.state()?.health ?? []}>
        {(entry) => (
          <li data-capability={entry.capability} data-status={entry.status} data-method={entry.method} data-reason={entry.reason}>
            {capabilityLabel(props.t, entry.capability)} : {statusLabel(entry.status)}
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
