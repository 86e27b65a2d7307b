import { createSignal, For, onCleanup, onMount, Show, type Accessor } from 'solid-js';
import type { OverlayState, SessionCommand } from '../messaging/protocol';
import { fill, type Messages } from '../i18n/messages';
import { capabilityLabel } from '../i18n/capabilities';
import { createAgendaTicker } from './agendaTicker';
import { levelText, remainingText } from './agendaText';
import { formatMinSec } from './time';
import { globalShortcut, overlayShortcut } from './shortcuts';

export interface OverlayPosition {
  x: number;
  y: number;
}

export interface OverlayProps {
  state: Accessor<OverlayState | null>;
  t: Messages;
  /** The overlay's buttons and shortcuts (next agenda item, give the floor to the next person). */
  onCommand: (command: SessionCommand) => void;
  /** Where the moderator last left the overlay (kept by the entrypoint, never in the page's storage). */
  initialPosition?: OverlayPosition | null;
  /** Called once a drag (or a keyboard move) ends, with the new top-left corner. */
  onMoved?: (position: OverlayPosition) => void;
  /** The document whose keys the global shortcuts listen to (the room page's by default). */
  doc?: Document;
  /** Tests only: let synthetic key events through (the page could forge them otherwise). */
  acceptSyntheticKeys?: boolean;
}

const KEY_STEP = 20;
/** Part of the header that must stay on screen so the overlay can always be grabbed back. */
const KEEP_VISIBLE = 48;

function clampPosition(position: OverlayPosition, width: number): OverlayPosition {
  const view = globalThis.window;
  const maxX = Math.max(0, (view?.innerWidth ?? 1024) - Math.max(KEEP_VISIBLE, width));
  const maxY = Math.max(0, (view?.innerHeight ?? 768) - KEEP_VISIBLE);
  return { x: Math.round(Math.min(Math.max(0, position.x), maxX)), y: Math.round(Math.min(Math.max(0, position.y), maxY)) };
}

/**
 * The compact view on the room page. Everything from the page is rendered as text, never HTML.
 * Listeners are native (`on:`), not delegated: the overlay lives in a closed shadow root, which
 * Solid's document-level delegation cannot see into.
 */
