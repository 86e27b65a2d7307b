// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { messagesFor } from '../../../core/i18n/messages';
import { openModeratoDb } from '../../../background/storage/db';
import { createPlanRepository } from '../../../background/storage/plans';
import type { PlanRecord } from '../../../background/storage/schema';
import { defaultTemplates } from '../../../core/templates/defaults';
import { localDateTime, PlanClass } from './PlanClass';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');
let dbCount = 0;

describe('Préparer: plan a class', () => {
  it('refuses a bad link, then saves the plan, copies the link and reports the new plans', async () => {
    const plans = createPlanRepository(await openModeratoDb(`plan-ui-${++dbCount}`));
    const copied: string[] = [];
    const changed: PlanRecord[][] = [];
    const templates = defaultTemplates('fr');
    renderWithI18n(() => (
      <PlanClass templates={() => templates} plans={plans} newId={() => 'p1'}
        copy={async (text) => void copied.push(text)} onPlansChanged={(list) => changed.push(list)} />
    ));
    fireEvent.input(screen.getByTestId('plan-date'), { target: { value: '2030-03-10' } });
    fireEvent.input(screen.getByTestId('plan-time'), { target: { value: '14:30' } });
    fireEvent.input(screen.getByTestId('plan-link'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByTestId('plan-save'));
    await waitFor(() => expect(screen.getByTestId('plan-problems').textContent).toContain(t.planBadLink));
    expect(await plans.list()).toEqual([]);

    fireEvent.input(screen.getByTestId('plan-link'), { target: { value: 'https://bbb.example/b/abc' } });
    fireEvent.click(screen.getByTestId('plan-copy-link'));
    await waitFor(() => expect(copied).toEqual(['https://bbb.example/b/abc']));
    fireEvent.click(screen.getByTestId('plan-save'));
    await waitFor(() => expect(screen.getByTestId('plan-message').textContent).toBe(t.planSaved));
    const expected: PlanRecord = {
      id: 'p1',
      templateId: templates[0]!.id,
      title: templates[0]!.name,
      startsAt: localDateTime('2030-03-10', '14:30'),
      participantsLink: 'https://bbb.example/b/abc',
      moderatorLink: '',
    };
    expect(await plans.list()).toEqual([expected]);
    await waitFor(() => expect(changed.at(-1)).toEqual([expected]));
    expect(screen.getByTestId('plans').textContent).toContain(templates[0]!.name);

    // Editing keeps the plan's id: the reminder alarm follows the new time.
    fireEvent.click(within(screen.getByTestId('plans')).getByRole('button', { name: t.tplEdit }));
    expect((screen.getByTestId('plan-time') as HTMLInputElement).value).toBe('14:30');
    fireEvent.input(screen.getByTestId('plan-time'), { target: { value: '15:00' } });
    fireEvent.click(screen.getByTestId('plan-save'));
    await waitFor(async () => expect((await plans.list()).map((p) => [p.id, p.startsAt])).toEqual([['p1', localDateTime('2030-03-10', '15:00')]]));
  });

  it('reads local date and time fields', () => {
    expect(localDateTime('2030-03-10', '14:30')).toBe(new Date(2030, 2, 10, 14, 30).getTime());
    expect(localDateTime('', '14:30')).toBeNaN();
  });
});
