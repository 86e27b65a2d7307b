import { createSignal, For, onCleanup, onMount, Show, type Accessor } from 'solid-js';
import type { DragPhase, OverlayState, SessionCommand } from '../core/protocol';
import { fill } from '../core/i18n/messages';
import { capabilityLabel } from '../core/i18n/capabilities';
import { createAgendaTicker } from './agendaTicker';
import { levelText, remainingText } from './agendaText';
import { formatMinSec } from './time';
import { listenForGlobalShortcuts, overlayShortcut } from './shortcuts';
import { Icon } from './icons';
import { createPersistedSignal, isBoolean } from './persisted';
import { useT } from './i18n';

export interface OverlayProps {
  state: Accessor<OverlayState | null>;
  /** The overlay's buttons and shortcuts (next agenda item, give the floor to the next person). */
  onCommand: (command: SessionCommand) => void;
  /**
   * A drag of the header, as the distance in screen pixels from where it started: the frame that
   * holds the overlay is moved by the room page, which knows where it is.
   */
  onDrag?: (phase: DragPhase, dx: number, dy: number) => void;
  /** An arrow key on the move handle: one step in that direction (-1, 0 or 1 on each axis). */
  onNudge?: (dx: number, dy: number) => void;
  /** Tests only: let synthetic key events through. */
  acceptSyntheticKeys?: boolean;
}

/**
 * The compact view over the room page, drawn in its own frame (see room/overlayFrame.ts).
 * Everything from the page is rendered as text, never HTML. Listeners are native (`on:`), not
 * delegated, so the component works wherever it is mounted.
 */
