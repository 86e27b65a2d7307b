/** Builders for session logs in tests: short to write, explicit about time. */
import type { ParticipantState, SessionEvent } from '../../core/session/events';

export const MINUTE = 60_000;
export const SECOND = 1_000;
/** A fixed start for every fake clock: 2025-03-10 14:00 UTC. */
export const T0 = Date.UTC(2025, 2, 10, 14, 0, 0);

export function person(id: string, name: string, extra: Partial<ParticipantState> = {}): ParticipantState {
  return {
    id,
    name,
    role: 'viewer',
    presenter: false,
    you: false,
    handRaised: false,
    talking: false,
    muted: true,
    webcam: false,
    ...extra,
  };
}

export const joined = (at: number, id: string, name: string, extra: Partial<ParticipantState> = {}): SessionEvent => ({
  type: 'participant.joined',
  participant: person(id, name, extra),
  at,
});

export const updated = (at: number, id: string, name: string, extra: Partial<ParticipantState> = {}): SessionEvent => ({
  type: 'participant.updated',
  participant: person(id, name, extra),
  at,
});

export const left = (at: number, id: string): SessionEvent => ({ type: 'participant.left', id, at });
export const handUp = (at: number, id: string): SessionEvent => ({ type: 'hand.raised', id, at });
export const handDown = (at: number, id: string): SessionEvent => ({ type: 'hand.lowered', id, at });
export const talkOn = (at: number, id: string): SessionEvent => ({ type: 'talk.started', id, at });
export const talkOff = (at: number, id: string): SessionEvent => ({ type: 'talk.stopped', id, at });

export function chat(at: number, id: string, sender: string, text: string, system = false): SessionEvent {
  return { type: 'chat.message', message: { id, sender, shownTime: null, text, system }, at };
}

export function sessionStarted(at: number): SessionEvent {
  return { type: 'session.started', platform: 'bigbluebutton', roomKey: 'room-1', roomTitle: 'Maths 4e B', at };
}
