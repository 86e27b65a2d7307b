// @vitest-environment jsdom
import { screen, fireEvent } from '@solidjs/testing-library';
import { SpeakingQueue } from './SpeakingQueue';
import { NowStrip } from './NowStrip';
import { ParticipantsList } from './ParticipantsList';
import { createLiveClock } from './liveClock';
import { fakeHub, LOCAL_T0, panelStateFrom } from '../../../test/support/panelRun';
import { messagesFor } from '../../../core/i18n/messages';
import type { SessionEvent } from '../../../core/session/events';
import { handDown, handUp, joined, talkOff, talkOn } from '../../../test/support/session';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');
const S = 1000;
const T = LOCAL_T0;

// Léa spoke once (75 s); Hugo and Inès raised hands; Noé was added by hand; Inès has the floor.
const log: SessionEvent[] = [
  joined(T, 'me', 'Mme Prof', { you: true, role: 'moderator' }),
  joined(T, 'p1', 'Léa Martin'),
  joined(T, 'p2', 'Hugo Petit'),
  joined(T, 'p3', 'Inès Roux'),
  joined(T, 'p4', 'Sam Blanc'),
  handUp(T + 10 * S, 'p1'),
  { type: 'queue.floorGiven', entryId: 'hand:p1:1', at: T + 20 * S },
  talkOn(T + 20 * S, 'p1'),
  talkOff(T + 95 * S, 'p1'),
  { type: 'queue.done', at: T + 100 * S },
  handDown(T + 100 * S, 'p1'),
  handUp(T + 110 * S, 'p1'),
  handUp(T + 120 * S, 'p2'),
  { type: 'queue.added', entryId: 'm1', name: 'Noé (tablette)', source: 'manual', at: T + 130 * S },
  handUp(T + 140 * S, 'p3'),
  { type: 'queue.floorGiven', entryId: 'hand:p3:1', at: T + 150 * S },
  { type: 'queue.skipped', entryId: 'm1', at: T + 160 * S },
];

function mount(events = log, now = T + 200 * S) {
  const state = panelStateFrom(events, now, {
    participants: [
      { id: 'p2', name: 'Hugo Petit', role: 'viewer', presenter: false, you: false, handRaised: true, talking: false, muted: true, webcam: false },
    ],
  });
  const hub = fakeHub(state);
  // As in Animer: the "now" strip (speaker, next, give the floor), the queue, the participants.
  renderWithI18n(() => (
    <>
      <NowStrip state={hub.state} live={createLiveClock(() => [])} command={hub.command} openSection={() => undefined} />
      <SpeakingQueue state={hub.state} command={hub.command} />
      <ParticipantsList state={hub.state} />
    </>
  ));
  return hub;
}

const entries = () => screen.getAllByTestId('queue-entry');

