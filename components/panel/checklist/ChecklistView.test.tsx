// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { messagesFor } from '../../../core/i18n/messages';
import type { SessionCommand } from '../../../core/protocol';
import type { ActionResult, RoomAction } from '../../../platforms/contract';
import { defaultTemplates } from '../../../core/templates/defaults';
import type { PanelHub } from '../panelHub';
import { ChecklistView } from './ChecklistView';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');

function fakeHub(results: ActionResult[]) {
  const acted: RoomAction[] = [];
  const commands: SessionCommand[] = [];
  const hub: PanelHub = {
    state: () => null,
    command: (command) => void commands.push(command),
    act: async (action) => {
      acted.push(action);
      return results.shift() ?? { status: 'done' };
    },
    startManual: () => undefined,
  };
  return { hub, acted, commands };
}

const row = (id: string) => document.querySelector(`[data-testid="close-room-steps"] li[data-step-id="${id}"]`) as HTMLElement;

describe('ChecklistView', () => {
  it('closes the room step by step: manual waits for "C’est fait", failed offers retry and skip', async () => {
    const { hub, acted, commands } = fakeHub([
      { status: 'done' },
      { status: 'manual', reason: 'menu not found', steps: [{ fr: 'Verrouiller les spectateurs', en: 'Lock viewers' }] },
      { status: 'failed', reason: 'webcam lock not verified' },
    ]);
    const templates = defaultTemplates('fr');
    renderWithI18n(() => <ChecklistView hub={hub} templates={() => templates} />);
    fireEvent.click(screen.getByTestId('close-room'));
    await waitFor(() => expect(row('verrouiller-micros').dataset.status).toBe('manual'));
    expect(row('couper-tous-micros').dataset.status).toBe('done');
    expect(within(row('verrouiller-micros')).getByTestId('step-manual').textContent).toContain('« Verrouiller les spectateurs » / “Lock viewers”');
    expect(acted).toHaveLength(2);

    fireEvent.click(within(row('verrouiller-micros')).getByTestId('step-confirm'));
    await waitFor(() => expect(row('verrouiller-cameras').dataset.status).toBe('failed'));
    expect(within(row('verrouiller-cameras')).getByTestId('step-failed').textContent).toContain('webcam lock not verified');

    fireEvent.click(within(row('verrouiller-cameras')).getByTestId('step-skip'));
    await waitFor(() => expect(row('verrouiller-discussion-privee').dataset.status).toBe('done'));
    expect(acted.at(-1)).toEqual({ type: 'viewers.lock', locks: { privateChat: true } });
    expect(commands.map((c) => (c.type === 'checklist.step' ? `${c.checklist}/${c.stepId}:${c.outcome}` : c.type))).toEqual([
      'end/couper-tous-micros:done',
      'end/verrouiller-micros:manual-confirmed',
      'end/verrouiller-cameras:failed',
      'end/verrouiller-cameras:skipped',
      'end/verrouiller-discussion-publique:done',
      'end/verrouiller-discussion-privee:done',
    ]);
  });

  it('posts the welcome message and ticks hand steps of the start checklist', async () => {
    const { hub, acted, commands } = fakeHub([]);
    const templates = defaultTemplates('fr');
    renderWithI18n(() => <ChecklistView hub={hub} templates={() => templates} />);
    const start = screen.getByTestId('checklist-start');
    const welcome = start.querySelector('li[data-step-id="bienvenue"]') as HTMLElement;
    fireEvent.click(within(welcome).getByRole('button', { name: t.chkRun }));
    await waitFor(() => expect(welcome.dataset.status).toBe('done'));
    expect(acted).toEqual([{ type: 'chat.post', text: templates[0]!.welcomeMessage }]);
    const handStep = start.querySelector('li[data-step-id="couper-micros"]') as HTMLElement;
    fireEvent.click(within(handStep).getByRole('button', { name: t.chkTick }));
    await waitFor(() => expect(handStep.dataset.status).toBe('done'));
    expect(commands).toEqual([
      { type: 'checklist.step', checklist: 'start', stepId: 'bienvenue', outcome: 'done' },
      { type: 'checklist.step', checklist: 'start', stepId: 'couper-micros', outcome: 'done' },
    ]);
  });

  it('keeps the steps’ state when the view is closed and reopened (tab switch)', async () => {
    const { hub } = fakeHub([{ status: 'manual', reason: 'menu not found', steps: [{ fr: 'Tout couper', en: 'Mute all' }] }]);
    const templates = defaultTemplates('fr');
    const first = renderWithI18n(() => <ChecklistView hub={hub} templates={() => templates} />);
    fireEvent.click(screen.getByTestId('close-room'));
    await waitFor(() => expect(row('couper-tous-micros').dataset.status).toBe('manual'));
    first.unmount();
    renderWithI18n(() => <ChecklistView hub={hub} templates={() => templates} />);
    expect(row('couper-tous-micros').dataset.status).toBe('manual');
    expect((screen.getByTestId('close-room') as HTMLButtonElement).disabled).toBe(true);
  });
});
