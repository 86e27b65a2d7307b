// @vitest-environment jsdom
import { screen, fireEvent } from '@solidjs/testing-library';
import { ChatActivity } from './ChatActivity';
import { fakeHub, LOCAL_T0, panelStateFrom } from '../../../test/support/panelRun';
import { messagesFor } from '../../../core/i18n/messages';
import type { SessionEvent } from '../../../core/session/events';
import { chat } from '../../../test/support/session';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');
const S = 1000;
const T = LOCAL_T0;

function flood(): SessionEvent[] {
  const events: SessionEvent[] = [];
  // 12 messages in the last 10 s: 6 from Hugo (a burst), 6 from six others.
  for (let index = 0; index < 6; index += 1) events.push(chat(T + 50 * S + index * 1000, `h${index}`, 'Hugo', `oui ${index}`));
  for (let index = 0; index < 6; index += 1) events.push(chat(T + 51 * S + index * 1000, `o${index}`, `Élève ${index}`, 'oui'));
  return events;
}

describe('ChatActivity', () => {
  it('shows the level with its counts and the bursts', () => {
    const hub = fakeHub(panelStateFrom(flood(), T + 58 * S));
    renderWithI18n(() => <ChatActivity state={hub.state} command={hub.command} />);
    const load = screen.getByTestId('chat-load');
    expect(load.dataset.level).toBe('overload');
    expect(screen.getByTestId('chat-load-level').textContent).toBe('Discussion saturée');
    expect(screen.getByTestId('chat-load-10s').textContent).toBe('12 en 10 s');
    expect(screen.getByTestId('chat-load-60s').textContent).toBe('12 par minute');
    expect(screen.getByTestId('chat-bursts').textContent).toContain('Hugo');
    expect(screen.getByTestId('chat-bursts').textContent).toContain('6 messages');
  });

  it('says calm when it is', () => {
    const hub = fakeHub(panelStateFrom([chat(T, 'm1', 'Léa', 'Bonjour')], T + S));
    renderWithI18n(() => <ChatActivity state={hub.state} command={hub.command} />);
    expect(screen.getByTestId('chat-load').dataset.level).toBe('calm');
    expect(screen.getByTestId('chat-load-level').textContent).toBe(t.chatCalm);
    expect(screen.queryByTestId('chat-bursts')).toBeNull();
  });

  it('lists open questions, marks one answered, and counts the answered ones', () => {
    const log: SessionEvent[] = [
      chat(T, 'q1', 'Léa', 'On peut utiliser la calculatrice ?'),
      chat(T + S, 'q2', 'Hugo', 'C’est pour quand le devoir ?'),
      chat(T + 2 * S, 'q3', 'Inès', 'Pourquoi ça marche ?'),
      chat(T + 3 * S, 'm4', 'Sam', 'Merci'),
      { type: 'chat.answered', messageId: 'q2', at: T + 4 * S },
    ];
    const hub = fakeHub(panelStateFrom(log, T + 5 * S));
    renderWithI18n(() => <ChatActivity state={hub.state} command={hub.command} />);
    const open = screen.getAllByTestId('question');
    expect(open.map((row) => row.dataset.messageId)).toEqual(['q1', 'q3']);
    expect(open[0]!.textContent).toContain('On peut utiliser la calculatrice ?');
    expect(screen.getByTestId('questions-open-count').textContent).toBe('2');
    expect(screen.getByTestId('questions-answered-count').textContent).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: 'Marquer comme répondue la question de Inès' }));
    expect(hub.command).toHaveBeenCalledWith({ type: 'chat.answered', messageId: 'q3' });
  });

  it('renders hostile senders and texts as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> ?';
    const hub = fakeHub(panelStateFrom([chat(T, 'q1', hostile, hostile)], T + S));
    renderWithI18n(() => <ChatActivity state={hub.state} command={hub.command} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('questions-open').textContent).toContain(hostile);
  });
});
