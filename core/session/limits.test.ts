import { capRoomEvent, MAX_MESSAGE_LENGTH, MAX_NAME_LENGTH } from './limits';
import type { ParticipantState, RoomEvent } from './events';

const person = (id: string, name: string): ParticipantState => ({ id, name, role: 'viewer', presenter: false, you: false, handRaised: false, talking: false, muted: null, webcam: false });

describe('what a room page says is capped before it enters the session', () => {
  it('caps a participant name at 256 characters and a message at 5,000, saying it was cut', () => {
    const long = 'Ⅻ'.repeat(10_000);
    const joined = capRoomEvent({ type: 'participant.joined', participant: person(long, long) });
    expect(joined.type === 'participant.joined' && joined.participant.name.length).toBe(MAX_NAME_LENGTH);
    expect(joined.type === 'participant.joined' && joined.participant.name.endsWith('…')).toBe(true);
    const message = capRoomEvent({ type: 'chat.message', message: { id: 'm1', sender: long, shownTime: long, text: 'a'.repeat(100_000), system: false } });
    expect(message.type === 'chat.message' && [message.message.sender.length, message.message.text.length, message.message.shownTime!.length]).toEqual([MAX_NAME_LENGTH, MAX_MESSAGE_LENGTH, 32]);
  });

  it('keeps short readings as they are, the same object', () => {
    const event: RoomEvent = { type: 'participant.joined', participant: person('Léa', 'Léa') };
    expect(capRoomEvent(event)).toBe(event);
  });

  it('caps long ids the same way in every event, so a participant stays one person, and two long names stay two', () => {
    const a = `${'x'.repeat(300)}a`;
    const b = `${'x'.repeat(300)}b`;
    const joined = capRoomEvent({ type: 'participant.joined', participant: person(a, a) });
    const raised = capRoomEvent({ type: 'hand.raised', id: a });
    const other = capRoomEvent({ type: 'hand.raised', id: b });
    const id = joined.type === 'participant.joined' ? joined.participant.id : '';
    expect(id.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(raised).toEqual({ type: 'hand.raised', id });
    expect(other.type === 'hand.raised' && other.id).not.toBe(id);
  });
});
