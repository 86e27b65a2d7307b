import { describe, expect, it } from 'vitest';
import { comparableUrl, matchPlannedClass, type PlannedClass } from './planMatch';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 2, 10, 14, 0);
const plan = (id: string, startsAt: number, participantsLink: string, moderatorLink = ''): PlannedClass => ({
  id,
  templateId: 'tpl',
  title: id,
  startsAt,
  participantsLink,
  moderatorLink,
});
const fortyFive = () => 45 * MINUTE;

describe('matching a planned class to the open room', () => {
  it('matches by link, whatever the fragment, the order of the query or a trailing slash', () => {
    expect(comparableUrl('https://bbb.ac.fr/rooms/abc/?b=2&a=1#chat')).toBe(comparableUrl('https://bbb.ac.fr/rooms/abc?a=1&b=2'));
    const plans = [plan('other', T0, 'https://bbb.ac.fr/rooms/xyz'), plan('maths', T0 + 3 * 24 * 60 * MINUTE, 'https://bbb.ac.fr/rooms/abc?a=1&b=2')];
    // A link match holds whenever the room is opened, even on another day.
    expect(matchPlannedClass(plans, 'https://bbb.ac.fr/rooms/abc/?b=2&a=1#x', T0, fortyFive)).toEqual({ plan: plans[1], by: 'link' });
  });

  it('matches the moderator link too', () => {
    const plans = [plan('maths', T0, 'https://bbb.ac.fr/p', 'https://bbb.ac.fr/m?role=mod')];
    expect(matchPlannedClass(plans, 'https://bbb.ac.fr/m?role=mod', T0, fortyFive)?.by).toBe('link');
  });

  it('else matches a plan on the same site within its time window, the closest start first', () => {
    const plans = [
      plan('early', T0 - 60 * MINUTE, 'https://bbb.ac.fr/b/api/join?meetingID=1'),
      plan('now', T0 + 10 * MINUTE, 'https://bbb.ac.fr/b/api/join?meetingID=2'),
      plan('elsewhere', T0, 'https://autre.example/room'),
    ];
    const room = 'https://bbb.ac.fr/html5client/join?sessionToken=abc';
    expect(matchPlannedClass(plans, room, T0, fortyFive)).toEqual({ plan: plans[1], by: 'time' });
    // 31 minutes before the start is too early; 15 minutes after the end still counts.
    expect(matchPlannedClass([plans[1]!], room, T0 + 10 * MINUTE - 31 * MINUTE, fortyFive)).toBeNull();
    expect(matchPlannedClass([plans[1]!], room, T0 + 10 * MINUTE + 60 * MINUTE, fortyFive)?.plan.id).toBe('now');
    expect(matchPlannedClass([plans[1]!], room, T0 + 10 * MINUTE + 61 * MINUTE, fortyFive)).toBeNull();
  });

  it('never matches another site, an empty link or an address that is not http(s)', () => {
    expect(matchPlannedClass([plan('x', T0, 'https://autre.example/room')], 'https://bbb.ac.fr/room', T0, fortyFive)).toBeNull();
    expect(matchPlannedClass([plan('x', T0, '')], 'https://bbb.ac.fr/room', T0, fortyFive)).toBeNull();
    expect(matchPlannedClass([plan('x', T0, 'https://bbb.ac.fr/room')], 'chrome://newtab', T0, fortyFive)).toBeNull();
  });
});
