// Every selector of the 4.0 adapter against every 4.0 fixture page, with the facts of the seeded
// room the pages were rendered from (so a count is checked against what the room holds).
import { FIXTURES_40, SELECTORS_40, type SelectorSpec40 } from '../../platforms/bigbluebutton/v40/selectors';
import { fixtureFacts } from '../demo/room/fixture-facts';
import { loadFixture40 } from './bbb40Fixtures';

const entries = Object.entries(SELECTORS_40) as [string, SelectorSpec40][];

test('every 4.0 selector has an expectation for every 4.0 fixture', () => {
  for (const [name, spec] of entries) expect(Object.keys(spec.expect).sort(), name).toEqual([...FIXTURES_40].sort());
});

test('what belongs to a side panel finds nothing while the other one is open', () => {
  for (const [name, spec] of entries) {
    if (spec.panel === 'users') expect([spec.expect['4.0/room.fr'], spec.expect['4.0/room.en']], name).toEqual([0, 0]);
    if (spec.panel === 'chat') expect([spec.expect['4.0/room-participants.fr'], spec.expect['4.0/room-participants.en']], name).toEqual([0, 0]);
  }
});

describe.each(FIXTURES_40)('4.0 selectors on %s', (fixture) => {
  const doc = loadFixture40(fixture);
  test.each(entries.map(([name]) => name))('%s finds the expected count', (name) => {
    expect(doc.querySelectorAll(SELECTORS_40[name as keyof typeof SELECTORS_40].css).length).toBe(SELECTORS_40[name as keyof typeof SELECTORS_40].expect[fixture]);
  });
});

describe.each(['fr', 'en'] as const)('4.0 counts agree with the room (%s)', (locale) => {
  const users = loadFixture40(`4.0/room-participants.${locale}`);
  const chat = loadFixture40(`4.0/room.${locale}`);
  const facts = fixtureFacts(`4.0/room-participants.${locale}.html`);
  const shown = new Set(facts.renderedParticipantNames);
  test('rows, hands, muted and the chat', () => {
    expect(SELECTORS_40.userItem.expect[`4.0/room-participants.${locale}`]).toBe(facts.renderedParticipantNames.length);
    expect(SELECTORS_40.raisedHandItem.expect[`4.0/room-participants.${locale}`]).toBe(facts.raisedHands.length);
    expect(SELECTORS_40.audioStateMuted.expect[`4.0/room-participants.${locale}`]).toBe(facts.muted.filter((name) => shown.has(name) && name !== facts.you).length);
    expect(SELECTORS_40.chatMessageItem.expect[`4.0/room.${locale}`]).toBe(fixtureFacts(`4.0/room.${locale}.html`).mountedMessageSequences.length);
    expect(users.querySelector(SELECTORS_40.userListTitle.css)!.textContent).toBe(`${locale === 'fr' ? 'Utilisateurs' : 'Users'} (${facts.participantCount})`);
    expect(chat.querySelector(SELECTORS_40.userListTitle.css)).toBeNull();
  });
});
