import type { ActionResult, RoomAction } from '../../../platforms/contract';
import type { SessionCommand } from '../../../core/protocol';
import { defaultTemplates } from '../../../core/templates/defaults';
import { agendaChatText, automationAction, closeRoomSteps } from './actions';
import { createChecklistRunner } from './runner';

const template = defaultTemplates('fr')[0]!;

function setup(results: ActionResult[], steps = template.checklists.start, checklist: 'start' | 'end' = 'start') {
  const acted: RoomAction[] = [];
  const recorded: SessionCommand[] = [];
  const queue = [...results];
  const runner = createChecklistRunner({
    checklist,
    steps,
    actionOf: (step) => (step.automation ? automationAction(step.automation, template) : null),
    act: async (action) => {
      acted.push(action);
      return queue.shift() ?? { status: 'done' };
    },
    record: (command) => recorded.push(command),
  });
  const status = (id: string) => runner.state().steps.find((s) => s.id === id)?.status;
  return { runner, acted, recorded, status };
}

const manual: ActionResult = {
  status: 'manual',
  reason: 'lock menu not found',
  steps: [{ fr: 'Gérer les utilisateurs › Verrouiller les spectateurs', en: 'Manage users › Lock viewers' }],
};

describe('automations', () => {
  it('turns each automation into its room action', () => {
    expect(automationAction('post-welcome', template)).toEqual({ type: 'chat.post', text: template.welcomeMessage });
    expect(automationAction('post-rules', template)).toEqual({ type: 'chat.post', text: template.rulesMessage });
    expect(automationAction('mute-all', template)).toEqual({ type: 'audio.muteAll', exceptPresenter: true });
    expect(automationAction('lock-microphones', template)).toEqual({ type: 'viewers.lock', locks: { microphone: true } });
    expect(automationAction('lock-webcams', template)).toEqual({ type: 'viewers.lock', locks: { webcam: true } });
    expect(automationAction('lock-public-chat', template)).toEqual({ type: 'viewers.lock', locks: { publicChat: true } });
    expect(automationAction('lock-private-chat', template)).toEqual({ type: 'viewers.lock', locks: { privateChat: true } });
    expect(agendaChatText(template).split('\n')).toEqual([
      'Ordre du jour :',
      '1. Accueil et consignes (5 min)',
      '2. Rappel de l’objectif de la séance (3 min)',
      '3. Activité (20 min)',
      '4. Échanges et questions (10 min)',
      '5. Synthèse (5 min)',
      '6. Clôture (2 min)',
    ]);
  });

  it('builds the close-room sequence from the template’s end steps, or its own', () => {
    expect(closeRoomSteps(template, 'fr').map((s) => s.id)).toEqual([
      'couper-tous-micros', 'verrouiller-micros', 'verrouiller-cameras', 'verrouiller-discussion-publique', 'verrouiller-discussion-privee',
    ]);
    expect(closeRoomSteps(null, 'en').map((s) => [s.id, s.label])[0]).toEqual(['close-mute-all', 'Mute everyone']);
  });
});

