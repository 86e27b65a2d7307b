// @vitest-environment jsdom
import { screen, fireEvent } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { Overlay, type OverlayProps } from './Overlay';
import { messagesFor } from '../core/i18n/messages';
import type { OverlayState } from '../core/protocol';
import { renderWithI18n } from '../test/support/i18n';

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
    lost: [],
    ...partial,
  };
}

function message(id: string, sender: string, text: string) {
  return { id, sender, text, shownTime: '10:00', system: false };
}

beforeEach(() => localStorage.clear());

describe('Overlay', () => {
  it('shows the live count, and the last messages only on request, updating when the state changes', () => {
    const [state, setState] = createSignal<OverlayState | null>(null);
    renderWithI18n(() => <Overlay state={state} onCommand={() => undefined} />);
    expect(screen.getByTestId('overlay-count').textContent).toContain('–');
    setState(overlayState({ participantCount: 12, handsRaised: 2, lastChat: [message('1', 'Léa', 'Bonjour !')] }));
    expect(screen.getByTestId('overlay-count').textContent).toBe(' Participants : 12');
    expect(screen.getByTestId('overlay-hands').textContent).toBe(' Mains levées : 2');
    // The room's chat is usually on screen already: the overlay repeats it only when asked.
    expect(screen.queryByTestId('overlay-chat')).toBeNull();
    fireEvent.click(screen.getByTestId('overlay-chat-toggle'));
    expect(screen.getByTestId('overlay-chat-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('overlay-chat').textContent).toContain('Léa');
    expect(screen.getByTestId('overlay-chat').textContent).toContain('Bonjour !');
  });

  it('renders hostile names and messages as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const [state] = createSignal<OverlayState | null>(overlayState({ participantCount: 1, lastChat: [message('1', hostile, hostile)] }));
    const { container } = renderWithI18n(() => <Overlay state={state} onCommand={() => undefined} />);
    fireEvent.click(screen.getByTestId('overlay-chat-toggle'));
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('overlay-chat').textContent).toContain(hostile);
  });

  it('collapses and expands the message list', async () => {
    const [state] = createSignal<OverlayState | null>(overlayState({ participantCount: 3 }));
    renderWithI18n(() => <Overlay state={state} onCommand={() => undefined} />);
    fireEvent.click(screen.getByTestId('overlay-chat-toggle'));
    fireEvent.click(screen.getByRole('button', { name: t.collapse }));
    expect(screen.queryByTestId('overlay-chat')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: t.expand }));
    expect(screen.getByTestId('overlay-chat')).not.toBeNull();
  });
});

const MIN = 60_000;
const T = new Date(2025, 2, 10, 14, 0, 0).getTime();
const agendaSet = {
  type: 'agenda.set' as const,
  at: T - MIN,
  items: [
    { id: 'a', title: 'Rappel', plannedMinutes: 10 },
    { id: 'b', title: 'Exercices', plannedMinutes: 5 },
  ],
};
const startedAt = (at: number) => ({ type: 'agenda.started' as const, at });
const pausedAt = (at: number) => ({ type: 'agenda.paused' as const, at });

function mountOverlay(
  initial: OverlayState | null,
  extra: { onDrag?: OverlayProps['onDrag']; onNudge?: OverlayProps['onNudge']; acceptSyntheticKeys?: boolean } = {},
) {
  const [state, setState] = createSignal<OverlayState | null>(initial);
  const onCommand = vi.fn();
  // jsdom's events are synthetic; the real overlay only listens to a real keyboard.
  const view = renderWithI18n(() => <Overlay state={state} onCommand={onCommand} acceptSyntheticKeys {...extra} />);
  return { setState, onCommand, ...view };
}

describe('Overlay health', () => {
  it('says at once which capability stopped finding anything, even folded, and clears when it works again', () => {
    const { setState } = mountOverlay(overlayState({}));
    expect(screen.queryByTestId('overlay-health-lost')).toBeNull();
    setState(overlayState({ lost: ['chat', 'participants'] }));
    expect(screen.getByTestId('overlay-health-lost').textContent?.trim()).toBe('Moderato ne trouve plus : chat, liste des participants');
    fireEvent.click(screen.getByRole('button', { name: t.collapse }));
    expect(screen.getByTestId('overlay-health-lost')).not.toBeNull();
    setState(overlayState({}));
    expect(screen.queryByTestId('overlay-health-lost')).toBeNull();
  });
});