export function Overlay(props: OverlayProps) {
  const [collapsed, setCollapsed] = createSignal(false);
  const [large, setLarge] = createSignal(false);
  const [position, setPosition] = createSignal<OverlayPosition | null>(props.initialPosition ? clampPosition(props.initialPosition, 0) : null);
  const clock = createAgendaTicker(() => props.state()?.agendaLog ?? []);
  const hasAgenda = () => clock().items.length > 0;
  const showClock = () => hasAgenda() || clock().status !== 'idle';
  const active = () => clock().status === 'running' || clock().status === 'paused';
  const chatLoad = () => props.state()?.chatLoad ?? null;
  let root!: HTMLElement;

  const send = (command: SessionCommand) => props.onCommand(command);

  onMount(() => {
    const doc = props.doc ?? document;
    const onKey = (event: KeyboardEvent) => {
      // The room page's scripts could dispatch fake key presses: only a real keyboard counts.
      if (!event.isTrusted && props.acceptSyntheticKeys !== true) return;
      const command = globalShortcut(event);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      send(command);
    };
    doc.addEventListener('keydown', onKey, true);
    onCleanup(() => doc.removeEventListener('keydown', onKey, true));
  });

  let drag: { startX: number; startY: number; left: number; top: number; width: number; moved: boolean } | null = null;
  const startDrag = (event: PointerEvent) => {
    if (event.button !== 0 || (event.target as Element | null)?.closest?.('button')) return;
    const rect = root.getBoundingClientRect();
    drag = { startX: event.clientX, startY: event.clientY, left: rect.left, top: rect.top, width: rect.width, moved: false };
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };
  const moveDrag = (event: PointerEvent) => {
    if (!drag) return;
    drag.moved = true;
    setPosition(clampPosition({ x: drag.left + event.clientX - drag.startX, y: drag.top + event.clientY - drag.startY }, drag.width));
  };
  const endDrag = (event: PointerEvent) => {
    if (!drag) return;
    const moved = drag.moved;
    drag = null;
    (event.currentTarget as HTMLElement).releasePointerCapture?.(event.pointerId);
    const at = position();
    if (moved && at) props.onMoved?.(at);
  };
  const moveByKey = (event: KeyboardEvent) => {
    const delta = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key];
    if (!delta) return;
    event.preventDefault();
    event.stopPropagation();
    const rect = root.getBoundingClientRect();
    const from = position() ?? { x: rect.left, y: rect.top };
    const at = clampPosition({ x: from.x + delta[0]! * KEY_STEP, y: from.y + delta[1]! * KEY_STEP }, rect.width);
    setPosition(at);
    props.onMoved?.(at);
  };

  return (
    <section
      ref={root}
      class="moderato-overlay"
      aria-label={props.t.overlayTitle}
      data-testid="overlay"
      data-collapsed={collapsed()}
      data-large={large()}
      data-level={clock().warning}
      style={position() ? { left: `${position()!.x}px`, top: `${position()!.y}px`, right: 'auto' } : undefined}
      on:keydown={(event) => {
        const command = overlayShortcut(event);
        if (!command) return;
        event.preventDefault();
        event.stopPropagation();
        send(command);
      }}
    >
      <header data-testid="overlay-header" title={props.t.overlayDrag} on:pointerdown={startDrag} on:pointermove={moveDrag} on:pointerup={endDrag} on:pointercancel={endDrag}>
        <button type="button" class="icon handle" data-testid="overlay-move" aria-label={`${props.t.overlayDrag} (← ↑ → ↓)`} on:keydown={moveByKey}>⠿</button>
        <strong class="title">{props.t.overlayTitle}</strong>
        <span class="count" data-testid="overlay-count" title={props.t.participants} aria-label={props.t.participants}>
          👥 {props.state()?.participantCount ?? '–'}
        </span>
        <span class="hands" data-testid="overlay-hands" title={props.t.handsRaised} aria-label={props.t.handsRaised}>
          ✋ {props.state()?.handsRaised ?? 0}
        </span>
        <button type="button" class="icon" data-testid="overlay-large" aria-pressed={large()} aria-label={props.t.overlayLarge} title={props.t.overlayLarge} on:click={() => setLarge(!large())}>
          A+
        </button>
        <button
          type="button"
          class="icon toggle"
          aria-expanded={!collapsed()}
          aria-label={collapsed() ? props.t.expand : props.t.collapse}
          on:click={() => setCollapsed(!collapsed())}
        >
          {collapsed() ? '▸' : '▾'}
        </button>
      </header>
      {/* Outside the collapsible body: a capability that stopped working is said even when folded. */}
      <Show when={(props.state()?.lost.length ?? 0) > 0}>
        <p class="health-lost" role="alert" data-testid="overlay-health-lost">
          ⚠ {fill(props.t.overlayHealthLost, { capabilities: (props.state()?.lost ?? []).map((capability) => capabilityLabel(props.t, capability)).join(', ') })}
        </p>
      </Show>
      <Show when={!collapsed()}>
        <div class="body">
          <Show when={showClock()}>
            <div class="agenda" data-testid="overlay-agenda" data-level={clock().warning} data-status={clock().status}>
              <span class="agenda-title" data-testid="overlay-agenda-title">{clock().currentItem?.title ?? props.t.agendaFreeTimer}</span>
              <strong class="remaining" data-testid="overlay-remaining">
                {hasAgenda() ? remainingText(props.t, clock()) : formatMinSec(clock().runningMs)}
              </strong>
              <Show when={hasAgenda() && active()}>
                <span class="level" data-testid="overlay-level">{levelText(props.t, clock().warning)}</span>
              </Show>
              <Show when={clock().status === 'paused'}>
                <span class="level">{props.t.agendaStatusPaused}</span>
              </Show>
            </div>
          </Show>
          <Show when={chatLoad() && chatLoad()!.level !== 'calm'}>
            <p class="chat-load" data-testid="overlay-chat-load" data-level={chatLoad()!.level} role="status">
              <strong>{chatLoad()!.level === 'overload' ? props.t.chatOverload : props.t.chatBusy}</strong>
              <Show when={chatLoad()!.last60s > 0}>
                {' · '}
                {fill(props.t.chatLast10s, { n: chatLoad()!.last10s })}{' · '}
                {fill(props.t.chatLast60s, { n: chatLoad()!.last60s })}
              </Show>
            </p>
          </Show>
          <Show when={props.state()?.speaking}>
            {(name) => (
              <p class="speaking" data-testid="overlay-speaking">
                {props.t.overlaySpeaking} <strong class="name">{name()}</strong>
              </p>
            )}
          </Show>
          <Show when={(props.state()?.nextSpeakers.length ?? 0) > 0}>
            <p class="next" data-testid="overlay-next">
              {props.t.overlayNextSpeakers}{' '}
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
          <div class="actions">
            <button type="button" data-testid="overlay-agenda-next" aria-label={props.t.overlayAgendaNextLabel} title={props.t.overlayAgendaNextLabel} on:click={() => send({ type: 'agenda.next' })}>
              {props.t.agendaNext}
            </button>
            <button type="button" data-testid="overlay-queue-next" aria-label={props.t.overlayQueueNextLabel} title={props.t.overlayQueueNextLabel} on:click={() => send({ type: 'queue.next' })}>
              {props.t.queueNext}
            </button>
          </div>
          <ol class="chat" data-testid="overlay-chat" aria-label={props.t.lastMessages}>
            <For each={props.state()?.lastChat ?? []} fallback={<li class="empty">{props.t.noMessages}</li>}>
              {(message) => (
                <li classList={{ system: message.system }}>
                  <span class="sender">{message.system ? props.t.systemMessage : message.sender}</span>
                  <span class="text">{message.text ?? props.t.chatTextNotKept}</span>
                </li>
              )}
            </For>
          </ol>
        </div>
      </Show>
    </section>
  );
}