describe('SpeakingQueue', () => {
  it('shows the speaker, the waiting list in order with sources, skip markers and the suggestion', () => {
    mount();
    expect(screen.getByTestId('queue-speaker-name').textContent).toBe('Inès Roux');
    expect(entries().map((entry) => entry.querySelector('[data-testid="queue-entry-name"]')!.textContent)).toEqual([
      'Léa Martin',
      'Hugo Petit',
      'Noé (tablette)',
    ]);
    expect(entries()[0]!.textContent).toContain(t.queueSourceHand);
    expect(screen.getByTestId('now-next-speaker').textContent).toContain('Hugo Petit');
    expect(entries()[2]!.textContent).toContain(t.queueSourceManual);
    expect(entries()[2]!.querySelector('[data-testid="queue-entry-skipped"]')).not.toBeNull();
    expect(entries()[0]!.querySelector('[data-testid="queue-entry-skipped"]')).toBeNull();
    // Léa already had a turn: Hugo (no turn yet, first in line) is suggested.
    expect(entries().map((entry) => entry.dataset.suggested)).toEqual(['false', 'true', 'false']);
    expect(screen.getByTestId('queue-count').textContent).toBe('3');
  });

  it('shows turns and talk time in the participants list, and who has not spoken yet', () => {
    mount();
    const row = (name: string) => screen.getAllByTestId('attendance-row').find((node) => node.textContent?.includes(name))!;
    expect(row('Léa Martin').querySelector('[data-testid="person-turns"]')!.textContent).toBe('1 tour(s)');
    expect(row('Léa Martin').querySelector('[data-testid="person-talk"]')!.textContent).toBe('01:15');
    fireEvent.click(screen.getByTestId('people-filter-silent'));
    const notYet = screen.getByTestId('participants').textContent;
    expect(notYet).toContain('Hugo Petit');
    expect(notYet).toContain('Sam Blanc');
    expect(notYet).not.toContain('Léa Martin');
    // Inès has the floor: her turn counts; the moderator is not a pupil waiting for a turn.
    expect(notYet).not.toContain('Inès Roux');
    expect(notYet).not.toContain('Mme Prof');
    expect(screen.getByTestId('people-filter-silent').textContent).toContain('2');
  });

  it('sends the right command for every button', () => {
    const hub = mount();
    fireEvent.click(screen.getByRole('button', { name: 'Donner la parole à Hugo Petit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Monter Hugo Petit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Descendre Hugo Petit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Retirer Noé (tablette) de la file' }));
    fireEvent.click(screen.getByRole('button', { name: 'Passer Léa Martin' }));
    fireEvent.click(screen.getByTestId('queue-done'));
    fireEvent.click(screen.getByTestId('queue-skip-speaker'));
    fireEvent.click(screen.getByTestId('queue-next'));
    expect(hub.command.mock.calls.map(([command]) => command)).toEqual([
      { type: 'queue.floorGiven', entryId: 'hand:p2:1' },
      { type: 'queue.moved', entryId: 'hand:p2:1', toIndex: 0 },
      { type: 'queue.moved', entryId: 'hand:p2:1', toIndex: 2 },
      { type: 'queue.removed', entryId: 'm1' },
      { type: 'queue.skipped', entryId: 'hand:p1:2' },
      { type: 'queue.done' },
      { type: 'queue.skipped', entryId: 'hand:p3:1' },
      { type: 'queue.next' },
    ]);
    const up = screen.getByRole('button', { name: 'Monter Léa Martin' }) as HTMLButtonElement;
    const down = screen.getByRole('button', { name: 'Descendre Noé (tablette)' }) as HTMLButtonElement;
    expect(up.disabled).toBe(true);
    expect(down.disabled).toBe(true);
  });

  it('adds someone by hand, as the participant when the name matches one in the room', () => {
    const hub = mount();
    const input = screen.getByTestId('queue-add-input') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '  hugo petit ' } });
    fireEvent.click(screen.getByTestId('queue-add'));
    fireEvent.input(input, { target: { value: 'Zoé au téléphone' } });
    fireEvent.submit(input.form!);
    expect(hub.command.mock.calls.map(([command]) => command)).toEqual([
      { type: 'queue.add', name: 'Hugo Petit', participantId: 'p2' },
      { type: 'queue.add', name: 'Zoé au téléphone' },
    ]);
    expect(input.value).toBe('');
    expect((screen.getByTestId('queue-add') as HTMLButtonElement).disabled).toBe(true);
  });

  it('without anyone speaking or waiting, says so and disables "Au suivant"', () => {
    mount([joined(T, 'p1', 'Léa Martin')], T + S);
    expect(screen.getByTestId('queue-speaking').textContent).toContain(t.queueNobodySpeaking);
    expect(screen.getByTestId('queue-waiting').textContent).toContain(t.queueEmpty);
    expect((screen.getByTestId('queue-next') as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps the rows (and the focused button) across new snapshots', () => {
    const hub = mount();
    const give = screen.getByRole('button', { name: 'Donner la parole à Hugo Petit' });
    give.focus();
    hub.setState(panelStateFrom(log, T + 210 * S));
    expect(screen.getByRole('button', { name: 'Donner la parole à Hugo Petit' })).toBe(give);
    expect(document.activeElement).toBe(give);
  });

  it('renders hostile names as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    mount([joined(T, 'p1', hostile), handUp(T + S, 'p1')], T + 2 * S);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('queue-waiting').textContent).toContain(hostile);
  });
});
