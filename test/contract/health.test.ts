// Health on every fixture: each capability says whether it works and by which method (known
// selectors, heuristics, a taught pack, or by hand); and when a working page's markup drifts while
// it is read, the capabilities that lost their elements turn "degraded" within seconds, the others
// stay as they were.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Capability, CapabilityHealth, HealthMethod, PlatformAdapter } from '../../platforms/contract';
import { bigbluebutton } from '../../platforms/bigbluebutton';
import { HEALTH_EVERY_MS } from '../../platforms/bigbluebutton/read';
import { FIXTURES as BBB_FIXTURES } from '../../platforms/bigbluebutton/selectors';
import { collaborate } from '../../platforms/collaborate';
import { FIXTURES as COLLABORATE_FIXTURES } from '../../platforms/collaborate/selectors';
import { createTaughtAdapter } from '../../platforms/taught';
import { emptyPack, type SelectorPack } from '../../core/packs/schema';
import { loadFixture as loadBbb } from './bbbFixtures';
import { loadFixture as loadCollaborate, ROOM_URL as COLLABORATE_URL } from '../fixtures/collaborate/load';
import { ROOM_URL as BBB_URL } from './bbbRoom';
import { READ_PACE } from '../../platforms/dom/readScheduler';
import { settle } from '../support/async';

const CAPABILITIES: Capability[] = ['participants', 'participantCount', 'raisedHands', 'talking', 'chat', 'postChat', 'lowerHand', 'muteAll', 'lockViewers'];
const METHODS: HealthMethod[] = ['known-selectors', 'heuristics', 'taught', 'manual'];

const VIA_ORIGIN = 'https://via.example.fr';
const VIA_URL = `${VIA_ORIGIN}/activite/atelier`;
/** What a moderator teaches on the Via-like page (the picker's choices in the teach e2e). */
const VIA_PACK: SelectorPack = {
  ...emptyPack(VIA_ORIGIN, new Date(Date.UTC(2026, 0, 5))),
  roles: {
    participantRow: '.colonne-droite li',
    participantName: 'span:first-child',
    raisedHand: 'span[title]',
    chatMessage: '.fil > .bulle',
    chatSender: 'b',
    chatText: 'div',
    chatInput: '.colonne-gauche textarea',
    chatSend: '.colonne-gauche button',
  },
};

function viaPage(): Document {
  const html = readFileSync(join(__dirname, '..', 'fixtures', 'via', 'room-like.fr.html'), 'utf8');
  return new JSDOM(html, { url: VIA_URL }).window.document;
}

function startReading(adapter: PlatformAdapter, doc: Document) {
  const health: CapabilityHealth[][] = [];
  const errors: unknown[] = [];
  const controller = new AbortController();
  adapter.read(doc, { events: () => undefined, health: (list) => health.push(list), error: (error) => errors.push(error) }, controller.signal);
  const now = () => new Map(health.at(-1)!.map((entry) => [entry.capability, entry]));
  return { health, errors, now, stop: () => controller.abort() };
}

function expectEveryCapabilityWithAMethod(health: CapabilityHealth[]) {
  expect(health.map((entry) => entry.capability).sort()).toEqual([...CAPABILITIES].sort());
  for (const entry of health) {
    expect(METHODS, entry.capability).toContain(entry.method);
    if (entry.status !== 'works') expect(entry.detail, entry.capability).toBeTruthy();
  }
}

const READS: Capability[] = ['participants', 'participantCount', 'raisedHands', 'chat'];

