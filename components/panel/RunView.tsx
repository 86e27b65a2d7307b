import { For, Show, type Accessor } from 'solid-js';
import { MANUAL_VERSION, type PanelState, type SessionCommand } from '../../core/protocol';
import { fill, type Messages } from '../../core/i18n/messages';
import type { HealthMethod } from '../../platforms/contract';
import { capabilityLabel } from '../../core/i18n/capabilities';
import type { PanelHub } from './panelHub';
import { AgendaTimer } from './run/AgendaTimer';
import { SpeakingQueue } from './run/SpeakingQueue';
import { ChatActivity } from './run/ChatActivity';
import { AttendanceTable } from './run/AttendanceTable';
import { ServerRecordStatus } from './run/ServerRecordStatus';
import { ManualAttendance, ManualStart } from './run/ManualMode';
import { reconciledList } from '../reconciled';

export interface RunViewProps {
  state: Accessor<PanelState | null>;
  hub: PanelHub | null;
  t: Messages;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "Animer": the live room and its moderation. Names and messages come from the room page: rendered as text only. */
export function RunView(props: RunViewProps) {
  const room = () => props.state()?.room ?? null;
  const command = (command: SessionCommand) => props.hub?.command(command);
  const manual = () => room()?.version === MANUAL_VERSION;
  // A hidden capability's detail is a reason code (platforms/contract.ts HiddenReason).
  const hiddenReason = (detail: string) =>
    ({ 'participants-panel-closed': props.t.hiddenParticipantsPanelClosed, 'chat-panel-closed': props.t.hiddenChatPanelClosed })[detail];
  const methodLabel = (method: HealthMethod) =>
    ({ 'known-selectors': props.t.methodKnown, heuristics: props.t.methodHeuristics, taught: props.t.methodTaught, manual: props.t.healthManual })[method];
  const lost = () => (props.state()?.health ?? []).filter((entry) => entry.status === 'degraded').map((entry) => entry.capability);
  // A busy room sends a new state many times a second: rows keep their nodes unless they changed.
  const participants = reconciledList(() => props.state()?.participants ?? [], 'id');
  const hands = reconciledList(() => props.state()?.hands ?? [], 'id');
  const chat = reconciledList(() => props.state()?.chat ?? [], 'id');
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
            <h1 data-testid="room-title" data-session-id={current().sessionId}>
              {current().roomTitle}
            </h1>
            <p class="muted" data-testid="session-started">
              {props.t.sessionStarted} {timeFormat.format(current().startedAt)}
            </p>
            <Show when={manual()}>
              <p class="muted" data-testid="manual-mode">{props.t.manualModeNote}</p>
            </Show>
            <Show when={!manual() && !props.state()?.connected}>
              <p class="warning" role="status">{props.t.roomDisconnected}</p>
            </Show>
            {/* A capability that stopped finding anything is said at once, not left to the list below. */}
            <Show when={props.state()?.connected && lost().length > 0}>
              <p class="warning" role="alert" data-testid="health-lost">
                {fill(props.t.healthLost, { capabilities: lost().map((capability) => capabilityLabel(props.t, capability)).join(', ') })}
              </p>
            </Show>
            <Show when={props.state()?.storageProblem}>
              {(problem) => (
                <p class="warning" role="alert" data-testid="storage-problem" data-problem={problem()}>
                  {problem() === 'quota' ? props.t.storageQuota : problem() === 'blocked' ? props.t.storageBlocked : props.t.storageWriteFailed}
                </p>
              )}
            </Show>
          </header>

          <AgendaTimer state={props.state} command={command} t={props.t} />
          <Show when={manual()}>
            <ManualAttendance state={props.state} command={command} t={props.t} />
          </Show>
          <SpeakingQueue state={props.state} command={command} t={props.t} />
          <ChatActivity state={props.state} command={command} t={props.t} />

          <section aria-labelledby="participants-heading">
            <h2 id="participants-heading">
              {props.t.participants}{' '}
              <span class="badge" data-testid="participant-count">{props.state()?.participantCount ?? 0}</span>
            </h2>
            <ul class="participants" data-testid="participants">
              <For each={participants()}>
                {(person) => (
                  <li data-participant-id={person.id}>
                    <span class="name">{person.name}</span>
                    <Show when={person.you}> <span class="tag">{props.t.you}</span></Show>
                    <Show when={person.role === 'moderator'}> <span class="tag">{props.t.moderator}</span></Show>
                    <Show when={person.presenter}> <span class="tag">{props.t.presenter}</span></Show>
                    <Show when={person.handRaised}> <span aria-label={props.t.handsRaised}>✋</span></Show>
                  </li>
                )}
              </For>
            </ul>
          </section>

          <section aria-labelledby="hands-heading">
            <h2 id="hands-heading">
              {props.t.handsRaised} <span class="badge" data-testid="hand-count">{props.state()?.hands.length ?? 0}</span>
            </h2>
            <ol class="hands" data-testid="hands">
              <For each={hands()}>{(hand) => <li>{hand.name}</li>}</For>
            </ol>
          </section>

          <section aria-labelledby="chat-heading">
            <h2 id="chat-heading">
              {props.t.lastMessages}{' '}
              <span class="badge" data-testid="chat-total" title={props.t.chatTotal}>{props.state()?.chatTotal ?? 0}</span>
            </h2>
            <Show when={(props.state()?.chatMissed ?? 0) > 0}>
              <p class="muted" data-testid="chat-missed">{fill(props.t.chatMissed, { count: props.state()?.chatMissed ?? 0 })}</p>
            </Show>
            <ol class="chat" data-testid="chat">
              <For each={chat()} fallback={<li class="muted">{props.t.noMessages}</li>}>
                {(message) => (
                  <li classList={{ system: message.system }}>
                    <span class="sender">{message.system ? props.t.systemMessage : message.sender}</span>{' '}
                    <Show when={message.shownTime}><time>{message.shownTime}</time> </Show>
                    <span class="text">{message.text ?? props.t.chatTextNotKept}</span>
                  </li>
                )}
              </For>
            </ol>
          </section>

          <AttendanceTable state={props.state} t={props.t} />
          <ServerRecordStatus server={() => props.state()?.attendance?.server} t={props.t} />

          <section aria-labelledby="health-heading">
            <h2 id="health-heading">{props.t.health}</h2>
            <ul class="health" data-testid="health">
              <For each={props.state()?.health ?? []}>
                {(entry) => (
                  <li data-capability={entry.capability} data-status={entry.status} data-method={entry.method} data-reason={entry.reason}>
                    {capabilityLabel(props.t, entry.capability)} :{' '}
                    {entry.status === 'works'
                      ? props.t.healthWorks
                      : entry.status === 'degraded'
                        ? props.t.healthDegraded
                        : entry.status === 'hidden'
                          ? props.t.healthHidden
                          : props.t.healthManual}
                    <Show when={entry.method !== 'manual'}>
                      {' '}— <span class="muted" data-testid="health-method">{methodLabel(entry.method)}</span>
                    </Show>
                    <Show when={entry.detail}> ({entry.reason === 'slow-selector' ? props.t.healthSlowSelector : (hiddenReason(entry.detail!) ?? entry.detail)})</Show>
                  </li>
                )}
              </For>
            </ul>
          </section>
        </div>
      )}
    </Show>
  );
}