export function Overlay(props: OverlayProps) {
  const t = useT();
  const [collapsed, setCollapsed] = createSignal(false);
  const [large, setLarge] = createSignal(false);
  // The moderator's choice is kept (the frame is an extension page: the extension's own storage).
  const [showChat, setShowChat] = createPersistedSignal('overlay.chat', false, isBoolean);
  const clock = createAgendaTicker(() => props.state()?.agendaLog ?? []);
  const hasAgenda = () => clock().items.length > 0;
  const showClock = () => hasAgenda() || clock().status !== 'idle';
  const active = () => clock().status === 'running' || clock().status === 'paused';
  const chatLoad = () => props.state()?.chatLoad ?? null;

  const send = (command: SessionCommand) => props.onCommand(command);

  onMount(() => {
    const stop = listenForGlobalShortcuts(document, send, props.acceptSyntheticKeys === true);
    onCleanup(stop);
  });

  let drag: { startX: number; startY: number; dx: number; dy: number } | null = null;
  const startDrag = (event: PointerEvent) => {
    if (event.button !== 0 || (event.target as Element | null)?.closest?.('button')) return;
    drag = { startX: event.screenX, startY: event.screenY, dx: 0, dy: 0 };
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    event.preventDefault();
    props.onDrag?.('start', 0, 0);
  };
  const finishDrag = (event: PointerEvent, dx: number, dy: number) => {
    drag = null;
    (event.currentTarget as HTMLElement).releasePointerCapture?.(event.pointerId);
    props.onDrag?.('end', dx, dy);
  };
  const moveDrag = (event: PointerEvent) => {
    if (!drag) return;
    // No button down: the release never reached the frame (it can move from under the pointer
    // while the room is busy). The drag ended where it last was; this move is not part of it.
    if ((event.buttons & 1) === 0) return finishDrag(event, drag.dx, drag.dy);
    drag.dx = event.screenX - drag.startX;
    drag.dy = event.screenY - drag.startY;
    props.onDrag?.('move', drag.dx, drag.dy);
  };
  const endDrag = (event: PointerEvent) => {
    if (drag) finishDrag(event, event.screenX - drag.startX, event.screenY - drag.startY);
  };
  const moveByKey = (event: KeyboardEvent) => {
    const delta = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
    if (!delta) return;
    event.preventDefault();
    event.stopPropagation();
    props.onNudge?.(delta[0]!, delta[1]!);
  };

  const lost = () => props.state()?.lost ?? [];
  const overloaded = () => chatLoad()?.level === 'overload';

  return (
    <section
      class="moderato-overlay"
      aria-label={t.overlayTitle}
      data-testid="overlay"
      data-collapsed={collapsed()}
      data-large={large()}
      data-level={clock().warning}
      on:keydown={(event) => {
        const command = overlayShortcut(event);
        if (!command) return;
        event.preventDefault();
        event.stopPropagation();
        send(command);
      }}
    >
      <header data-testid="overlay-header" title={t.overlayDrag} on:pointerdown={startDrag} on:pointermove={moveDrag} on:pointerup={endDrag} on:pointercancel={endDrag}>
        <button type="button" class="icon handle" data-testid="overlay-move" aria-label={`${t.overlayDrag} (← ↑ → ↓)`} on:keydown={moveByKey}>
          <Icon name="grip" />
        </button>
        <strong class="title">{t.overlayTitle}</strong>
        <span class="count" data-testid="overlay-count" title={t.participants}>
          <Icon name="people" /> <span class="visually-hidden">{t.participants} : </span>{props.state()?.participantCount ?? '–'}
        </span>
        <span class="hands" data-testid="overlay-hands" title={t.handsRaised}>
          <Icon name="hand" /> <span class="visually-hidden">{t.handsRaised} : </span>{props.state()?.handsRaised ?? 0}
        </span>
        <button type="button" class="icon" data-testid="overlay-large" aria-pressed={large()} aria-label={t.overlayLarge} title={t.overlayLarge} on:click={() => setLarge(!large())}>
          <Icon name="textSize" />
        </button>
        <button
          type="button"
          class="icon toggle"
          aria-expanded={!collapsed()}
          aria-label={collapsed() ? t.expand : t.collapse}
          title={collapsed() ? t.expand : t.collapse}
          on:click={() => setCollapsed(!collapsed())}
        >
          <Icon name={collapsed() ? 'chevronRight' : 'chevronDown'} />
        </button>
      </header>
      {/* Alerts only when they matter, outside the collapsible body: said even when folded. */}
      <Show when={lost().length > 0}>
        <p class="alert" role="alert" data-testid="overlay-health-lost">
          <Icon name="warning" /> <span>{fill(t.overlayHealthLost, { capabilities: lost().map((capability) => capabilityLabel(t, capability)).join(', ') })}</span>
        </p>
      </Show>
      <Show when={overloaded()}>
        <p class="alert" role="status" data-testid="overlay-chat-load" data-level="overload">
          <Icon name="chat" /> <strong>{t.chatOverload}</strong>
          {' · '}
          {fill(t.chatLast10s, { n: chatLoad()!.last10s })}
        </p>
      </Show>
      <Show when={!collapsed()}>
        <div class="body">
          <Show when={showClock()}>
            <div class="agenda" data-testid="overlay-agenda" data-level={clock().warning} data-status={clock().status}>
              <span class="agenda-title" data-testid="overlay-agenda-title">{clock().currentItem?.title ?? t.agendaFreeTimer}</span>
              <strong class="remaining" data-testid="overlay-remaining">
                {hasAgenda() ? remainingText(t, clock()) : formatMinSec(clock().runningMs)}
              </strong>
              <Show when={hasAgenda() && active()}>
                <span class="level" data-testid="overlay-level">{levelText(t, clock().warning)}</span>
              </Show>
              <Show when={clock().status === 'paused'}>
                <span class="level">{t.agendaStatusPaused}</span>
              </Show>
            </div>
          </Show>
          <Show when={props.state()?.speaking}>
            {(name) => (
              <p class="speaking" data-testid="overlay-speaking">
                <Icon name="mic" /> {t.overlaySpeaking} <strong class="name">{name()}</strong>
              </p>
            )}
          </Show>
          <Show when={(props.state()?.nextSpeakers.length ?? 0) > 0}>
            <p class="next" data-testid="overlay-next">
              {t.overlayNextSpeakers}{' '}
              <For each={props.state()?.nextSpeakers ?? []}>
                {(name, index) => (
                  <>
                    <Show when={index() > 0}>{', '}</Show>
                    <span class="name">{name}</span>
                  </>
                )}
              </For>
            </p>
          </Show>
          {/* Two different acts, two different words and icons: moving the agenda on, giving the floor. */}
          <div class="actions">
            <button type="button" data-testid="overlay-agenda-next" aria-label={t.overlayAgendaNextLabel} title={t.overlayAgendaNextLabel} on:click={() => send({ type: 'agenda.next' })}>
              <Icon name="nextItem" /> {t.agendaNext}
            </button>
            <button type="button" class="floor" data-testid="overlay-queue-next" aria-label={t.overlayQueueNextLabel} title={t.overlayQueueNextLabel} on:click={() => send({ type: 'queue.next' })}>
              <Icon name="giveFloor" /> {t.queueNext}
            </button>
          </div>
          <button type="button" class="link" data-testid="overlay-chat-toggle" aria-expanded={showChat()} on:click={() => setShowChat(!showChat())}>
            <Icon name="chat" /> {showChat() ? t.overlayHideChat : t.overlayShowChat}
          </button>
          {/* The room's own chat is usually on screen: its last lines only on request. */}
          <Show when={showChat()}>
            <ol class="chat" data-testid="overlay-chat" aria-label={t.lastMessages}>
              <For each={props.state()?.lastChat ?? []} fallback={<li class="empty">{t.noMessages}</li>}>
                {(message) => (
                  <li classList={{ system: message.system }}>
                    <span class="sender">{message.system ? t.systemMessage : message.sender}</span>
                    <span class="text">{message.text ?? t.chatTextNotKept}</span>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </div>
      </Show>
    </section>
  );
}