describe('Overlay live moderation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ticks once a second only while the agenda clock runs', () => {
    vi.setSystemTime(T + 3 * MIN);
    const { setState } = mountOverlay(overlayState({ agendaLog: [agendaSet, startedAt(T)] }));
    expect(screen.getByTestId('overlay-agenda-title').textContent).toBe('Rappel');
    expect(screen.getByTestId('overlay-remaining').textContent).toBe('07:00');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(screen.getByTestId('overlay-remaining').textContent).toBe('06:59');

    setState(overlayState({ agendaLog: [agendaSet, startedAt(T), pausedAt(T + 3 * MIN + 1000)] }));
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(screen.getByTestId('overlay-remaining').textContent).toBe('06:59');

    setState(overlayState({ agendaLog: [agendaSet] }));
    expect(vi.getTimerCount()).toBe(0);
    setState(null);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows the warning level as an attribute and a text', () => {
    vi.setSystemTime(T + 12 * MIN);
    mountOverlay(overlayState({ agendaLog: [agendaSet, startedAt(T)] }));
    expect(screen.getByTestId('overlay').dataset.level).toBe('overrun');
    expect(screen.getByTestId('overlay-remaining').textContent).toBe('+02:00 dépassement');
    expect(screen.getByTestId('overlay-level').textContent).toBe(t.agendaLevelOverrun);
  });

  it('alerts on the chat only when it is overloaded; shows the speaker and the next names', () => {
    const { setState } = mountOverlay(overlayState({}));
    expect(screen.queryByTestId('overlay-chat-load')).toBeNull();
    expect(screen.queryByTestId('overlay-speaking')).toBeNull();
    setState(
      overlayState({
        chatLoad: { last10s: 7, last60s: 25, level: 'busy', bursts: [] },
        speaking: 'Inès Roux',
        nextSpeakers: ['Hugo Petit', 'Léa Martin'],
      }),
    );
    expect(screen.queryByTestId('overlay-chat-load')).toBeNull();
    expect(screen.getByTestId('overlay-speaking').textContent).toContain('Inès Roux');
    expect(screen.getByTestId('overlay-next').textContent).toBe('Ensuite : Hugo Petit, Léa Martin');
    setState(overlayState({ chatLoad: { last10s: 14, last60s: 50, level: 'overload', bursts: [] } }));
    expect(screen.getByTestId('overlay-chat-load').textContent?.trim()).toBe('Discussion saturée · 14 en 10 s');
    expect(screen.getByTestId('overlay-chat-load').dataset.level).toBe('overload');
  });

  it('sends the next-item and next-speaker commands from its buttons', () => {
    const { onCommand } = mountOverlay(overlayState({}));
    fireEvent.click(screen.getByRole('button', { name: t.overlayAgendaNextLabel }));
    fireEvent.click(screen.getByRole('button', { name: t.overlayQueueNextLabel }));
    expect(onCommand.mock.calls.map(([command]) => command)).toEqual([{ type: 'agenda.next' }, { type: 'queue.next' }]);
    // Two acts a teacher must tell apart at a glance: different words and different icons.
    const next = screen.getByTestId('overlay-agenda-next');
    const floor = screen.getByTestId('overlay-queue-next');
    expect(next.textContent?.trim()).toBe('Point suivant');
    expect(floor.textContent?.trim()).toBe('Donner la parole');
    expect(next.querySelector('svg path')!.getAttribute('d')).not.toBe(floor.querySelector('svg path')!.getAttribute('d'));
    // No emoji glyphs: they render as empty boxes without an emoji font.
    expect(screen.getByTestId('overlay').textContent).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('answers Alt+Shift+N and Alt+Shift+P on the page, and N / P inside the overlay', () => {
    const { onCommand } = mountOverlay(overlayState({}));
    fireEvent.keyDown(document.body, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'Π', code: 'KeyP', altKey: true, shiftKey: true });
    fireEvent.keyDown(screen.getByTestId('overlay-queue-next'), { key: 'n', code: 'KeyN' });
    fireEvent.keyDown(screen.getByTestId('overlay-agenda-next'), { key: 'p', code: 'KeyP' });
    expect(onCommand.mock.calls.map(([command]) => command)).toEqual([
      { type: 'agenda.next' },
      { type: 'queue.next' },
      { type: 'agenda.next' },
      { type: 'queue.next' },
    ]);
  });

  it('ignores key presses forged by the page (not from a real keyboard)', () => {
    const { onCommand } = mountOverlay(overlayState({}), { acceptSyntheticKeys: false });
    fireEvent.keyDown(document.body, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(onCommand).not.toHaveBeenCalled();
  });

  it('ignores the shortcuts in text fields, other combinations, and after unmounting', () => {
    const { onCommand, unmount } = mountOverlay(overlayState({}));
    const input = document.createElement('input');
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.append(document.createElement('span'));
    document.body.append(input, editor);
    fireEvent.keyDown(input, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    fireEvent.keyDown(editor.firstChild!, { key: 'P', code: 'KeyP', altKey: true, shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN', altKey: true });
    fireEvent.keyDown(document.body, { key: 'N', code: 'KeyN', ctrlKey: true, altKey: true, shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN' });
    expect(onCommand).not.toHaveBeenCalled();
    // A key the page gets keeps its default; one we take does not reach the page.
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    fireEvent.keyDown(document.body, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(onCommand).toHaveBeenCalledTimes(1);
    expect(pageListener).not.toHaveBeenCalled();
    unmount();
    fireEvent.keyDown(document.body, { key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    expect(onCommand).toHaveBeenCalledTimes(1);
    expect(pageListener).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageListener);
    input.remove();
    editor.remove();
  });

  it('reports a drag of its header as the distance from where it started, in screen pixels', () => {
    const onDrag = vi.fn();
    mountOverlay(overlayState({}), { onDrag });
    const header = screen.getByTestId('overlay-header');
    // `buttons`: the primary button is down from the press to the release.
    const pointer = (type: string, x: number, y: number, target: Element = header) =>
      target.dispatchEvent(new MouseEvent(type, { screenX: x, screenY: y, button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true, cancelable: true }));
    pointer('pointermove', 120, 120);
    expect(onDrag).not.toHaveBeenCalled();
    pointer('pointerdown', 100, 100);
    pointer('pointermove', 130, 120);
    pointer('pointermove', 160, 150);
    pointer('pointerup', 170, 155);
    expect(onDrag.mock.calls).toEqual([
      ['start', 0, 0],
      ['move', 30, 20],
      ['move', 60, 50],
      ['end', 70, 55],
    ]);
    pointer('pointermove', 400, 400);
    expect(onDrag).toHaveBeenCalledTimes(4);
    // A press on one of the header's buttons is a click, not a drag.
    pointer('pointerdown', 100, 100, screen.getByTestId('overlay-large'));
    expect(onDrag).toHaveBeenCalledTimes(4);
  });

  it('ends a drag whose release it never heard at the last place, when the pointer moves with no button down', () => {
    const onDrag = vi.fn();
    mountOverlay(overlayState({}), { onDrag });
    const header = screen.getByTestId('overlay-header');
    const pointer = (type: string, x: number, y: number, buttons: number) =>
      header.dispatchEvent(new MouseEvent(type, { screenX: x, screenY: y, button: 0, buttons, bubbles: true, cancelable: true }));
    pointer('pointerdown', 100, 100, 1);
    pointer('pointermove', 60, 150, 1);
    // The release went elsewhere; the pointer then heads for a button of the overlay.
    pointer('pointermove', 150, 160, 0);
    pointer('pointermove', 250, 170, 0);
    expect(onDrag.mock.calls).toEqual([
      ['start', 0, 0],
      ['move', -40, 50],
      ['end', -40, 50],
    ]);
  });

  it('moves one step per arrow key on its handle, and ignores other keys', () => {
    const onNudge = vi.fn();
    mountOverlay(overlayState({}), { onNudge });
    const handle = screen.getByTestId('overlay-move');
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    fireEvent.keyDown(handle, { key: 'ArrowDown' });
    fireEvent.keyDown(handle, { key: 'Enter' });
    expect(onNudge.mock.calls).toEqual([
      [-1, 0],
      [0, 1],
    ]);
  });

  it('has a large display toggle', () => {
    mountOverlay(overlayState({}));
    const toggle = screen.getByRole('button', { name: t.overlayLarge });
    expect(screen.getByTestId('overlay').dataset.large).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByTestId('overlay').dataset.large).toBe('true');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('renders hostile speaker names as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { container } = mountOverlay(overlayState({ speaking: hostile, nextSpeakers: [hostile] }));
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('overlay-speaking').textContent).toContain(hostile);
    expect(screen.getByTestId('overlay-next').textContent).toContain(hostile);
  });
});
