// @vitest-environment jsdom
import { screen, fireEvent } from '@solidjs/testing-library';
import { RunView } from './RunView';
import { fakeHub, LOCAL_T0, panelStateFrom } from '../../test/support/panelRun';
import { messagesFor } from '../../core/i18n/messages';
import { chat, handUp, joined, person } from '../../test/support/session';
import type { CapabilityHealth } from '../../platforms/contract';
import { renderWithI18n } from '../../test/support/i18n';

const t = messagesFor('fr');
const hostile = '<img src=x onerror="window.__pwned=1">';

describe('RunView', () => {
  it('says when no room is recognised', () => {
    const hub = fakeHub(null);
    renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    expect(screen.getByTestId('no-room')).not.toBeNull();
  });

  it('shows the room, participants, hands, chat and health next to the moderation tools, as text', () => {
    const log = [joined(LOCAL_T0, 'p1', hostile), handUp(LOCAL_T0 + 1000, 'p1'), chat(LOCAL_T0 + 2000, 'm1', hostile, `${hostile} ?`)];
    const hub = fakeHub(
      panelStateFrom(log, LOCAL_T0 + 3000, {
        participantCount: 1,
        participants: [person('p1', hostile, { handRaised: true })],
        hands: [{ id: 'p1', name: hostile }],
        chat: [{ id: 'm1', sender: hostile, shownTime: '14:00', text: hostile, system: false }],
        chatTotal: 1,
        health: [{ capability: 'raisedHands', status: 'works', method: 'known-selectors' }],
      }),
    );
    renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    for (const id of ['room-title', 'session-started', 'now-strip', 'participant-count', 'participants', 'hand-count', 'chat-total', 'chat', 'health']) {
      expect(screen.getByTestId(id)).not.toBeNull();
    }
    expect(screen.getByTestId('participant-count').textContent).toBe('1');
    expect(screen.getByTestId('hand-count').textContent).toBe('1');
    expect(screen.getByTestId('now-next-speaker').textContent).toContain(hostile);
    expect(screen.getByTestId('agenda')).not.toBeNull();
    expect(screen.getByTestId('queue-waiting').textContent).toContain(hostile);
    expect(screen.getByTestId('questions-open').textContent).toContain(hostile);
    expect(screen.getByTestId('participants').textContent).toContain(hostile);
    expect(document.querySelector('img')).toBeNull();

    fireEvent.click(screen.getByTestId('queue-next'));
    expect(hub.command).toHaveBeenCalledWith({ type: 'queue.next' });
  });

  it('says how many room events could not be kept, and says nothing while none was lost', () => {
    const log = [joined(LOCAL_T0, 'p1', 'Léa')];
    const hub = fakeHub(panelStateFrom(log, LOCAL_T0 + 1000, { participantCount: 1, participants: [person('p1', 'Léa')] }));
    renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    expect(screen.queryByTestId('events-dropped')).toBeNull();
    hub.setState(panelStateFrom(log, LOCAL_T0 + 2000, { participantCount: 1, participants: [person('p1', 'Léa')], dropped: 42 }));
    expect(screen.getByTestId('events-dropped').textContent).toContain('42');
  });

  it('names the method of each capability, and warns at once when one stops finding anything', () => {
    const log = [joined(LOCAL_T0, 'p1', 'Léa')];
    const state = (health: CapabilityHealth[]) =>
      panelStateFrom(log, LOCAL_T0 + 1000, { participantCount: 1, participants: [person('p1', 'Léa')], health });
    const hub = fakeHub(
      state([
        { capability: 'participants', status: 'works', method: 'taught' },
        { capability: 'chat', status: 'works', method: 'taught' },
        { capability: 'muteAll', status: 'manual', method: 'manual' },
      ]),
    );
    renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    const entry = (capability: string) => screen.getByTestId('health').querySelector(`[data-capability="${capability}"]`)!;
    expect(entry('chat').textContent).toBe('chat : fonctionne — jeu de sélecteurs appris');
    expect(entry('muteAll').textContent).toBe('couper tous les micros : manuel');
    expect(screen.queryByTestId('health-lost')).toBeNull();

    hub.setState(
      state([
        { capability: 'participants', status: 'degraded', method: 'taught', detail: 'participantRow found elements before and finds none now' },
        { capability: 'chat', status: 'degraded', method: 'taught', detail: 'chatMessage found elements before and finds none now' },
        { capability: 'muteAll', status: 'manual', method: 'manual' },
      ]),
    );
    expect(screen.getByTestId('health-lost').textContent?.trim()).toBe(
      'Moderato ne trouve plus : liste des participants, chat. La page a peut-être changé ; vérifiez-la ou réapprenez ce site dans Réglages.',
    );
    expect(screen.getByTestId('health-lost').getAttribute('role')).toBe('alert');
  });

  it('words a pack switched off for a too slow selector in the moderator’s language', () => {
    const detail = 'selector too slow on this page: roles.chatMessage took 900 ms (limit 50 ms); the taught pack is switched off here';
    const hub = fakeHub(panelStateFrom([], LOCAL_T0, { health: [{ capability: 'chat', status: 'degraded', method: 'taught', detail, reason: 'slow-selector' }] }));
    renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    const chat = screen.getByTestId('health').querySelector('[data-capability="chat"]')!;
    expect(chat.textContent).toContain('sélecteur trop lent sur cette page');
    expect(chat.getAttribute('data-reason')).toBe('slow-selector');
  });

  it('says how many messages went by too fast to be read, only when some did', () => {
    const log = [chat(LOCAL_T0, 'm1', 'Léa', 'Bonjour')];
    const hub = fakeHub(panelStateFrom(log, LOCAL_T0 + 1000, { chatTotal: 1, chatMissed: 0 }));
    renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    expect(screen.queryByTestId('chat-missed')).toBeNull();
    hub.setState(panelStateFrom(log, LOCAL_T0 + 2000, { chatTotal: 50, chatMissed: 49 }));
    expect(screen.getByTestId('chat-total').textContent).toBe('50');
    expect(screen.getByTestId('chat-missed').textContent).toBe('dont 49 passé(s) trop vite pour être lu(s) : comptés, sans auteur ni texte');
  });

  it('shows each name once: one list of participants, no separate hands, "not yet spoken" or attendance lists', () => {
    const people = ['Léa Martin', 'Hugo Petit', 'Sam Blanc'];
    const log = people.map((name, index) => joined(LOCAL_T0, `p${index}`, name));
    const hub = fakeHub(panelStateFrom(log, LOCAL_T0 + 1000, { participantCount: 3, participants: people.map((name, index) => person(`p${index}`, name)) }));
    const { container } = renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    for (const name of people) expect(container.textContent!.split(name).length - 1).toBe(1);
  });

  it('announces a new raised hand and a change of speaker politely, not the first snapshot', () => {
    const log = [joined(LOCAL_T0, 'p1', 'Léa'), joined(LOCAL_T0, 'p2', 'Hugo'), handUp(LOCAL_T0 + 1000, 'p1')];
    const hub = fakeHub(panelStateFrom(log, LOCAL_T0 + 2000, { hands: [{ id: 'p1', name: 'Léa' }] }));
    renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    const region = screen.getByTestId('live-announcer');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    const raised = [...log, handUp(LOCAL_T0 + 3000, 'p2')];
    hub.setState(panelStateFrom(raised, LOCAL_T0 + 4000, { hands: [{ id: 'p1', name: 'Léa' }, { id: 'p2', name: 'Hugo' }] }));
    expect(region.textContent).toBe('Main levée : Hugo');
    const given = [...raised, { type: 'queue.floorGiven' as const, entryId: 'hand:p1:1', at: LOCAL_T0 + 5000 }];
    hub.setState(panelStateFrom(given, LOCAL_T0 + 6000, { hands: [{ id: 'p1', name: 'Léa' }, { id: 'p2', name: 'Hugo' }] }));
    expect(region.textContent).toBe('La parole est à Léa');
  });

  it('folds a section and remembers it the next time the panel opens', () => {
    localStorage.clear();
    const hub = fakeHub(panelStateFrom([joined(LOCAL_T0, 'p1', 'Léa')], LOCAL_T0 + 1000));
    const first = renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    const toggle = screen.getByRole('button', { name: t.participants + ' 1' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((document.getElementById(toggle.getAttribute('aria-controls')!) as HTMLElement).hidden).toBe(true);
    first.unmount();
    renderWithI18n(() => <RunView state={hub.state} hub={hub} />);
    expect(screen.getByRole('button', { name: t.participants + ' 1' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('answers the overlay’s shortcuts: Alt+Shift+P gives the floor, Alt+Shift+N moves the agenda on, not while typing', () => {
    const hub = fakeHub(panelStateFrom([joined(LOCAL_T0, 'p1', 'Léa')], LOCAL_T0 + 1000));
    renderWithI18n(() => <RunView state={hub.state} hub={hub} acceptSyntheticKeys />);
    fireEvent.keyDown(document.body, { key: 'P', code: 'KeyP', altKey: true, shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    fireEvent.keyDown(screen.getByTestId('people-search'), { key: 'P', code: 'KeyP', altKey: true, shiftKey: true });
    expect(hub.command.mock.calls.map(([command]) => command)).toEqual([{ type: 'queue.next' }, { type: 'agenda.next' }]);
    expect(screen.getByTestId('queue-next').getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+P');
  });
});
