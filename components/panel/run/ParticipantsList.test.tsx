// @vitest-environment jsdom
import { fireEvent, screen } from '@solidjs/testing-library';
import { ParticipantsList } from './ParticipantsList';
import { fakeHub, LOCAL_T0, panelStateFrom } from '../../../test/support/panelRun';
import { messagesFor } from '../../../core/i18n/messages';
import type { SessionEvent } from '../../../core/session/events';
import { joined, left, person, sessionStarted } from '../../../test/support/session';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');
const MIN = 60_000;
const T = LOCAL_T0;

const log: SessionEvent[] = [
  sessionStarted(T),
  joined(T, 'me', 'Mme Prof', { role: 'moderator', you: true }),
  joined(T + MIN, 'p1', 'Léa Martin'),
  left(T + 20 * MIN, 'p1'),
  joined(T + 25 * MIN, 'p1b', 'Léa Martin'),
  joined(T + 12 * MIN, 'p2', 'Hugo Petit'),
  left(T + 50 * MIN, 'p2'),
  joined(T + 2 * MIN, 'p3', '<img src=x onerror=alert(1)>'),
];
const participants = [person('me', 'Mme Prof', { role: 'moderator', you: true }), person('p1b', 'Léa Martin', { handRaised: true }), person('p3', '<img src=x onerror=alert(1)>')];

function mount() {
  const hub = fakeHub(panelStateFrom([...log].sort((a, b) => a.at - b.at), T + 95 * MIN, { participants }));
  renderWithI18n(() => <ParticipantsList state={hub.state} />);
  return hub;
}
const names = () => screen.getAllByTestId('attendance-label').map((node) => node.textContent);
const rowOf = (name: string) => screen.getAllByTestId('attendance-row').find((row) => row.textContent?.includes(name))!;
const cell = (row: HTMLElement, id: string) => row.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;

describe('ParticipantsList', () => {
  it('lists each person once with arrival, departure, lateness, reconnections and a raised hand', () => {
    mount();
    expect(names()).toEqual(['Mme Prof', 'Léa Martin', '<img src=x onerror=alert(1)>', 'Hugo Petit']);
    expect(document.querySelector('img')).toBeNull();
    const lea = rowOf('Léa Martin');
    expect(cell(lea, 'attendance-arrival')).toBe('14:01');
    expect(cell(lea, 'attendance-intervals')).toBe('2');
    expect(cell(lea, 'person-hand')).toContain(t.peopleHandTag);
    const hugo = rowOf('Hugo Petit');
    expect(hugo.dataset.present).toBe('false');
    expect(cell(hugo, 'attendance-late')).toBe(t.attendanceLate);
    expect(cell(hugo, 'attendance-departure')).toContain('14:50');
    expect(cell(rowOf('Mme Prof'), 'attendance-moderator')).toBe(t.moderator);
  });

  it('filters by hand raised, not yet spoken and left, and searches without accents', () => {
    mount();
    fireEvent.click(screen.getByTestId('people-filter-hand'));
    expect(names()).toEqual(['Léa Martin']);
    expect(screen.getByTestId('people-filter-hand').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('people-filter-left'));
    expect(names()).toEqual(['Hugo Petit']);
    fireEvent.click(screen.getByTestId('people-filter-silent'));
    expect(names()).toEqual(['Léa Martin', '<img src=x onerror=alert(1)>']);
    fireEvent.click(screen.getByTestId('people-filter-all'));
    fireEvent.input(screen.getByTestId('people-search'), { target: { value: 'lea' } });
    expect(names()).toEqual(['Léa Martin']);
    expect(screen.getByTestId('people-filter-all').textContent).toContain('4');
  });
});
