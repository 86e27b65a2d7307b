import type { PlanRecord } from '../storage/schema';
import { alarmChanges, planIdOfAlarm, REMINDER_LEAD_MS, reminderAlarmName, reminderAlarms, reminderText } from './schedule';

const MIN = 60_000;
const NOW = Date.UTC(2025, 2, 10, 13, 0, 0);
const plan = (id: string, startsAt: number): PlanRecord => ({
  id,
  templateId: 't',
  title: `Maths ${id}`,
  startsAt,
  participantsLink: 'https://bbb.example/b/x',
  moderatorLink: '',
});

describe('reminder schedule', () => {
  it('schedules 15 minutes before each future plan, now for a plan starting sooner, none for a past one', () => {
    expect(REMINDER_LEAD_MS).toBe(15 * MIN);
    const alarms = reminderAlarms([plan('later', NOW + 60 * MIN), plan('soon', NOW + 5 * MIN), plan('past', NOW - MIN), plan('exact', NOW)], NOW);
    expect(alarms).toEqual([
      { name: 'moderato-plan:soon', planId: 'soon', when: NOW },
      { name: 'moderato-plan:later', planId: 'later', when: NOW + 45 * MIN },
    ]);
  });

  it('names alarms and reads the plan id back, ignoring other alarms', () => {
    expect(reminderAlarmName('abc')).toBe('moderato-plan:abc');
    expect(planIdOfAlarm('moderato-plan:abc')).toBe('abc');
    expect(planIdOfAlarm('moderato-plan:')).toBeNull();
    expect(planIdOfAlarm('retention')).toBeNull();
  });

  it('computes the changes: clears gone or moved reminders, creates new ones, keeps the rest and other alarms', () => {
    const wanted = reminderAlarms([plan('same', NOW + 60 * MIN), plan('moved', NOW + 90 * MIN), plan('new', NOW + 30 * MIN)], NOW);
    const existing = [
      { name: 'moderato-plan:same', scheduledTime: NOW + 45 * MIN },
      { name: 'moderato-plan:moved', scheduledTime: NOW + 10 * MIN },
      { name: 'moderato-plan:gone', scheduledTime: NOW + 10 * MIN },
      { name: 'moderato-retention', scheduledTime: NOW + 10 * MIN },
    ];
    const changes = alarmChanges(existing, wanted);
    expect(changes.clear.sort()).toEqual(['moderato-plan:gone', 'moderato-plan:moved']);
    expect(changes.create.map((a) => a.name).sort()).toEqual(['moderato-plan:moved', 'moderato-plan:new']);
  });

  it('writes the notification in French and English', () => {
    const p = plan('a', NOW + 15 * MIN);
    const fr = reminderText(p, 'fr', NOW, 'Europe/Paris');
    expect(fr.title).toBe('Classe dans 15 min : Maths a');
    expect(fr.message).toContain('Début à 14:15');
    expect(fr.message).toContain('https://bbb.example/b/x');
    const en = reminderText(p, 'en', NOW, 'Europe/Paris');
    expect(en.title).toBe('Class in 15 min: Maths a');
    expect(en.message).toContain('Starts at 14:15');
  });
});
