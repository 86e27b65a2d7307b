import { createSignal, For, Show, type Accessor } from 'solid-js';
import type { OverlayState, SessionCommand } from '../messaging/protocol';
import type { Messages } from '../i18n/messages';

export interface OverlayProps {
  state: Accessor<OverlayState | null>;
  t: Messages;
  /** The overlay's buttons and shortcuts (next agenda item, give the floor to the next person). */
  onCommand: (command: SessionCommand) => void;
}

/** The compact view on the room page. Everything from the page is rendered as text, never HTML. */
export function Overlay(props: OverlayProps) {
  const [collapsed, setCollapsed] = createSignal(false);
  return (
    <section class="moderato-overlay" aria-label={props.t.overlayTitle} data-collapsed={collapsed()}>
      <header>
        <strong>{props.t.overlayTitle}</strong>
        <span class="count" data-testid="overlay-count" title={props.t.participants}>
          👥 {props.state()?.participantCount ?? '–'}
        </span>
        <span class="hands" data-testid="overlay-hands" title={props.t.handsRaised}>
          ✋ {props.state()?.handsRaised ?? 0}
        </span>
        <button
          type="button"
          class="toggle"
          aria-expanded={!collapsed()}
          aria-label={collapsed() ? props.t.expand : props.t.collapse}
          onClick={() => setCollapsed(!collapsed())}
        >
          {collapsed() ? '▸' : '▾'}
        </button>
      </header>
      <Show when={!collapsed()}>
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
      </Show>
    </section>
  );
}
