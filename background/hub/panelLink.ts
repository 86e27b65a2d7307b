/**
 * The panel link: the side panels connected to the hub, each watching one room tab. A panel acts
 * only on the tab it watches; its attendance is paced (see PANEL_ATTENDANCE_INTERVAL_MS).
 */
import type { HubToPanel, PanelState, PanelToHub } from '../../core/protocol';
import type { HubPort } from './ports';
import { createPacer, type Pacer } from './pacing';

export type PanelPort = HubPort<PanelToHub, HubToPanel>;

/** The attendance goes to a panel at most this often while the room is busy (see HubToPanel). */
const PANEL_ATTENDANCE_INTERVAL_MS = 1000;

export interface PanelLinkDeps {
  now(): number;
  /** The state of a tab as a panel that starts watching it is sent. */
  stateOf(tabId: number): PanelState;
  /** A panel started watching a tab. */
  onWatch(tabId: number): void;
  /** A message of a panel about the tab it watches. */
  onMessage(port: PanelPort, message: Exclude<PanelToHub, { kind: 'panel/watch' }>): void;
}

export function createPanelLink(deps: PanelLinkDeps) {
  const panels = new Map<PanelPort, { tabId: number; attendance: Pacer }>();

  function connect(port: PanelPort) {
    port.onMessage.addListener((message) => {
      if (message.kind === 'panel/watch') {
        panels.get(port)?.attendance.stop();
        panels.set(port, { tabId: message.tabId, attendance: createPacer(deps.now, PANEL_ATTENDANCE_INTERVAL_MS) });
        port.postMessage({ kind: 'hub/panel', state: deps.stateOf(message.tabId) });
        deps.onWatch(message.tabId);
        return;
      }
      // A panel acts only on the room tab it watches.
      if (panels.get(port)?.tabId !== message.tabId) return;
      deps.onMessage(port, message);
    });
    port.onDisconnect.addListener(() => {
      panels.get(port)?.attendance.stop();
      panels.delete(port);
    });
  }

  /** Sends the state to every panel watching the tab, as it is (no pacing). */
  function post(tabId: number, state: PanelState) {
    for (const [port, panel] of panels) if (panel.tabId === tabId) port.postMessage({ kind: 'hub/panel', state });
  }

  /**
   * Sends a busy tab's state to its panels. The attendance (hundreds of rows whose durations
   * change with every push) goes at most once an interval: in between the panel gets the rest
   * at once, and `pushAgain` runs at the end of the interval to bring the attendance left out.
   */
  function push(tabId: number, state: PanelState, pushAgain: () => void) {
    for (const [port, panel] of panels) {
      if (panel.tabId !== tabId) continue;
      if (panel.attendance.due()) {
        panel.attendance.run(() => port.postMessage({ kind: 'hub/panel', state }));
      } else {
        port.postMessage({ kind: 'hub/panel', state: { ...state, attendance: null }, attendanceKept: true });
        panel.attendance.run(pushAgain);
      }
    }
  }

  return { connect, post, push };
}
