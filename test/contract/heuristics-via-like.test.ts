// The heuristic readers on a page they were not written against: a Via-like room built only from
// the public description of Via HTML. The tests name no id or class of that page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { findChatLog, findParticipantList, readChatByHeuristics, readParticipantsByHeuristics } from '../../platforms/heuristics';
import { detectRoom } from '../../platforms/registry';

const html = readFileSync(join(__dirname, '..', 'fixtures', 'via', 'room-like.fr.html'), 'utf8');
const facts = JSON.parse(html.match(/^<!-- moderato-fixture (\{.*\}) -->/)![1]!);
const doc = new JSDOM(html, { url: 'https://classe.example.org/activite/123' }).window.document;

test('finds the participant list and reads every participant, role and hand', () => {
  const read = readParticipantsByHeuristics(doc)!;
  expect(read).not.toBeNull();
  expect(read.participants.map((p) => p.name)).toEqual(facts.participants);
  expect(read.list.count).toBe(facts.count);
  const moderators = read.participants.filter((p) => p.role === 'moderator').map((p) => p.name);
  expect(moderators).toEqual(Object.keys(facts.roles));
  expect(read.participants.filter((p) => p.handRaised).map((p) => p.name)).toEqual(facts.raisedHands);
});

test('finds the chat and reads every message, carrying the sender over', () => {
  const read = readChatByHeuristics(doc)!;
  expect(read.messages.map(({ sender, shownTime, text }) => ({ sender, time: shownTime, text }))).toEqual(facts.messages);
  expect(read.messages.every((message) => !message.system)).toBe(true);
});

test('the chat and the participant list are different containers', () => {
  expect(findChatLog(doc)!.container).not.toBe(findParticipantList(doc)!.container);
  expect(findChatLog(doc)!.container.contains(findParticipantList(doc)!.container)).toBe(false);
});

test('no platform adapter claims the page', () => {
  expect(detectRoom(doc, new URL('https://classe.example.org/activite/123'))).toBeNull();
});
