import type { CapabilityHealth } from '../../platforms/contract';
import { bigbluebutton } from '../../platforms/bigbluebutton';
import type { RoomEvent } from '../../core/session/events';
import { CASES, openRoom, type Locale, type TestRoom, type Version } from './bbbRoom';

interface Reading {
  batches: RoomEvent[][];
  health: CapabilityHealth[][];
  all(): RoomEvent[];
  /** Events since the last call. */
  take(): RoomEvent[];
  stop(): void;
}

function startReading(room: TestRoom): Reading {
  const batches: RoomEvent[][] = [];
  const health: CapabilityHealth[][] = [];
  const controller = new AbortController();
  let taken = 0;
  bigbluebutton.read(room.doc, { events: (events) => batches.push(events), health: (list) => health.push(list), error: (error) => { throw error; } }, controller.signal);
  return {
    batches,
    health,
    all: () => batches.flat(),
    take() {
      const events = batches.slice(taken).flat();
      taken = batches.length;
      return events;
    },
    stop: () => controller.abort(),
  };
}

const byType = <T extends RoomEvent['type']>(events: RoomEvent[], type: T) =>
  events.filter((event): event is Extract<RoomEvent, { type: T }> => event.type === type);

describe.each(CASES)('BBB %s %s reading', (version: Version, locale: Locale) => {
  test('the first batch is the room as it is: everyone, with role, presenter, you, audio, webcam, count', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    const first = reading.batches[0]!;
    const joined = byType(first, 'participant.joined').map((event) => event.participant);
    expect(joined.map((p) => p.name).sort()).toEqual(['Alice Martin', 'Bob Leroy', 'Chloé Petit', 'David Roux', 'Mme Durand']);
    const get = (name: string) => joined.find((p) => p.name === name)!;
    expect(get('Mme Durand')).toMatchObject({ id: 'Mme Durand', role: 'moderator', presenter: true, you: true, muted: false });
    expect(get('Alice Martin')).toMatchObject({ role: 'viewer', presenter: false, you: false, muted: true, webcam: false });
    expect(get('Bob Leroy').muted).toBe(true); // listen-only
    expect(get('Chloé Petit')).toMatchObject({ muted: false, webcam: true });
    expect(get('David Roux').muted).toBeNull(); // not in audio
    expect(byType(first, 'participants.count')).toEqual([{ type: 'participants.count', count: 5 }]);
    expect(reading.health.at(-1)!.every((entry) => entry.status === 'works')).toBe(true);
    reading.stop();
  });

  test('a quiet room sends nothing; a change sends only the change', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    reading.take();
    await room.settle();
    expect(reading.take()).toEqual([]);

    room.model.setMuted(room.ids.alice!, false);
    await room.settle();
    const events = reading.take();
    expect(events).toEqual([
      { type: 'participant.updated', participant: expect.objectContaining({ id: 'Alice Martin', muted: false }) },
    ]);
    reading.stop();
  });

  test('joins, leaves and the count', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    reading.take();
    const emma = room.model.join({ name: 'Emma Blanc' }).id;
    await room.settle();
    let events = reading.take();
    expect(byType(events, 'participant.joined').map((event) => event.participant.id)).toEqual(['Emma Blanc']);
    expect(byType(events, 'participants.count')).toEqual([{ type: 'participants.count', count: 6 }]);

    room.model.leave(emma);
    room.model.leave(room.ids.bob!);
    await room.settle();
    events = reading.take();
    expect(byType(events, 'participant.left').map((event) => event.id).sort()).toEqual(['Bob Leroy', 'Emma Blanc']);
    expect(byType(events, 'participants.count')).toEqual([{ type: 'participants.count', count: 4 }]);
    reading.stop();
  });

  test('two people with the same name get distinct ids', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    reading.take();
    room.model.join({ name: 'Alice Martin' });
    await room.settle();
    expect(byType(reading.take(), 'participant.joined').map((event) => event.participant.id)).toEqual(['Alice Martin#2']);
    reading.stop();
  });

  test('raised hands come in raise order, and lowering is seen', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    reading.take();
    room.model.raiseHand(room.ids.david!);
    await room.settle();
    room.model.raiseHand(room.ids.alice!);
    await room.settle();
    room.model.raiseHand(room.ids.teacher!);
    await room.settle();
    expect(byType(reading.take(), 'hand.raised').map((event) => event.id)).toEqual(['David Roux', 'Alice Martin', 'Mme Durand']);
    room.model.lowerHand(room.ids.alice!);
    await room.settle();
    expect(byType(reading.take(), 'hand.lowered').map((event) => event.id)).toEqual(['Alice Martin']);
    reading.stop();
  });

  test('hands already up when reading starts are sent in raise order, not list order', async () => {
    const room = await openRoom(version, locale);
    room.model.raiseHand(room.ids.david!);
    room.model.raiseHand(room.ids.teacher!);
    room.model.raiseHand(room.ids.alice!);
    await room.settle();
    const reading = startReading(room);
    expect(byType(reading.take(), 'hand.raised').map((event) => event.id)).toEqual(['David Roux', 'Mme Durand', 'Alice Martin']);
    reading.stop();
  });

  test('talking starts and stops', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    reading.take();
    room.model.setTalking(room.ids.chloe!, true);
    await room.settle();
    expect(byType(reading.take(), 'talk.started')).toEqual([{ type: 'talk.started', id: 'Chloé Petit' }]);
    room.model.setTalking(room.ids.chloe!, false);
    await room.settle();
    expect(byType(reading.take(), 'talk.stopped')).toEqual([{ type: 'talk.stopped', id: 'Chloé Petit' }]);
    reading.stop();
  });

  test('chat: senders carried over grouped messages, system messages flagged, each message once', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    reading.take();
    room.model.postChat(room.ids.alice!, 'Bonjour');
    room.model.postChat(room.ids.alice!, 'Bonjour');
    room.model.postChat(room.ids.alice!, 'Une question ?');
    room.model.postChat(room.ids.chloe!, 'Moi aussi');
    await room.settle();
    room.model.setPresenter(room.ids.chloe!);
    await room.settle();
    const messages = byType(reading.take(), 'chat.message').map((event) => event.message);
    const people = messages.filter((message) => !message.system);
    expect(people.map((message) => [message.sender, message.text])).toEqual([
      ['Alice Martin', 'Bonjour'],
      ['Alice Martin', 'Bonjour'],
      ['Alice Martin', 'Une question ?'],
      ['Chloé Petit', 'Moi aussi'],
    ]);
    expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
    expect(people[0]!.shownTime).toMatch(/^\d{1,2}:\d{2}/);
    if (version === '3.0') expect(messages.some((message) => message.system && message.text.includes('Chloé Petit'))).toBe(true);
    // Re-rendering the list (a new message re-renders the window) repeats nothing.
    room.model.postChat(room.ids.chloe!, 'Et encore');
    await room.settle();
    expect(byType(reading.take(), 'chat.message').map((event) => event.message.text)).toEqual(['Et encore']);
    reading.stop();
  });

  test('a user list replaced by a new one (React remounting the panel) is read and watched from then on', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    reading.take();
    const list = room.doc.querySelector('[data-test="userListContent"]')!;
    const copy = list.cloneNode(true) as Element;
    const row = [...copy.querySelectorAll('[data-test="userListItem"]')].find((item) => item.textContent?.includes('David Roux'))!;
    const nameText = [...row.querySelectorAll('span')].map((span) => span.firstChild).find((node) => node?.nodeValue === 'David Roux')!;
    list.replaceWith(copy);
    await room.settle();
    // Same people in the new panel: nothing to say.
    expect(byType(reading.take(), 'participant.joined')).toEqual([]);
    // A change inside the new panel is seen by the new observer, in that row only.
    nameText.nodeValue = 'David Roux-Martin';
    await room.settle();
    expect(byType(reading.take(), 'participant.joined').map((event) => event.participant.name)).toEqual(['David Roux-Martin']);
    reading.stop();
  });

  test('a chat panel closed before reading starts is watched once it opens', async () => {
    const room = await openRoom(version, locale);
    const chat = room.doc.querySelector('[data-test="chatMessages"]')!;
    const parent = chat.parentElement!;
    chat.remove();
    const reading = startReading(room);
    reading.take();
    parent.append(chat);
    await room.settle();
    room.model.postChat(room.ids.alice!, 'Le chat est revenu');
    await room.settle();
    expect(byType(reading.take(), 'chat.message').map((event) => event.message.text)).toContain('Le chat est revenu');
    reading.stop();
  });

  test('mutations inside the Moderato overlay are ignored', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    const count = reading.batches.length;
    const host = room.doc.createElement('moderato-overlay');
    room.doc.body.append(host);
    await room.settle();
    host.append(room.doc.createElement('div'));
    host.setAttribute('data-x', '1');
    await room.settle();
    expect(reading.batches.length).toBe(count);
    reading.stop();
  });

  test('nothing is read after the signal aborts', async () => {
    const room = await openRoom(version, locale);
    const reading = startReading(room);
    reading.stop();
    const count = reading.batches.length;
    room.model.join({ name: 'Emma Blanc' });
    room.model.postChat(room.ids.alice!, 'Encore là ?');
    await room.settle();
    expect(reading.batches.length).toBe(count);
  });
});
