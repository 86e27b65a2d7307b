// @vitest-environment jsdom
import { screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { messagesFor } from '../../../core/i18n/messages';
import type { ServerRecordState } from '../../../core/session/attendance';
import type { SessionEvent } from '../../../core/session/events';
import { joined, MINUTE, sessionStarted, T0 } from '../../../test/support/session';
import { ServerRecordStatus } from './ServerRecordStatus';
import { ReportView } from '../review/ReportView';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');
const at = new Date(2025, 2, 10, 14, 5, 9).getTime();

describe('ServerRecordStatus', () => {
  it("says when the server's record was last read", () => {
    renderWithI18n(() => <ServerRecordStatus server={() => ({ status: 'ok', detail: null, lastReadAt: at, lastOkReadAt: at })} />);
    expect(screen.getByTestId('server-record-read-at').textContent).toBe('Relevé de présence du serveur lu à 14:05:09');
    expect(screen.queryByTestId('server-record-note')).toBeNull();
  });

  it('says once, in plain words, that attendance comes from the page when the record is off or unreachable', () => {
    const [server, setServer] = createSignal<ServerRecordState | null>({ status: 'disabled', detail: 'Learning Dashboard disabled for this meeting', lastReadAt: at, lastOkReadAt: null });
    renderWithI18n(() => <ServerRecordStatus server={server} />, 'en');
    expect(screen.getAllByTestId('server-record-note').map((n) => n.textContent)).toEqual([
      'The BigBlueButton server’s attendance record is turned off for this class: attendance comes from what the page shows.',
    ]);
    setServer({ status: 'unreachable', detail: 'Failed to fetch', lastReadAt: at + 60_000, lastOkReadAt: at });
    expect(screen.getByTestId('server-record').textContent).toBe(
      'The BigBlueButton server’s attendance record cannot be reached (Failed to fetch): attendance comes from what the page shows. (last successful read at 14:05:09)',
    );
    setServer(null);
    expect(screen.queryByTestId('server-record')).toBeNull();
  });
});

describe('Bilan: whose times each row shows', () => {
  it('marks rows from the server, from the page, and homonyms to check', () => {
    const m = (minutes: number) => T0 + minutes * MINUTE;
    const log: SessionEvent[] = [
      sessionStarted(m(0)),
      joined(m(1), 'a', 'Alice'),
      joined(m(2), 'z', 'Zoé'),
      joined(m(2), 'l', 'Léa'),
      { type: 'server.person', person: { key: 'ka', name: 'Alice', moderator: false, ids: ['w_a'], intervals: [{ joinedAt: m(0.5), leftAt: null }] }, at: m(3) },
      { type: 'server.person', person: { key: 'kl1', name: 'Léa', moderator: false, ids: ['w_l1'], intervals: [{ joinedAt: m(1), leftAt: null }] }, at: m(3) },
      { type: 'server.person', person: { key: 'kl2', name: 'Léa', moderator: false, ids: ['w_l2'], intervals: [{ joinedAt: m(1.5), leftAt: null }] }, at: m(3) },
      { type: 'server.read', status: 'ok', at: m(3) },
    ];
    renderWithI18n(() => <ReportView events={log} now={m(10)} />);
    const cells = screen.getAllByTestId('report-times-from').map((td) => [td.closest('tr')!.querySelector('td')!.textContent, td.textContent]);
    expect(cells).toEqual([
      ['Alice', 'serveur'],
      ['Léa (1)', 'serveur (homonyme, à vérifier)'],
      ['Léa (2)', 'serveur (homonyme, à vérifier)'],
      ['Zoé', 'page'],
      ['Léa (3)', 'page (homonyme, à vérifier)'],
    ]);
    expect(screen.getByTestId('server-record-read-at')).toBeTruthy();
  });
});
