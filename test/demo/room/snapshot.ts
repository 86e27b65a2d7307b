/**
 * Renders a fixture page to a static HTML string (no script): the seeded fixture room mounted by
 * the version's renderer in a fresh jsdom document, preceded by a comment stating what it holds.
 * Regenerate the files with:  npx vitest run test/demo/room/snapshot.test.ts -u
 */
import { JSDOM } from 'jsdom';
import { buildFixtureRoom, FIXTURE_TIME_ZONE } from './fixture-room';
import { factsFor, openPanel40, type FixtureSpec } from './fixture-facts';
import { mountRoom } from './render/index';

export function renderFixture(spec: FixtureSpec): string {
  const dom = new JSDOM('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  const doc = dom.window.document;
  const model = buildFixtureRoom(spec.locale, spec.seed);
  const view = mountRoom(doc, model, {
    version: spec.version,
    locale: spec.locale,
    drift: spec.variant === 'drifted',
    handsList: spec.variant === 'hands-panel' ? 'panel' : 'toast',
    panel: openPanel40(spec),
    timeZone: FIXTURE_TIME_ZONE,
  });
  view.flush();
  const facts = factsFor(spec);
  const header = {
    fixture: spec.file,
    version: spec.version,
    locale: spec.locale,
    variant: spec.variant,
    seed: spec.seed,
    participants: facts.participantCount,
    participantRowsInDom: doc.querySelectorAll('[role="listitem"][id^="user-index-"], #user-list-virtualized-scroll .user-item').length,
    raisedHands: facts.raisedHands,
    talking: facts.talking,
    messages: facts.messageCount,
    systemMessages: facts.systemMessageCount,
    messageRowsInDom: doc.querySelectorAll('.chat-message-container, .time-window p, [data-message-type]').length,
    generator: 'test/demo/room/snapshot.ts (npx vitest run test/demo/room/snapshot.test.ts -u); facts: test/demo/room/fixture-facts.ts',
    // What the 4.0 markup follows in BigBlueButton's source, fact by fact.
    ...(spec.version === '4.0' ? { sources: 'docs/platforms/bbb-4.0.md', openPanel: openPanel40(spec) } : {}),
  };
  const html = dom.serialize();
  dom.window.close();
  return `<!-- moderato-fixture ${JSON.stringify(header)} -->\n${html}\n`;
}
