import { checklistProgress } from './checklists';

describe('checklistProgress', () => {
  it('keeps the last outcome of each step, per checklist', () => {
    const progress = checklistProgress([
      { type: 'checklist.step', checklist: 'end', stepId: 'mute', outcome: 'failed', at: 1 },
      { type: 'checklist.step', checklist: 'start', stepId: 'welcome', outcome: 'done', at: 2 },
      { type: 'participants.count', count: 3, at: 3 },
      { type: 'checklist.step', checklist: 'end', stepId: 'mute', outcome: 'done', at: 4 },
      { type: 'checklist.step', checklist: 'end', stepId: 'lock-chat', outcome: 'manual-confirmed', at: 5 },
    ]);
    expect(progress).toEqual({ start: { welcome: 'done' }, end: { mute: 'done', 'lock-chat': 'manual-confirmed' } });
  });
});
