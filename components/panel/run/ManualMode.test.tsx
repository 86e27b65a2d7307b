// @vitest-environment jsdom
import { fireEvent, screen } from '@solidjs/testing-library';
import { ManualAttendance, ManualStart, namesFromPaste } from './ManualMode';
import { fakeHub, panelStateFrom, LOCAL_T0 } from '../../../test/support/panelRun';
import { messagesFor } from '../../../core/i18n/messages';
import { joined } from '../../../test/support/session';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');

describe('manual mode', () => {
  it('reads one name per line from a pasted list or a spreadsheet column', () => {
    expect(namesFromPaste('Léa Martin\r\n\n  Hugo Roux ;4e B\nInès\tabsente\n')).toEqual(['Léa Martin', 'Hugo Roux', 'Inès']);
  });

  it('starts a manual session with the title given', () => {
    const start = vi.fn();
    renderWithI18n(() => <ManualStart start={start} />);
    fireEvent.input(screen.getByTestId('manual-title'), { target: { value: 'Réunion Via' } });
    fireEvent.click(screen.getByTestId('manual-start'));
    expect(start).toHaveBeenCalledWith('Réunion Via');
  });

  it('marks arrivals and departures of the pasted list', () => {
    const hub = fakeHub(panelStateFrom([joined(LOCAL_T0, 'manual-1', 'Hugo Roux')], LOCAL_T0, {
      participants: [{ id: 'manual-1', name: 'Hugo Roux', role: 'viewer', presenter: false, you: false, handRaised: false, talking: false, muted: null, webcam: false }],
    }));
    renderWithI18n(() => <ManualAttendance state={hub.state} command={hub.command} />);
    fireEvent.input(screen.getByTestId('manual-roster'), { target: { value: 'Léa Martin\nhugo roux' } });
    fireEvent.click(screen.getByTestId('manual-roster-add'));
    const people = screen.getAllByTestId('manual-person');
    expect(people.map((row) => row.getAttribute('data-present'))).toEqual(['false', 'true']);
    fireEvent.click(screen.getByTestId('manual-arrived'));
    fireEvent.click(screen.getByTestId('manual-left'));
    expect(hub.command.mock.calls.map(([command]) => command)).toEqual([
      { type: 'attendance.arrived', name: 'Léa Martin' },
      { type: 'attendance.left', participantId: 'manual-1' },
    ]);
  });
});
