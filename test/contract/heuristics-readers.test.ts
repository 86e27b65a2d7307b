// The heuristic readers on small ARIA-only pages, FR and EN, and their refusals.
import { JSDOM } from 'jsdom';
import { findChatLog, findParticipantList, findToggle, readChatByHeuristics, readParticipantsByHeuristics, toggleState } from '../../platforms/heuristics';

const page = (body: string) => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;

test('a list labelled "Liste des participants" with role groups and a "Main levée" icon', () => {
  const doc = page(`
    <div role="list" aria-label="Liste des participants">
      <div role="group" aria-label="Modérateurs (1)"><div role="listitem">M. Blanc <span role="img" aria-label="Micro coupé"></span></div></div>
      <div role="group" aria-label="Participants (2)">
        <div role="listitem">Zoé (vous)</div>
        <div role="listitem"><span>Yanis</span><i class="icon" aria-label="Main levée"></i></div>
      </div>
    </div>`);
  const read = readParticipantsByHeuristics(doc)!;
  expect(read.participants.map(({ name, role, handRaised }) => ({ name, role, handRaised }))).toEqual([
    { name: 'M. Blanc', role: 'moderator', handRaised: false },
    { name: 'Zoé', role: 'viewer', handRaised: false },
    { name: 'Yanis', role: 'viewer', handRaised: true },
  ]);
});

test('an English "Users" heading before a plain list, and a "Chat" log with [time, text] follow-ups', () => {
  const doc = page(`
    <section><h2>Users (2)</h2><ul><li>Ann</li><li>Bob <span title="Raised hand">✋</span></li></ul></section>
    <section aria-label="Chat"><ol role="log"><li><b>Ann</b> <span>10:34</span> <p>hi</p></li><li><span>10:35</span><p>again</p></li></ol></section>`);
  expect(findParticipantList(doc)!.count).toBe(2);
  expect(readParticipantsByHeuristics(doc)!.participants.map((p) => [p.name, p.handRaised])).toEqual([['Ann', false], ['Bob', true]]);
  expect(readChatByHeuristics(doc)!.messages).toEqual([
    { sender: 'Ann', shownTime: '10:34', text: 'hi', system: false },
    { sender: 'Ann', shownTime: '10:35', text: 'again', system: false },
  ]);
});

test('an ordinary page has neither a participant list nor a chat', () => {
  const doc = page('<nav><ul><li>Accueil</li><li>Participants</li></ul></nav><h1>Le chat de la voisine</h1><p>Il miaule.</p>');
  expect(findParticipantList(doc)).toBeNull();
  expect(findChatLog(doc)).toBeNull();
});

test('toggles are found by their exact label only, and their state read', () => {
  const doc = page(`
    <label><input type="checkbox" checked> Partager l'audio</label>
    <div role="switch" aria-checked="false" aria-label="Share video"></div>
    <label><input type="checkbox"> Partager l'audio et la vidéo</label>`);
  expect(toggleState(findToggle(doc, ['Partager l’audio'])!)).toBe(true);
  expect(toggleState(findToggle(doc, ['share VIDEO'])!)).toBe(false);
  expect(findToggle(doc, ['Partager'])).toBeNull();
});
