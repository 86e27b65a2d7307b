// Reading the Collaborate fixtures: exactly the participants, hands (in the order shown) and
// messages stated in each fixture's header, with the method per capability in health.
import type { CapabilityHealth } from '../../platforms/contract';
import { collaborate } from '../../platforms/collaborate';
import type { FixtureId } from '../../platforms/collaborate/selectors';
import type { RoomEvent } from '../../core/session/events';
import { loadFixture } from '../fixtures/collaborate/load';
import { READ_PACE } from '../../platforms/dom/readScheduler';
import { settle as settleFor } from '../support/async';

function start(id: FixtureId) {
  const { doc, facts } = loadFixture(id);
  const batches: RoomEvent[][] = [];
  const health: CapabilityHealth[][] = [];
  const errors: unknown[] = [];
  const controller = new AbortController();
  collaborate.read(doc, { events: (events) => batches.push(events), health: (h) => health.push(h), error: (e) => errors.push(e) }, controller.signal);
  const events = () => batches.flat();
  const method = (capability: string) => health.at(-1)!.find((entry) => entry.capability === capability);
  return { doc, facts, batches, events, health, method, errors, controller };
}

/** The adapter gathers changes: at most the busy interval. */
const settle = () => settleFor(READ_PACE.busyIntervalMs + 5);

const ROLE = { moderators: { role: 'moderator', presenter: false }, presenters: { role: 'viewer', presenter: true }, participants: { role: 'viewer', presenter: false } } as const;

describe.each(['room.fr', 'room.en', 'room-drifted.en'] as const)('%s', (id) => {
  test('reads every participant with role, ids from name + occurrence, the count', () => {
    const room = start(id);
    const joined = room.events().flatMap((e) => (e.type === 'participant.joined' ? [e.participant] : []));
    expect(joined.map((p) => p.name)).toEqual(room.facts.participants.map((p) => p.name));
    expect(joined.map((p) => ({ role: p.role, presenter: p.presenter }))).toEqual(room.facts.participants.map((p) => ROLE[p.group]));
    expect(joined.map((p) => p.id)).toContain('Camille Dubois#2');
    expect(room.events()).toContainEqual({ type: 'participants.count', count: room.facts.count });
    expect(room.errors).toEqual([]);
  });

  test('reads raised hands in the order shown', () => {
    const room = start(id);
    const raised = room.events().flatMap((e) => (e.type === 'hand.raised' ? [e.id] : []));
    expect(raised).toEqual(room.facts.raisedHands);
  });

  test('reads every message once (sender carried over, time, text) and the presence notice as system', () => {
    const room = start(id);
    const messages = room.events().flatMap((e) => (e.type === 'chat.message' ? [e.message] : []));
    const people = messages.filter((m) => !m.system).map(({ sender, shownTime, text }) => ({ sender, time: shownTime, text }));
    expect(people).toEqual(room.facts.messages);
    expect(messages.filter((m) => m.system)).toHaveLength(room.facts.presence);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
  });

  test('a recreated chat history re-sends nothing; a new message is sent once', async () => {
    const room = start(id);
    const log = room.doc.querySelector('#chat-channel-history, [role="log"]')!;
    const copy = log.cloneNode(true) as Element;
    log.replaceWith(copy);
    await settle();
    const before = room.events().length;
    const item = copy.lastElementChild!.cloneNode(true) as Element;
    item.querySelector('p')!.textContent = 'Merci !';
    copy.append(item);
    await settle();
    const added = room.events().slice(before);
    expect(added).toEqual([{ type: 'chat.message', message: expect.objectContaining({ sender: 'Lucas Petit', text: 'Merci !', shownTime: '14:06' }) }]);
    room.controller.abort();
  });

  test('a lowered hand is reported; after abort nothing more is read', async () => {
    const room = start(id);
    const icon = room.doc.querySelector('.status-hand-raised, [aria-label="Raised hand"], [aria-label="Hand raised"], [aria-label="Main levée"]')!;
    icon.remove();
    await settle();
    expect(room.events()).toContainEqual({ type: 'hand.lowered', id: 'Hugo Martin' });
    room.controller.abort();
    const count = room.batches.length;
    room.doc.querySelector('[role="listitem"], .participant-list-participant')!.remove();
    await settle();
    expect(room.batches.length).toBe(count);
  });
});

test.each(['room.fr', 'room.en'] as const)('%s: health says known selectors for every read capability', (id) => {
  const room = start(id);
  for (const capability of ['participants', 'participantCount', 'raisedHands', 'chat', 'lockViewers']) {
    expect(room.method(capability), capability).toMatchObject({ status: 'works', method: 'known-selectors' });
  }
  expect(room.method('talking')).toMatchObject({ status: 'manual', method: 'manual' });
});

test('drifted page: health says heuristics for what they find, manual for the rest', () => {
  const room = start('room-drifted.en');
  for (const capability of ['participants', 'participantCount', 'raisedHands', 'chat']) {
    expect(room.method(capability), capability).toMatchObject({ status: 'works', method: 'heuristics' });
  }
  for (const capability of ['talking', 'postChat', 'lowerHand', 'muteAll', 'lockViewers']) {
    expect(room.method(capability), capability).toMatchObject({ status: 'manual', method: 'manual' });
  }
});

test('a page where neither selectors nor heuristics find the chat reports it degraded', () => {
  const { doc } = loadFixture('room-drifted.en');
  doc.querySelector('[role="log"]')!.removeAttribute('role');
  doc.querySelector('[role="region"]')!.remove();
  const health: CapabilityHealth[][] = [];
  collaborate.read(doc, { events: () => {}, health: (h) => health.push(h), error: () => {} }, new AbortController().signal);
  expect(health.at(-1)!.find((h) => h.capability === 'chat')).toMatchObject({ status: 'degraded', method: 'manual' });
});
