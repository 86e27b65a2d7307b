import type { SessionCommand } from '../../core/protocol';
import { queueState, type LoggedEvent, type SessionEvent } from '../../core/session';

export interface CommandOutcome {
  events: SessionEvent[];
  /** Giving the floor to a raised hand lowers that hand on the platform, where it can. */
  lowerHandOf: string | null;
}

/**
 * Turns a moderator's command into the events to log. Pure: the current log, the time and an id
 * source come in; nothing is written here.
 */
export function eventsForCommand(command: SessionCommand, log: readonly LoggedEvent[], at: number, newId: () => string): CommandOutcome {
  switch (command.type) {
    case 'queue.add': {
      const event: SessionEvent = { type: 'queue.added', at, entryId: newId(), name: command.name, source: 'manual' };
      if (command.participantId) event.participantId = command.participantId;
      return { events: [event], lowerHandOf: null };
    }
    case 'queue.next': {
      const next = queueState(log, at).suggestedNext;
      if (!next) return { events: [], lowerHandOf: null };
      return giveFloor(next.entryId, log, at);
    }
    case 'queue.floorGiven':
      return giveFloor(command.entryId, log, at);
    case 'attendance.arrived': {
      const participant = {
        id: `manual-${newId()}`,
        name: command.name,
        role: 'viewer' as const,
        presenter: false,
        you: false,
        handRaised: false,
        talking: false,
        muted: null,
        webcam: false,
      };
      return { events: [{ type: 'participant.joined', participant, at }], lowerHandOf: null };
    }
    case 'attendance.left':
      return { events: [{ type: 'participant.left', id: command.participantId, at }], lowerHandOf: null };
    default:
      return { events: [{ ...command, at } as SessionEvent], lowerHandOf: null };
  }
}

function giveFloor(entryId: string, log: readonly LoggedEvent[], at: number): CommandOutcome {
  const entry = queueState(log, at).waiting.find((waiting) => waiting.entryId === entryId);
  if (!entry) return { events: [], lowerHandOf: null };
  const lowerHandOf = entry.source === 'hand' ? entry.participantId : null;
  return { events: [{ type: 'queue.floorGiven', entryId, at }], lowerHandOf };
}
