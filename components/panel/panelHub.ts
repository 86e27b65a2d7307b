import { createSignal, type Accessor } from 'solid-js';
import type { ActionResult, RoomAction } from '../../platforms/contract';
import type { HubToPanel, PanelState, PanelToHub, SessionCommand } from '../../core/protocol';

/** What the panel's views need from the hub: its state, and a way to command and act. */
export interface PanelHub {
  state: Accessor<PanelState | null>;
  command(command: SessionCommand): void;
  /** Resolves with the adapter's verified outcome (or a failure when the room never answers). */
  act(action: RoomAction): Promise<ActionResult>;
  /** Manual mode for this tab (a room Moderato cannot read): agenda, queue, attendance by hand. */
  startManual(title: string): void;
}

type Sender = (message: Exclude<PanelToHub, { kind: 'panel/watch' }>) => void;

const ACT_TIMEOUT_MS = 15_000;

/**
 * Builds a PanelHub over a message channel to the hub: `connect` gets the handler for what the hub
 * says and returns how to send to it (see hubConnection.ts for the browser's Port).
 */
export function createPanelHub(tabId: number, connect: (onMessage: (message: HubToPanel) => void) => { send: Sender }): PanelHub {
  const [state, setState] = createSignal<PanelState | null>(null);
  const waiting = new Map<string, (result: ActionResult) => void>();
  let counter = 0;

  const channel = connect((message) => {
    if (message.kind === 'hub/panel') {
      setState((previous) =>
        message.attendanceKept && previous?.tabId === message.state.tabId ? { ...message.state, attendance: previous.attendance } : message.state,
      );
    }
    else waiting.get(message.requestId)?.(message.result);
  });

  return {
    state,
    command: (command) => channel.send({ kind: 'panel/command', tabId, command, at: Date.now() }),
    startManual: (title) => channel.send({ kind: 'panel/manual-start', tabId, title }),
    act(action) {
      const requestId = `panel-${Date.now()}-${++counter}`;
      return new Promise<ActionResult>((resolve) => {
        const timer = setTimeout(() => finish({ status: 'failed', reason: 'no-answer-from-room' }), ACT_TIMEOUT_MS);
        const finish = (result: ActionResult) => {
          clearTimeout(timer);
          waiting.delete(requestId);
          resolve(result);
        };
        waiting.set(requestId, finish);
        channel.send({ kind: 'panel/act', tabId, requestId, action });
      });
    },
  };
}
