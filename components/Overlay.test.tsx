// @vitest-environment jsdom
import { render, screen, fireEvent } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { Overlay } from './Overlay';
import { messagesFor } from '../i18n/messages';
import type { OverlayState } from '../messaging/protocol';

const t = messagesFor('fr');

function overlayState(partial: Partial<OverlayState>): OverlayState {
  return {
    participantCount: 0,
    handsRaised: 0,
    lastChat: [],
    agendaLog: [],
    chatLoad: { last10s: 0, last60s: 0, level: 'calm', bursts: [] },
    speaking: null,
    nextSpeakers: [],
    ...partial,
  };
}

function message(id: string, sender: string, text: string) {
  return { id, sender, text, shownTime: '10:00', system: false };
}

describe('Overlay', () => {
  it('shows the live count and the last messages, updating when the state changes', () => {
    const [state, setState] = createSignal<OverlayState | null>(null);
    render(() => <Overlay state={state} t={t} onCommand={() => undefined} />);
    expect(screen.getByTestId('overlay-count').textContent).toContain('–');
    setState(overlayState({ participantCount: 12, handsRaised: 2, lastChat: [message('1', 'Léa', 'Bonjour !')] }));
    expect(screen.getByTestId('overlay-count').textContent).toContain('12');
    expect(screen.getByTestId('overlay-hands').textContent).toContain('2');
    expect(screen.getByTestId('overlay-chat').textContent).toContain('Léa');
    expect(screen.getByTestId('overlay-chat').textContent).toContain('Bonjour !');
  });

  it('renders hostile names and messages as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const [state] = createSignal<OverlayState | null>(overlayState({ participantCount: 1, lastChat: [message('1', hostile, hostile)] }));
    const { container } = render(() => <Overlay state={state} t={t} onCommand={() => undefined} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('overlay-chat').textContent).toContain(hostile);
  });

  it('collapses and expands the message list', async () => {
    const [state] = createSignal<OverlayState | null>(overlayState({ participantCount: 3 }));
    render(() => <Overlay state={state} t={t} onCommand={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: t.collapse }));
    expect(screen.queryByTestId('overlay-chat')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: t.expand }));
    expect(screen.getByTestId('overlay-chat')).not.toBeNull();
  });
});
