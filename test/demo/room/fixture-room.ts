/**
 * The room the fixture pages show, built step by step from a seed with a fake clock, so the same
 * seed always gives the same bytes: 60 people (you = the only moderator and the presenter),
 * 4 raised hands, 2 talking, 120 chat messages (runs of one sender, one of them yours,
 * 2 system notices).
 */
import { RoomModel } from './model';
import { createRng } from './rng';
import { CHAT_LINES, TEACHER_NAME, pupilName } from './names';
import type { Locale } from './labels';

export const FIXTURE_SEED = 20240312;
/** 12 March 2024, 09:00 in Paris. */
export const FIXTURE_START = Date.UTC(2024, 2, 12, 8, 0, 0);
export const FIXTURE_TIME_ZONE = 'Europe/Paris';
export const FIXTURE_PARTICIPANTS = 60;
export const FIXTURE_MESSAGES = 120;

export function meetingNameFor(locale: Locale): string {
  return locale === 'fr' ? 'Mathématiques 4e B' : 'Maths Year 9';
}

export function buildFixtureRoom(locale: Locale, seed = FIXTURE_SEED): RoomModel {
  const rng = createRng(seed);
  let clock = FIXTURE_START;
  const tick = (minMs: number, maxMs: number) => (clock += rng.int(minMs, maxMs));
  const model = new RoomModel({ meetingName: meetingNameFor(locale), now: () => clock });

  model.join({ name: TEACHER_NAME, role: 'moderator', you: true, presenter: true, audio: 'mic', muted: false, id: 'w_teacher01' });
  const pupils: string[] = [];
  let nameIndex = rng.int(0, 100);
  while (pupils.length < FIXTURE_PARTICIPANTS - 1) {
    tick(500, 4000);
    const name = pupilName(nameIndex++);
    if (model.findByName(name)) continue;
    const audio = rng.chance(0.75) ? 'mic' : rng.chance(0.6) ? 'listen' : 'none';
    const id = `w_${(pupils.length + 1).toString(36).padStart(3, '0')}${rng.int(36 ** 4, 36 ** 5).toString(36)}`;
    model.join({ id, name, audio, muted: rng.chance(0.7), webcam: rng.chance(0.12) });
    pupils.push(id);
  }

  // Chat: a sender often writes several messages in a row (2.x groups them).
  let sender = rng.pick(pupils);
  let posted = 0;
  const systemAt = new Map<number, () => void>([
    [75, () => model.setPresenter('w_teacher01')],
    [100, () => model.setAway(pupils[7]!, true)],
  ]);
  while (posted < FIXTURE_MESSAGES) {
    tick(2000, 15000);
    const system = systemAt.get(posted);
    if (system) {
      system();
    } else if (posted === 60) {
      model.postChat('you', locale === 'fr' ? 'Ouvrez vos cahiers page 42, exercice 3.' : 'Open your books at page 42, exercise 3.');
    } else {
      if (!rng.chance(0.35)) sender = rng.pick(pupils);
      model.postChat(sender, rng.pick(CHAT_LINES));
    }
    posted += 1;
  }

  // Hands, raised in an order unrelated to names or join order.
  for (const index of [41, 3, 27, 12]) {
    tick(5000, 20000);
    model.raiseHand(pupils[index]!);
  }
  const talkers = pupils.filter((id) => model.get(id)!.audio === 'mic');
  model.setTalking(talkers[5]!, true);
  model.setTalking(talkers[17]!, true);
  // One who just stopped: the nav bar shows a "was talking" button.
  model.setTalking(talkers[9]!, true);
  model.setTalking(talkers[9]!, false);
  return model;
}
