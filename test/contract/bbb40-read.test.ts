// Reading a 4.0 room: participants and hands whenever the participants panel is in the page, the
// chat whenever the chat is, talking always; what the closed panel would show is reported hidden,
// and nothing is opened to read it.
import type { CapabilityHealth } from '../../platforms/contract';
import { bigbluebutton } from '../../platforms/bigbluebutton';
import type { RoomEvent } from '../../core/session/events';
import { fixtureFacts } from '../demo/room/fixture-facts';
import { loadFixture40 } from './bbb40Fixtures';
import { openRoom, type TestRoom } from './bbbRoom';
import { HEALTH_EVERY_MS } from '../../platforms/bigbluebutton/read';
import { READ_PACE } from '../../platforms/dom/readScheduler';
import { orderFor30 } from '../demo/room/model';
import { buildFixtureRoom } from '../demo/room/fixture-room';

function startReading(doc: Document) {
  const batches: RoomEvent[][] = [];
  const health: CapabilityHealth[][] = [];
  const controller = new AbortController();
  let taken = 0;
  bigbluebutton.read(doc, { events: (events) => batches.push(events), health: (list) => health.push(list), error: (error) => { throw error; } }, controller.signal);
  return {
    health,
    take() {
      const events = batches.slice(taken).flat();
      taken = batches.length;
      return events;
    },
    status: (capability: string) => health.at(-1)!.find((entry) => entry.capability === capability),
    stop: () => controller.abort(),
  };
}

const of = <T extends RoomEvent['type']>(events: RoomEvent[], type: T) => events.filter((event): event is Extract<RoomEvent, { type: T }> => event.type === type);
const railClick = (room: TestRoom, test: string) => (room.doc.querySelector(`[data-test="${test}"]`) as HTMLElement).click();

describe.each(['fr', 'en'] as const)('4.0 fixture pages (%s)', (locale) => {
  test('participants open: rows, count, roles, muted, hands in rank order; the chat hidden', () => {
    const facts = fixtureFacts(`4.0/room-participants.${locale}.html`);
    const reading = startReading(loadFixture40(`4.0/room-participants.${locale}`));
    const events = reading.take();
    const joined = of(events, 'participant.joined').map((event) => event.participant);
    expect(joined.map((p) => p.name)).toEqual(facts.renderedParticipantNames);
    expect(of(events, 'participants.count').at(-1)?.count).toBe(facts.participantCount);
    expect(joined.find((p) => p.you)).toMatchObject({ name: facts.you, role: 'moderator', presenter: true, muted: false });
    // Muted as the row's toolbar says: muted microphones and listen-only, on the rows shown.
    const firstPage = orderFor30(buildFixtureRoom(locale).participants.values()).slice(0, joined.length);
    expect(joined.filter((p) => p.muted === true).map((p) => p.name)).toEqual(firstPage.filter((p) => p.audio === 'listen' || (p.audio === 'mic' && p.muted)).map((p) => p.name));
    expect(joined.filter((p) => p.muted === null).map((p) => p.name)).toEqual(firstPage.filter((p) => p.audio === 'none').map((p) => p.name));
    expect(of(events, 'hand.raised').map((event) => event.id)).toEqual(facts.raisedHands);
    expect(of(events, 'talk.started').map((event) => event.id).sort()).toEqual([...facts.talking].sort());
    expect(of(events, 'chat.message')).toEqual([]);
    expect(reading.status('participants')).toMatchObject({ status: 'works' });
    expect(reading.status('chat')).toEqual({ capability: 'chat', status: 'hidden', method: 'known-selectors', detail: 'chat-panel-closed' });
    reading.stop();
  });

  test('chat open (as on join): every mounted message, talking; participants, count and hands hidden', () => {
    const facts = fixtureFacts(`4.0/room.${locale}.html`);
    const reading = startReading(loadFixture40(`4.0/room.${locale}`));
    const events = reading.take();
    expect(of(events, 'chat.message').map((event) => event.message.id)).toEqual(facts.mountedMessageSequences.map((sequence) => `seq:${sequence}`));
    expect(of(events, 'participant.joined')).toEqual([]);
    expect(of(events, 'talk.started').length).toBe(facts.talking.length);
    for (const capability of ['participants', 'participantCount', 'raisedHands']) {
      expect(reading.status(capability)).toMatchObject({ status: 'hidden', detail: 'participants-panel-closed' });
    }
    // Actions open what they need: they are not hidden.
    expect(reading.status('lockViewers')).toMatchObject({ status: 'works' });
    reading.stop();
  });
});

