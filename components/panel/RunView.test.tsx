// @vitest-environment jsdom
import { render, screen, fireEvent } from '@solidjs/testing-library';
import { RunView } from './RunView';
import { fakeHub, LOCAL_T0, panelStateFrom } from '../../test/support/panelRun';
import { messagesFor } from '../../core/i18n/messages';
import { chat, handUp, joined, person } from '../../test/support/session';
import type { CapabilityHealth } from '../../platforms/contract';

const t = messagesFor('fr');
const hostile = '<img src=x onerror="window.__pwned=1">';

describe('RunView', () => {
  it('says when no room is recognised', () => {
    const hub = fakeHub(null);
    render(() => <RunView state={hub.state} hub={hub} t={t} />);
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
    render(() => <RunView state={hub.state} hub={hub} t={t} />);
    for (const id of ['room-title', 'session-started', 'participant-count', 'participants', 'hand-count', 'hands', 'chat-total', 'chat', 'health']) {
      expect(screen.getByTestId(id)).not.toBeNull();
    }
    expect(screen.getByTestId('participant-count').textContent).toBe('1');
    expect(screen.getByTestId('hands').textContent).toContain(hostile);
    expect(screen.getByTestId('agenda')).not.toBeNull();
    expect(screen.getByTestId('queue-waiting').textContent).toContain(hostile);
    expect(screen.getByTestId('questions-open').textContent).toContain(hostile);
    expect(screen.getByTestId('attendance').textContent).toContain(hostile);
    expect(document.querySelector('img')).toBeNull();

    fireEvent.click(screen.getByTestId('queue-next'));
    expect(hub.command).toHaveBeenCalledWith({ type: 'queue.next' });
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
    render(() => <RunView state={hub.state} hub={hub} t={t} />);
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
    expect(screen.getByTestId('health-lost').textContent).toBe(
      'Moderato ne trouve plus : liste des participants, chat. La page a peut-être changé ; vérifiez-la ou réapprenez ce site dans Préparer.',
    );
    expect(screen.getByTestId('health-lost').getAttribute('role')).toBe('alert');
  });

  it('words a pack switched off for a too slow selector in the moderator’s language', () => {
    const detail = 'selector too slow on this page: roles.chatMessage took 900 ms (limit 50 ms); the taught pack is switched off here';
    const hub = fakeHub(panelStateFrom([], LOCAL_T0, { health: [{ capability: 'chat', status: 'degraded', method: 'taught', detail, reason: 'slow-selector' }] }));
    render(() => <RunView state={hub.state} hub={hub} t={t} />);
    const chat = screen.getByTestId('health').querySelector('[data-capability="chat"]')!;
    expect(chat.textContent).toContain('sélecteur trop lent sur cette page');
    expect(chat.getAttribute('data-reason')).toBe('slow-selector');
  });

  it('says how many messages went by too fast to be read, only when some did', () => {
    const log = [chat(LOCAL_T0, 'm1', 'Léa', 'Bonjour')];
    const hub = fakeHub(panelStateFrom(log, LOCAL_T0 + 1000, { chatTotal: 1, chatMissed: 0 }));
    render(() => <RunView state={hub.state} hub={hub} t={t} />);
    expect(screen.queryByTestId('chat-missed')).toBeNull();
    hub.setState(panelStateFrom(log, LOCAL_T0 + 2000, { chatTotal: 50, chatMissed: 49 }));
    expect(screen.getByTestId('chat-total').textContent).toBe('50');
    expect(screen.getByTestId('chat-missed').textContent).toBe('dont 49 passé(s) trop vite pour être lu(s) : comptés, sans auteur ni texte');
  });
});
