// The adapter's first reading of each fixture page (generated from the demo room's model by
// test/demo/room/snapshot.ts) against the facts it was built from (test/demo/room/fixture-facts.ts).
import { bigbluebutton } from '../../platforms/bigbluebutton';
import { bbbHealth } from '../../platforms/bigbluebutton/health';
import type { ParticipantState, RoomEvent } from '../../core/session/events';
import { FIXTURE_FACTS } from '../demo/room/fixture-facts';
import type { FixtureId } from '../../platforms/bigbluebutton/selectors';
import { loadFixture } from './bbbFixtures';

function firstBatch(doc: Document): RoomEvent[] {
  const batches: RoomEvent[][] = [];
  const controller = new AbortController();
  bigbluebutton.read(doc, { events: (events) => batches.push(events), health: () => undefined, error: (error) => { throw error; } }, controller.signal);
  controller.abort();
  return batches[0] ?? [];
}

// 4.0 has its own adapter and tests (bbb40-*.test.ts).
const standard = FIXTURE_FACTS.filter((facts) => facts.variant !== 'drifted' && facts.version !== '4.0');

describe.each(standard.map((facts) => [facts.file, facts] as const))('reading %s', (file, facts) => {
  const id = file.replace(/\.html$/, '') as FixtureId;

  test('detects the version and the meeting', async () => {
    const { doc } = loadFixture(id);
    const detection = bigbluebutton.detect(doc, new URL('https://visio.example.fr/html5client/join?sessionToken=t'));
    expect(detection).toMatchObject({ version: facts.version, roomTitle: facts.meetingName, isModerator: true });
  });

  test('participants, count, roles, you, presenter, webcams, muted, talking', async () => {
    const { doc } = loadFixture(id);
    const events = firstBatch(doc);
    const people = events.flatMap((event) => (event.type === 'participant.joined' ? [event.participant] : []));
    const byName = new Map<string, ParticipantState>(people.map((p) => [p.name, p]));
    expect(people.map((p) => p.name)).toEqual(facts.renderedParticipantNames);
    expect(events).toContainEqual({ type: 'participants.count', count: facts.participantCount });
    expect(people.filter((p) => p.you).map((p) => p.name)).toEqual([facts.you]);
    expect(people.filter((p) => p.presenter).map((p) => p.name)).toEqual([facts.presenter]);
    const shown = new Set(facts.renderedParticipantNames);
    const visible = (names: string[]) => names.filter((name) => shown.has(name)).sort();
    expect(people.filter((p) => p.role === 'moderator').map((p) => p.name).sort()).toEqual(visible(facts.moderators));
    expect(people.filter((p) => p.webcam).map((p) => p.name).sort()).toEqual(visible(facts.webcams));
    // Listen-only (\e90c) also reads as muted here: such a person cannot be heard.
    for (const name of visible(facts.muted)) expect(byName.get(name)?.muted, name).toBe(true);
    for (const name of visible(facts.talking)) expect(byName.get(name)?.muted, name).toBe(false);
    const talking = events.flatMap((event) => (event.type === 'talk.started' ? [event.id] : []));
    expect(talking.sort()).toEqual([...facts.talking].sort());
    expect(byName.size).toBe(people.length);
  });

  test('raised hands in raise order', async () => {
    const { doc } = loadFixture(id);
    const raised = firstBatch(doc).flatMap((event) => (event.type === 'hand.raised' ? [event.id] : []));
    // The toast shows the first three in order; the rest come from the rows on screen.
    const shown = new Set(facts.renderedParticipantNames);
    const expected = facts.raisedHands.filter((name, index) => index < 3 || shown.has(name) || facts.variant === 'hands-panel');
    expect(raised.slice(0, 3)).toEqual(expected.slice(0, 3));
    expect([...raised].sort()).toEqual([...expected].sort());
  });

  test('chat: mounted messages once each, right sender, system notices flagged', async () => {
    const { doc } = loadFixture(id);
    const messages = firstBatch(doc).flatMap((event) => (event.type === 'chat.message' ? [event.message] : []));
    expect(messages.length).toBeGreaterThan(0);
    expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
    const known = facts.messages;
    if (facts.version === '3.0') {
      for (const message of messages) {
        const fact = known.find((candidate) => `seq:${candidate.sequence}` === message.id);
        expect(fact, message.id).toBeDefined();
        expect(message.system, message.id).toBe(fact!.system);
        if (!fact!.system) expect([message.sender, message.text], message.id).toEqual([fact!.sender, fact!.text]);
      }
    } else {
      // The virtual list shows a contiguous run of people's messages: find it in the room's.
      const people = known.filter((candidate) => !candidate.system).map((candidate) => `${candidate.sender}|${candidate.text}`);
      const shown = messages.filter((message) => !message.system).map((message) => `${message.sender}|${message.text}`);
      const start = people.findIndex((_, index) => shown.every((entry, offset) => people[index + offset] === entry));
      expect(start, shown.join('\n')).toBeGreaterThanOrEqual(0);
    }
    if (facts.version === '3.0') {
      expect(messages.length).toBe(facts.mountedMessageSequences.length);
      expect(messages.filter((message) => message.system).length).toBe(
        known.filter((candidate) => candidate.system && facts.mountedMessageSequences.includes(candidate.sequence)).length,
      );
    }
  });
});

test('the drifted fixture is degraded where its selectors drifted', async () => {
  const { doc } = loadFixture('3.0/room-drifted.fr');
  const health = bbbHealth(doc, '3.0');
  for (const capability of ['participants', 'participantCount', 'chat', 'postChat', 'muteAll', 'lockViewers'] as const) {
    expect(health.find((entry) => entry.capability === capability)).toMatchObject({ status: 'degraded', method: 'known-selectors', detail: expect.stringContaining('selector') });
  }
});
