// @vitest-environment jsdom
import { render, screen, fireEvent } from '@solidjs/testing-library';
import { AttendanceTable } from './AttendanceTable';
import { fakeHub, LOCAL_T0, panelStateFrom } from '../../../test/support/panelRun';
import { messagesFor } from '../../../core/i18n/messages';
import type { SessionEvent } from '../../../core/session/events';
import { joined, left, sessionStarted } from '../../../test/support/session';

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
];

function rowOf(name: string) {
  return screen.getAllByTestId('attendance-row').find((row) => row.textContent?.includes(name))!;
}
const cell = (row: HTMLElement, id: string) => row.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;

describe('AttendanceTable', () => {
  it('shows arrival, departure or presence, total time, lateness and the present count', () => {
    const hub = fakeHub(panelStateFrom([...log].sort((a, b) => a.at - b.at), T + 95 * MIN));
    render(() => <AttendanceTable state={hub.state} t={t} />);
    expect(screen.getByTestId('attendance-present-count').textContent).toBe('2');

    const prof = rowOf('Mme Prof');
    expect(cell(prof, 'attendance-moderator')).toBe(t.moderator);
    expect(cell(prof, 'attendance-arrival')).toBe('14:00');
    expect(cell(prof, 'attendance-departure')).toBe(t.attendancePresent);
    expect(cell(prof, 'attendance-total')).toBe('1:35');
    expect(cell(prof, 'attendance-late')).toBeNull();

    const lea = rowOf('Léa Martin');
    expect(cell(lea, 'attendance-moderator')).toBeNull();
    expect(cell(lea, 'attendance-arrival')).toBe('14:01');
    expect(cell(lea, 'attendance-departure')).toBe(t.attendancePresent);
    expect(cell(lea, 'attendance-total')).toBe('1:29');
    expect(cell(lea, 'attendance-intervals')).toBe('2');

    const hugo = rowOf('Hugo Petit');
    expect(cell(hugo, 'attendance-late')).toBe(t.attendanceLate);
    expect(cell(hugo, 'attendance-departure')).toBe('14:50');
    expect(cell(hugo, 'attendance-total')).toBe('0:38');
  });

  it('expands and collapses the join/leave intervals of a row', () => {
    const hub = fakeHub(panelStateFrom([...log].sort((a, b) => a.at - b.at), T + 95 * MIN));
    render(() => <AttendanceTable state={hub.state} t={t} />);
    const toggle = screen.getByRole('button', { name: 'Passages de Léa Martin' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('attendance-interval-list')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = [...screen.getByTestId('attendance-interval-list').querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['14:01 – 14:20', '14:25 – présent']);
    fireEvent.click(toggle);
    expect(screen.queryByTestId('attendance-interval-list')).toBeNull();
  });

  it('says when nobody is there yet', () => {
    const hub = fakeHub(panelStateFrom([], T));
    render(() => <AttendanceTable state={hub.state} t={t} />);
    expect(screen.queryByTestId('attendance')).toBeNull();
    expect(screen.getByText(t.attendanceNone)).not.toBeNull();
  });
});
