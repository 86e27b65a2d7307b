import { attendance } from './attendance';
import { chatLoad, chatQuestions } from './chatLoad';
import { checklistProgress } from './checklists';
import type { LoggedEvent, ModeratorEvent, SessionEvent } from './events';
import { liveViews } from './liveViews';
import { queueState } from './queue';
import { chat, handDown, handUp, joined, left, SECOND, sessionStarted, T0, talkOff, talkOn, updated } from '../../test/support/session';

const mod = (at: number, event: ModeratorEvent): SessionEvent => ({ ...event, at });
const at = (seconds: number) => T0 + seconds * SECOND;

/** A class with every kind of event: joins, renames, rejoins, hands, turns, talk, chat, the server's record, checklists, the end. */
const LOG: SessionEvent[] = [
  sessionStarted(at(0)),
  joined(at(0), 'you', 'Mme Durand', { role: 'moderator', you: true }),
  mod(at(1), { type: 'agenda.set', items: [{ id: 'a', title: 'Accueil', plannedMinutes: 5 }, { id: 'b', title: 'Activité', plannedMinutes: 20 }] }),
  mod(at(1), { type: 'agenda.started' }),
  joined(at(2), 'a', 'Alice'),
  joined(at(3), 'b', 'Bilal'),
  handUp(at(4), 'b'),
  handUp(at(5), 'a'),
  chat(at(6), 'm1', 'Alice', 'Bonjour'),
  chat(at(7), 'm2', 'Bilal', 'On commence quand ?'),
  mod(at(8), { type: 'queue.floorGiven', entryId: 'hand:b:1' }),
  talkOn(at(8), 'b'),
  mod(at(9), { type: 'checklist.step', checklist: 'start', stepId: 'bienvenue', outcome: 'done' }),
  { type: 'chat.missed', count: 30, at: at(10) },
  updated(at(11), 'a', 'Alice M.'),
  talkOff(at(12), 'b'),
  mod(at(12), { type: 'queue.done' }),
  mod(at(13), { type: 'chat.answered', messageId: 'm2' }),
  // The server's record: Bilal with the server's times, Karim whom the page never showed.
  { type: 'server.person', person: { key: 'k-b', name: 'Bilal', moderator: false, ids: ['w_b'], intervals: [{ joinedAt: at(2.5), leftAt: null }] }, at: at(13) },
  { type: 'server.person', person: { key: 'k-k', name: 'Karim', moderator: false, ids: ['w_k'], intervals: [{ joinedAt: at(1), leftAt: at(9) }] }, at: at(13) },
  { type: 'server.read', status: 'ok', at: at(13) },
  left(at(14), 'a'),
  joined(at(20), 'a2', 'Alice M.'),
  mod(at(21), { type: 'queue.added', entryId: 'manual-1', name: 'Chloé', source: 'manual' }),
  mod(at(22), { type: 'queue.skipped', entryId: 'manual-1' }),
  handDown(at(23), 'a'),
  mod(at(24), { type: 'agenda.next' }),
  chat(at(25), 'm3', 'Alice M.', 'Pourquoi ?'),
  mod(at(26), { type: 'checklist.step', checklist: 'end', stepId: 'couper-micros', outcome: 'manual-confirmed' }),
  { type: 'session.ended', at: at(30) },
  joined(at(31), 'late', 'Trop tard'),
  { type: 'server.read', status: 'unreachable', detail: 'Failed to fetch', at: at(32) },
];

function batchViews(log: readonly LoggedEvent[], now: number) {
  return {
    agendaLog: log.filter((event) => event.type.startsWith('agenda.')),
    queue: queueState(log, now),
    chatLoad: chatLoad(log, now),
    questions: chatQuestions(log, now),
    attendance: attendance(log, now),
    checklists: checklistProgress(log),
  };
}

test('after every event, the live views equal the same views folded from the whole log', () => {
  const live = liveViews();
  LOG.forEach((event, index) => {
    live.add(event);
    const log = LOG.slice(0, index + 1);
    for (const now of [event.at, event.at + 5 * SECOND]) expect(live.read(log, now), `after event ${index} (${event.type}), at +${now - event.at} ms`).toEqual(batchViews(log, now));
  });
});

test('built from a stored log, they equal the live ones', () => {
  const live = liveViews();
  for (const event of LOG) live.add(event);
  expect(liveViews(LOG).read(LOG, at(40))).toEqual(live.read(LOG, at(40)));
});

test('a view handed out does not change when later events are added', () => {
  const live = liveViews(LOG.slice(0, 10));
  const before = live.read(LOG.slice(0, 10), at(10));
  const copy = structuredClone(before);
  for (const event of LOG.slice(10)) live.add(event);
  live.read(LOG, at(40));
  expect(before).toEqual(copy);
});
