/** Test helpers for the "Animer" views: a panel state computed from a log, and a fake hub. */
import { createSignal } from 'solid-js';
import { emptyPanelState, type PanelState, type SessionCommand } from '../../core/protocol';
import type { ActionResult, RoomAction } from '../../platforms/contract';
import type { PanelHub } from '../../components/panel/panelHub';
import type { SessionEvent } from '../../core/session/events';
import { attendance, chatLoad, chatQuestions, queueState } from '../../core/session';

/** A local-time instant, so wall-clock assertions ("14:05") hold in any time zone. */
export const LOCAL_T0 = new Date(2025, 2, 10, 14, 0, 0).getTime();

export function panelStateFrom(log: SessionEvent[], now: number, partial: Partial<PanelState> = {}): PanelState {
  return {
    ...emptyPanelState(1, now),
    room: { platform: 'bigbluebutton', version: '3.0', isModerator: true, roomKey: 'room-1', roomTitle: 'Maths 4e B', sessionId: 's1', startedAt: LOCAL_T0 },
    connected: true,
    agendaLog: log.filter((event) => event.type.startsWith('agenda.')),
    queue: queueState(log, now),
    chatLoad: chatLoad(log, now),
    questions: chatQuestions(log, now),
    attendance: attendance(log, now),
    computedAt: now,
    ...partial,
  };
}

export interface FakeHub extends PanelHub {
  command: PanelHub['command'] & { mock: { calls: [SessionCommand][] } };
  setState: (state: PanelState | null) => void;
}

export function fakeHub(initial: PanelState | null): FakeHub {
  const [state, setState] = createSignal<PanelState | null>(initial);
  return {
    state,
    setState,
    command: vi.fn<(command: SessionCommand) => void>(),
    act: vi.fn<(action: RoomAction) => Promise<ActionResult>>(async () => ({ status: 'done' })),
    startManual: vi.fn<(title: string) => void>(),
  };
}