describe('health names a method for every capability on every fixture', () => {
  test.each(BBB_FIXTURES)('BigBlueButton %s', async (id) => {
    const { doc } = loadBbb(id);
    const reading = startReading(bigbluebutton, doc);
    const health = reading.health.at(-1)!;
    expectEveryCapabilityWithAMethod(health);
    // Every capability rests on BBB's own hooks; a drifted page says which ones went missing.
    expect(new Set(health.map((entry) => entry.method))).toEqual(new Set(['known-selectors']));
    if (id.includes('drifted')) expect(health.filter((entry) => entry.status === 'degraded').length).toBeGreaterThan(0);
    else expect(health.filter((entry) => entry.status !== 'works')).toEqual([]);
    reading.stop();
  });

  test.each(COLLABORATE_FIXTURES)('Collaborate Ultra %s', (id) => {
    const { doc } = loadCollaborate(id);
    const reading = startReading(collaborate, doc);
    const health = reading.now();
    expectEveryCapabilityWithAMethod([...health.values()]);
    const expected: HealthMethod = id.includes('drifted') ? 'heuristics' : 'known-selectors';
    for (const capability of READS) expect(health.get(capability), capability).toMatchObject({ status: 'works', method: expected });
    // What Collaborate gives no hook for is said to be done by hand, never guessed.
    for (const capability of ['talking', 'lowerHand', 'muteAll'] as const) expect(health.get(capability)).toMatchObject({ status: 'manual', method: 'manual' });
    reading.stop();
  });

  test('a Via-like page, through the pack a moderator taught', () => {
    const reading = startReading(createTaughtAdapter(VIA_PACK), viaPage());
    const health = reading.now();
    expectEveryCapabilityWithAMethod([...health.values()]);
    for (const capability of [...READS, 'postChat'] as const) expect(health.get(capability), capability).toMatchObject({ status: 'works', method: 'taught' });
    for (const capability of ['talking', 'lowerHand', 'muteAll', 'lockViewers'] as const) expect(health.get(capability)).toMatchObject({ status: 'manual', method: 'manual' });
    reading.stop();
  });
});

describe('markup that drifts while it is read turns the right capabilities degraded within seconds', () => {
  // On a fake clock: the drift must show once the reads' pace and the health interval have passed.
  const WITHIN_MS = READ_PACE.busyIntervalMs + HEALTH_EVERY_MS;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('BigBlueButton 3.0: renamed user rows, then a renamed chat list', async () => {
    const { doc } = loadBbb('3.0/room.fr');
    expect(doc.location.href).toBe(BBB_URL);
    const reading = startReading(bigbluebutton, doc);
    expect([...reading.now().values()].every((entry) => entry.status === 'works')).toBe(true);

    // An update renames the rows' test hooks: everything that reads rows is lost, nothing else.
    for (const row of doc.querySelectorAll('[data-test="userListItem"], [data-test="userListItemCurrent"]')) row.setAttribute('data-test', 'participantsListItem');
    await settle(WITHIN_MS);
    const afterRows = reading.now();
    for (const capability of ['participants', 'raisedHands', 'talking', 'lowerHand'] as const) {
      expect(afterRows.get(capability), capability).toMatchObject({ status: 'degraded', method: 'known-selectors', detail: expect.stringContaining('userItem') });
    }
    for (const capability of ['participantCount', 'chat', 'postChat', 'muteAll', 'lockViewers'] as const) expect(afterRows.get(capability)!.status, capability).toBe('works');

    doc.querySelector('[data-test="chatMessages"]')!.setAttribute('data-test', 'chatMessageList');
    await settle(WITHIN_MS);
    expect(reading.now().get('chat')).toMatchObject({ status: 'degraded', detail: expect.stringContaining('chatMessages') });
    expect(reading.now().get('postChat')!.status).toBe('works');
    expect(reading.errors).toEqual([]);
    reading.stop();
  });

  test('Collaborate Ultra: the chat history gone, then the attendee rows renamed', async () => {
    const { doc } = loadCollaborate('room.en', COLLABORATE_URL);
    const reading = startReading(collaborate, doc);
    expect(reading.now().get('chat')).toMatchObject({ status: 'works', method: 'known-selectors' });

    doc.querySelector('#chat-history-container')!.remove();
    await settle(WITHIN_MS);
    expect(reading.now().get('chat')).toMatchObject({ status: 'degraded', detail: expect.stringContaining('chatHistory') });
    expect(reading.now().get('participants')).toMatchObject({ status: 'works', method: 'known-selectors' });

    for (const row of doc.querySelectorAll('.participant-list-participant')) row.className = 'attendee-row';
    await settle(WITHIN_MS);
    expect(reading.now().get('participants')).toMatchObject({ status: 'degraded', detail: expect.stringContaining('participantItem') });
    expect(reading.now().get('raisedHands')!.status).toBe('degraded');
    reading.stop();
  });

  test('a taught Via-like page: the list restyled away from the pack, participants degraded; the chat still works', async () => {
    const doc = viaPage();
    const reading = startReading(createTaughtAdapter(VIA_PACK), doc);
    expect(reading.now().get('participants')!.status).toBe('works');
    doc.querySelector('.colonne-droite')!.className = 'panneau-participants';
    await settle(WITHIN_MS);
    expect(reading.now().get('participants')).toMatchObject({ status: 'degraded', detail: expect.stringContaining('found elements before and finds none now') });
    expect(reading.now().get('chat')!.status).toBe('works');
    reading.stop();
  });
});
