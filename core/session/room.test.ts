import { describe, expect, it } from 'vitest';
import type { SessionEvent } from './events';
import { applyRoomEvent, changesRoom, emptyRoomState, roomState, type RoomState } from './room';
import { chat, handDown, handUp, joined, left, talkOn, talkOff, T0, updated, SECOND } from '../../test/support/session';

const t = (seconds: number) => T0 + seconds * SECOND;

const log: SessionEvent[] = [
  { type: 'session.started', platform: 'bigbluebutton', roomKey: 'k', roomTitle: 'Maths', at: t(0) },
  joined(t(1), 'prof', 'Mme Durand', { role: 'moderator', you: true }),
  joined(t(2), 'a', 'Alice'),
  joined(t(3), 'b', 'Bilal'),
  joined(t(4), 'c', 'Chloé'),
  handUp(t(10), 'c'),
  handUp(t(11), 'a'),
  handUp(t(12), 'c'), // repeated: keeps its first place
  talkOn(t(13), 'b'),
  chat(t(14), 'm1', 'Alice', 'Bonjour'),
  chat(t(15), 'm2', 'Bilal', 'Salut'),
  chat(t(16), 'm3', 'Chloé', 'Coucou'),
  handDown(t(20), 'c'),
  updated(t(21), 'b', 'Bilal K.', { talking: true }),
  left(t(30), 'a'),
  joined(t(31), 'd', 'Dina', { handRaised: true }),
  talkOff(t(32), 'b'),
  { type: 'agenda.started', at: t(33) },
];

describe('roomState', () => {
  it('tracks presence, hands in raise order, talking and recent chat', () => {
    const state = roomState(log, 2);
    expect([...state.participants.keys()]).toEqual(['prof', 'b', 'c', 'd']);
    expect(state.participantCount).toBe(4);
    expect(state.platformCount).toBeNull();
    // a left with her hand up; c lowered; d joined with a hand already up.
    expect(state.raisedHands).toEqual(['d']);
    expect(state.participants.get('b')).toMatchObject({ name: 'Bilal K.', talking: false });
    expect(state.participants.get('c')?.handRaised).toBe(false);
    expect(state.recentChat.map((m) => m.id)).toEqual(['m2', 'm3']);
    expect(state.chatTotal).toBe(3);
  });

  it('counts messages that passed unread in the total, apart, and never in the recent chat', () => {
    const state = roomState([...log, { type: 'chat.missed', count: 12, at: log.at(-1)!.at }], 2);
    expect(state.chatTotal).toBe(15);
    expect(state.chatMissed).toBe(12);
    expect(state.recentChat.map((m) => m.id)).toEqual(['m2', 'm3']);
  });

  it('keeps raise order and ignores a second raise of the same hand', () => {
    const state = roomState(log.slice(0, 8));
    expect(state.raisedHands).toEqual(['c', 'a']);
    expect(state.participants.get('a')?.handRaised).toBe(true);
  });

  it("prefers the platform's own count to the rows it could read", () => {
    const state = roomState([...log, { type: 'participants.count', count: 31, at: t(40) }]);
    expect(state.participantCount).toBe(31);
    expect(state.participants.size).toBe(4);
  });

  it('gives the same state folded one event at a time as over the whole log', () => {
    const snapshots: RoomState[] = [];
    let state = emptyRoomState(2);
    for (const event of log) {
      state = applyRoomEvent(state, event);
      snapshots.push(state);
    }
    expect(state).toEqual(roomState(log, 2));
    // And at every prefix, not only at the end.
    snapshots.forEach((snapshot, index) => expect(snapshot).toEqual(roomState(log.slice(0, index + 1), 2)));
  });

  it('never changes the state it is given', () => {
    const before = roomState(log.slice(0, 6));
    const frozenHands = [...before.raisedHands];
    const frozenIds = [...before.participants.keys()];
    applyRoomEvent(before, handDown(t(50), 'c'));
    applyRoomEvent(before, left(t(50), 'a'));
    expect(before.raisedHands).toEqual(frozenHands);
    expect([...before.participants.keys()]).toEqual(frozenIds);
    expect(before.participants.get('c')?.handRaised).toBe(true);
  });

  it('returns the same object for events that are not about the room', () => {
    const state = roomState(log);
    expect(applyRoomEvent(state, { type: 'agenda.paused', at: t(60) })).toBe(state);
  });
});

describe('chat total', () => {
  it('counts what people wrote, not the platform notices shown among them', () => {
    const state = roomState([
      chat(t(1), 'welcome', '', 'Bienvenue dans Maths 4e B !', true),
      chat(t(2), 'm1', 'Léa', 'Bonjour'),
      chat(t(3), 'presenter', '', 'Mme Lefort est désormais le présentateur', true),
      chat(t(4), 'm2', 'Hugo', 'Salut'),
    ]);
    expect(state.chatTotal).toBe(2);
    expect(state.recentChat).toHaveLength(4);
  });
});

describe('changesRoom', () => {
  const state = roomState([joined(t(0), 'a', 'Léa'), handUp(t(1), 'a'), { type: 'participants.count', count: 1, at: t(1) }]);

  it('says a repeated sighting changes nothing', () => {
    const lea = state.participants.get('a')!;
    expect(changesRoom(state, { type: 'participant.joined', participant: { ...lea }, at: t(2) })).toBe(false);
    expect(changesRoom(state, handUp(t(2), 'a'))).toBe(false);
    expect(changesRoom(state, { type: 'participants.count', count: 1, at: t(2) })).toBe(false);
    expect(changesRoom(state, left(t(2), 'nobody'))).toBe(false);
  });

  it('says a real change changes the room', () => {
    const lea = state.participants.get('a')!;
    expect(changesRoom(state, { type: 'participant.updated', participant: { ...lea, name: 'Léa M.' }, at: t(2) })).toBe(true);
    expect(changesRoom(state, joined(t(2), 'b', 'Hugo'))).toBe(true);
    expect(changesRoom(state, handDown(t(2), 'a'))).toBe(true);
    expect(changesRoom(state, left(t(2), 'a'))).toBe(true);
    expect(changesRoom(state, chat(t(2), 'm', 'Léa', 'Bonjour'))).toBe(true);
  });
});

describe("the server's record in the room state", () => {
  const person = (leftAt: number | null): SessionEvent => ({
    type: 'server.person',
    person: { key: 'k', name: 'Alice', moderator: false, ids: ['w_a'], intervals: [{ joinedAt: t(0), leftAt }] },
    at: t(5),
  });
  const read = (at: number, status: 'ok' | 'unreachable' = 'ok'): SessionEvent => ({ type: 'server.read', status, at });

  it('drops a person sent again unchanged (a room script that restarted), keeps a change', () => {
    const state = roomState([person(null), read(t(5))]);
    expect(changesRoom(state, person(null))).toBe(false);
    expect(changesRoom(state, person(t(4)))).toBe(true);
    expect(changesRoom(emptyRoomState(), person(null))).toBe(true);
  });

  it('keeps a read that changes the outcome, and an unchanged one only about once a minute', () => {
    const state = roomState([read(t(5))]);
    expect(changesRoom(state, read(t(20)))).toBe(false);
    expect(changesRoom(state, read(t(20), 'unreachable'))).toBe(true);
    expect(changesRoom(state, read(t(65)))).toBe(true);
    expect(applyRoomEvent(state, read(t(65))).serverRead).toEqual({ status: 'ok', detail: null, at: t(65) });
  });
});