describe('checklist runner', () => {
  it('runs an automated step, records done; ticks a hand step as done', async () => {
    const { runner, acted, recorded, status } = setup([{ status: 'done' }]);
    await runner.run('bienvenue');
    expect(acted).toEqual([{ type: 'chat.post', text: template.welcomeMessage }]);
    expect(status('bienvenue')).toBe('done');
    await runner.run('couper-micros');
    expect(acted).toHaveLength(1);
    expect(status('couper-micros')).toBe('done');
    expect(recorded).toEqual([
      { type: 'checklist.step', checklist: 'start', stepId: 'bienvenue', outcome: 'done' },
      { type: 'checklist.step', checklist: 'start', stepId: 'couper-micros', outcome: 'done' },
    ]);
  });

  it('records a failure with its reason, then a successful retry', async () => {
    const { runner, acted, recorded, status } = setup([{ status: 'failed', reason: 'chat input not found' }, { status: 'done' }]);
    await runner.run('presenter-regles');
    expect(status('presenter-regles')).toBe('failed');
    expect(runner.state().steps.find((s) => s.id === 'presenter-regles')?.reason).toBe('chat input not found');
    await runner.retry('presenter-regles');
    expect(status('presenter-regles')).toBe('done');
    expect(acted).toHaveLength(2);
    expect(recorded.map((c) => c.type === 'checklist.step' && [c.outcome, c.detail])).toEqual([
      ['failed', 'chat input not found'],
      ['done', undefined],
    ]);
  });

  it('waits on a manual result until the moderator confirms, and records manual-confirmed', async () => {
    const { runner, recorded, status } = setup([manual], closeRoomSteps(template, 'fr'), 'end');
    await runner.run('verrouiller-micros');
    expect(status('verrouiller-micros')).toBe('manual');
    expect(runner.state().steps.find((s) => s.id === 'verrouiller-micros')?.manualSteps).toEqual(manual.status === 'manual' ? manual.steps : []);
    expect(recorded).toEqual([]);
    await runner.confirm('verrouiller-micros');
    expect(status('verrouiller-micros')).toBe('manual-confirmed');
    expect(recorded).toEqual([{ type: 'checklist.step', checklist: 'end', stepId: 'verrouiller-micros', outcome: 'manual-confirmed' }]);
  });

  it('does not let an automated step be confirmed without running it', async () => {
    const { runner, recorded, status } = setup([]);
    await runner.confirm('bienvenue');
    expect(status('bienvenue')).toBe('pending');
    expect(recorded).toEqual([]);
  });

  it('runs the close-room sequence step by step, pausing on manual and failed steps', async () => {
    const steps = closeRoomSteps(template, 'fr');
    const { runner, acted, recorded, status } = setup(
      [{ status: 'done' }, manual, { status: 'failed', reason: 'webcam lock did not stick' }, { status: 'done' }, { status: 'done' }],
      steps,
      'end',
    );
    await runner.runSequence(steps.map((s) => s.id));
    expect(acted.map((a) => a.type)).toEqual(['audio.muteAll', 'viewers.lock']);
    expect(status('couper-tous-micros')).toBe('done');
    expect(status('verrouiller-micros')).toBe('manual');
    expect(status('verrouiller-cameras')).toBe('pending');

    await runner.confirm('verrouiller-micros');
    expect(status('verrouiller-cameras')).toBe('failed');
    expect(status('verrouiller-discussion-publique')).toBe('pending');

    await runner.skip('verrouiller-cameras');
    expect(acted).toEqual([
      { type: 'audio.muteAll', exceptPresenter: true },
      { type: 'viewers.lock', locks: { microphone: true } },
      { type: 'viewers.lock', locks: { webcam: true } },
      { type: 'viewers.lock', locks: { publicChat: true } },
      { type: 'viewers.lock', locks: { privateChat: true } },
    ]);
    expect(steps.map((s) => status(s.id))).toEqual(['done', 'manual-confirmed', 'skipped', 'done', 'done']);
    expect(runner.state().sequence).toEqual([]);
    expect(recorded.map((c) => (c.type === 'checklist.step' ? `${c.stepId}:${c.outcome}` : c.type))).toEqual([
      'couper-tous-micros:done',
      'verrouiller-micros:manual-confirmed',
      'verrouiller-cameras:failed',
      'verrouiller-cameras:skipped',
      'verrouiller-discussion-publique:done',
      'verrouiller-discussion-privee:done',
    ]);
  });

  it('continues the sequence after a successful retry', async () => {
    const steps = closeRoomSteps(template, 'fr').slice(0, 3);
    const { runner, status } = setup([{ status: 'failed', reason: 'x' }, { status: 'done' }, { status: 'done' }, { status: 'done' }], steps, 'end');
    await runner.runSequence(steps.map((s) => s.id));
    expect(status('couper-tous-micros')).toBe('failed');
    await runner.retry('couper-tous-micros');
    expect(steps.map((s) => status(s.id))).toEqual(['done', 'done', 'done']);
  });

  it('turns a thrown error into a failed step', async () => {
    const recorded: SessionCommand[] = [];
    const runner = createChecklistRunner({
      checklist: 'start',
      steps: [{ id: 'w', label: 'W', automation: 'post-welcome' }],
      actionOf: (step) => automationAction(step.automation!, template),
      act: () => Promise.reject(new Error('port closed')),
      record: (c) => recorded.push(c),
    });
    await runner.run('w');
    expect(runner.state().steps[0]).toMatchObject({ status: 'failed', reason: 'port closed' });
    expect(recorded).toEqual([{ type: 'checklist.step', checklist: 'start', stepId: 'w', outcome: 'failed', detail: 'port closed' }]);
  });
});