test("BBB's multi-functional mode, both panels in the page: both read, neither hidden", () => {
  const doc = loadFixture40('4.0/room-participants.fr');
  const chat = loadFixture40('4.0/room.fr').querySelector('[data-test="chatMessages"]')!;
  doc.body.append(doc.importNode(chat, true));
  const reading = startReading(doc);
  const events = reading.take();
  expect(of(events, 'participant.joined').length).toBe(50);
  expect(of(events, 'chat.message').length).toBe(70);
  for (const capability of ['participants', 'raisedHands', 'chat']) expect(reading.status(capability)?.status, capability).toBe('works');
  reading.stop();
});

test('a drifted 4.0 page: what is lost is degraded, naming the selector', () => {
  const reading = startReading(loadFixture40('4.0/room-drifted.fr'));
  for (const capability of ['participants', 'participantCount', 'raisedHands', 'lowerHand', 'muteAll', 'lockViewers']) {
    expect(reading.status(capability)?.status, capability).toBe('degraded');
    expect(reading.status(capability)?.detail, capability).toContain('userListPanel');
  }
  expect(reading.status('chat')?.status).toBe('hidden');
  reading.stop();
});

describe('a live 4.0 room', () => {
  test('people who come and go while the chat is open are settled when the participants open', async () => {
    // A clock that runs, and that the test can move on (health is checked at most once a second).
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => void vi.useRealTimers());
    const room = await openRoom('4.0', 'fr');
    const reading = startReading(room.doc);
    expect(of(reading.take(), 'participant.joined')).toEqual([]);
    const ana = room.model.join({ name: 'Ana Duval' }).id;
    room.model.join({ name: 'Ben Morel' });
    room.model.leave(room.ids.david!);
    room.model.raiseHand(ana);
    await room.settle();
    // Nothing was opened to read them: the teacher's chat stays.
    expect(of(reading.take(), 'participant.joined')).toEqual([]);
    expect(room.doc.querySelector('[data-test="chatMessages"]')).not.toBeNull();

    railClick(room, 'usersListSidebarButton');
    await room.settle();
    const events = reading.take();
    expect(of(events, 'participant.joined').map((event) => event.participant.name).sort()).toEqual(['Alice Martin', 'Ana Duval', 'Ben Morel', 'Bob Leroy', 'Chloé Petit', 'Mme Durand']);
    expect(of(events, 'hand.raised').map((event) => event.id)).toEqual(['Ana Duval']);
    expect(reading.status('participants')?.status).toBe('works');

    // Closed again: nobody is guessed gone, the hand stays as last seen. Health is checked at
    // most every HEALTH_EVERY_MS in a busy room: the fake clock gets there.
    railClick(room, 'messagesSidebarButton');
    await vi.advanceTimersByTimeAsync(HEALTH_EVERY_MS + READ_PACE.busyIntervalMs);
    const later = reading.take();
    expect(of(later, 'participant.left')).toEqual([]);
    expect(of(later, 'hand.lowered')).toEqual([]);
    expect(reading.status('participants')?.status).toBe('hidden');
    reading.stop();
  });

  test('a leave while the participants are closed is settled from the count when they open again', async () => {
    const room = await openRoom('4.0', 'fr', { panel: 'users' });
    const reading = startReading(room.doc);
    reading.take();
    railClick(room, 'messagesSidebarButton');
    await room.settle();
    room.model.leave(room.ids.bob!);
    await room.settle();
    railClick(room, 'usersListSidebarButton');
    await room.settle();
    expect(of(reading.take(), 'participant.left').map((event) => event.id)).toEqual(['Bob Leroy']);
    reading.stop();
  });

  test('talking shows with either panel: "{nom} parle"', async () => {
    const room = await openRoom('4.0', 'fr');
    const reading = startReading(room.doc);
    reading.take();
    room.model.setTalking(room.ids.chloe!, true);
    await room.settle();
    expect(of(reading.take(), 'talk.started').map((event) => event.id)).toEqual(['Chloé Petit']);
    reading.stop();
  });
});
