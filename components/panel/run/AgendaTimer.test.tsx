// @vitest-environment jsdom
import { screen, fireEvent, within } from '@solidjs/testing-library';
import { AgendaTimer } from './AgendaTimer';
import { NowStrip } from './NowStrip';
import { createLiveClock } from './liveClock';
import { fakeHub, LOCAL_T0, panelStateFrom } from '../../../test/support/panelRun';
import { messagesFor } from '../../../core/i18n/messages';
import type { SessionEvent } from '../../../core/session/events';
import { resetBeep } from './beep';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');
const MIN = 60_000;
const agenda: SessionEvent = {
  type: 'agenda.set',
  at: LOCAL_T0 - MIN,
  items: [
    { id: 'a', title: 'Rappel du cours', plannedMinutes: 10, objective: 'Réactiver le vocabulaire' },
    { id: 'b', title: 'Exercices', plannedMinutes: 5 },
  ],
};
const started: SessionEvent = { type: 'agenda.started', at: LOCAL_T0 };

function mount(log: SessionEvent[], now: number) {
  vi.setSystemTime(now);
  const hub = fakeHub(panelStateFrom(log, now));
  // As in Animer: the "now" strip (current item, time, start/pause/next) above the agenda section.
  renderWithI18n(() => {
    const live = createLiveClock(() => hub.state()?.agendaLog ?? []);
    return (
      <>
        <NowStrip state={hub.state} live={live} command={hub.command} openSection={() => undefined} />
        <AgendaTimer state={hub.state} command={hub.command} live={live} />
      </>
    );
  });
  return hub;
}

const text = (id: string) => screen.getByTestId(id).textContent ?? '';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  resetBeep();
});

describe('AgendaTimer', () => {
  it('sets an agenda from the editor, in a dialog: titles, minutes, objectives, order, fresh ids', () => {
    const hub = mount([], LOCAL_T0);
    expect(screen.queryByTestId('agenda-editor')).toBeNull();
    fireEvent.click(screen.getByTestId('agenda-edit'));
    expect(screen.getByRole('dialog').contains(screen.getByTestId('agenda-editor'))).toBe(true);
    expect(document.activeElement).toBe(screen.getAllByTestId('agenda-draft-title')[0]);
    fireEvent.input(screen.getAllByTestId('agenda-draft-title')[0]!, { target: { value: 'Accueil' } });
    fireEvent.input(screen.getAllByTestId('agenda-draft-minutes')[0]!, { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('agenda-add-item'));
    fireEvent.input(screen.getAllByTestId('agenda-draft-title')[1]!, { target: { value: 'Débat' } });
    fireEvent.input(screen.getAllByTestId('agenda-draft-minutes')[1]!, { target: { value: '20' } });
    fireEvent.input(screen.getAllByTestId('agenda-draft-objective')[1]!, { target: { value: 'Argumenter' } });
    fireEvent.click(screen.getByTestId('agenda-add-item'));
    fireEvent.input(screen.getAllByTestId('agenda-draft-title')[2]!, { target: { value: 'À supprimer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Retirer le point 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Monter le point 2' }));
    fireEvent.click(screen.getByTestId('agenda-save'));

    expect(hub.command).toHaveBeenCalledTimes(1);
    const sent = hub.command.mock.calls[0]![0];
    if (sent.type !== 'agenda.set') throw new Error(`unexpected ${sent.type}`);
    expect(sent.items.map(({ title, plannedMinutes, objective }) => ({ title, plannedMinutes, objective }))).toEqual([
      { title: 'Débat', plannedMinutes: 20, objective: 'Argumenter' },
      { title: 'Accueil', plannedMinutes: 5, objective: undefined },
    ]);
    expect(new Set(sent.items.map((item) => item.id)).size).toBe(2);
    expect(sent.items.every((item) => item.id.length > 0)).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the editor dialog with Escape, focus back on the button that opened it', () => {
    const hub = mount([], LOCAL_T0);
    const open = screen.getByTestId('agenda-edit');
    open.focus();
    fireEvent.click(open);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(hub.command).not.toHaveBeenCalled();
  });

  it('does not save an agenda without a titled item', () => {
    const hub = mount([], LOCAL_T0);
    fireEvent.click(screen.getByTestId('agenda-edit'));
    expect((screen.getByTestId('agenda-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(screen.getByTestId('agenda-editor'));
    expect(hub.command).not.toHaveBeenCalled();
  });

  it('without an agenda, runs a free timer: Démarrer starts it, then it counts up', () => {
    const hub = mount([], LOCAL_T0);
    expect(text('agenda-current-title')).toBe(t.agendaFreeTimer);
    fireEvent.click(screen.getByTestId('agenda-start'));
    expect(hub.command).toHaveBeenCalledWith({ type: 'agenda.started' });
    hub.setState(panelStateFrom([started], LOCAL_T0));
    vi.advanceTimersByTime(90_000);
    expect(text('agenda-elapsed')).toBe('01:30');
    expect(screen.queryByTestId('agenda-remaining')).toBeNull();
  });

  it('shows the running item, counts down once a second, and reports the plan', () => {
    mount([agenda, started], LOCAL_T0 + 3 * MIN);
    expect(text('agenda-current-title')).toBe('Rappel du cours');
    expect(text('agenda-objective')).toContain('Réactiver le vocabulaire');
    expect(text('agenda-status')).toContain(t.agendaStatusRunning);
    expect(text('agenda-remaining')).toBe('07:00');
    expect(text('agenda-elapsed')).toBe('03:00');
    expect(screen.getByTestId('agenda').dataset.level).toBe('ok');
    expect(text('agenda-level')).toBe(t.agendaLevelOk);
    expect(text('agenda-planned-end')).toBe('14:15');
    expect(text('agenda-projected-end')).toBe('14:15');
    expect(text('agenda-ahead-behind')).toBe('À l’heure');
    const items = screen.getAllByTestId('agenda-item');
    expect(items.map((item) => item.dataset.state)).toEqual(['current', 'upcoming']);
    expect(items[0]!.textContent).toContain('prévu 10 min');
    expect(items[0]!.textContent).toContain('réel 03:00');

    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(text('agenda-remaining')).toBe('06:59');
    expect(text('agenda-elapsed')).toBe('03:01');
  });

  it('shows an overrun as "+mm:ss dépassement", in the overrun colour, and the delay', () => {
    mount([agenda, started], LOCAL_T0 + 12 * MIN);
    expect(text('agenda-remaining')).toBe('+02:00 dépassement');
    expect(screen.getByTestId('agenda').dataset.level).toBe('overrun');
    expect(text('agenda-level')).toBe(t.agendaLevelOverrun);
    expect(text('agenda-ahead-behind')).toBe('En retard de 2 min');
    expect(text('agenda-projected-end')).toBe('14:17');
  });

  it('says "en avance" when an item is left early', () => {
    mount([agenda, started, { type: 'agenda.next', at: LOCAL_T0 + 6 * MIN }], LOCAL_T0 + 6 * MIN);
    expect(text('agenda-ahead-behind')).toBe('En avance de 4 min');
    expect(screen.getAllByTestId('agenda-item').map((item) => item.dataset.state)).toEqual(['done', 'current']);
  });

  it('sends each control command', () => {
    const hub = mount([agenda, started], LOCAL_T0 + MIN);
    expect((screen.getByTestId('agenda-previous') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('agenda-pause'));
    fireEvent.click(screen.getByTestId('agenda-next'));
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter 1 min au point en cours' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter 5 min au point en cours' }));
    fireEvent.click(screen.getByRole('button', { name: 'Aller au point : Exercices' }));
    expect(hub.command.mock.calls.map(([command]) => command)).toEqual([
      { type: 'agenda.paused' },
      { type: 'agenda.next' },
      { type: 'agenda.extended', minutes: 1 },
      { type: 'agenda.extended', minutes: 5 },
      { type: 'agenda.jumped', index: 1 },
    ]);
  });

  it('when paused: Reprendre, no timer pending, and the warning level still shown', () => {
    const paused: SessionEvent = { type: 'agenda.paused', at: LOCAL_T0 + 9 * MIN };
    const hub = mount([agenda, started, paused], LOCAL_T0 + 20 * MIN);
    expect(vi.getTimerCount()).toBe(0);
    expect(text('agenda-remaining')).toBe('01:00');
    expect(screen.getByTestId('agenda').dataset.level).toBe('warning');
    expect(text('agenda-level')).toBe(t.agendaLevelWarning);
    fireEvent.click(screen.getByTestId('agenda-resume'));
    expect(hub.command).toHaveBeenCalledWith({ type: 'agenda.resumed' });
    expect(screen.queryByTestId('agenda-pause')).toBeNull();
  });

  it('stops ticking when the clock is paused, starts again when resumed', () => {
    const hub = mount([agenda, started], LOCAL_T0 + MIN);
    expect(vi.getTimerCount()).toBe(1);
    hub.setState(panelStateFrom([agenda, started, { type: 'agenda.paused', at: LOCAL_T0 + MIN }], LOCAL_T0 + MIN));
    expect(vi.getTimerCount()).toBe(0);
    hub.setState(
      panelStateFrom([agenda, started, { type: 'agenda.paused', at: LOCAL_T0 + MIN }, { type: 'agenda.resumed', at: LOCAL_T0 + MIN }], LOCAL_T0 + MIN),
    );
    expect(vi.getTimerCount()).toBe(1);
  });

  it('uses the configured warning threshold', () => {
    mount([agenda, started], LOCAL_T0 + 6 * MIN);
    expect(screen.getByTestId('agenda').dataset.level).toBe('ok');
    fireEvent.input(screen.getByTestId('agenda-warn-before'), { target: { value: '5' } });
    expect(screen.getByTestId('agenda').dataset.level).toBe('warning');
  });

  it('beeps once on warning and once on overrun, only when "Signal sonore" is ticked', () => {
    const started: number[] = [];
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      createGain() {
        return { gain: { value: 0 }, connect() {} };
      }
      createOscillator() {
        return { type: '', frequency: { value: 0 }, connect() {}, start: () => started.push(Date.now()), stop() {} };
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const short: SessionEvent = { type: 'agenda.set', at: LOCAL_T0 - MIN, items: [{ id: 'a', title: 'Court', plannedMinutes: 3 }] };
    mount([short, started_(LOCAL_T0)], LOCAL_T0 + 30_000);
    vi.advanceTimersByTime(40_000); // warning, sound off
    expect(screen.getByTestId('agenda').dataset.level).toBe('warning');
    expect(started).toHaveLength(0);

    const checkbox = screen.getByLabelText(t.agendaSound) as HTMLInputElement;
    expect(checkbox.checked).toBe(false);
    fireEvent.input(screen.getByTestId('agenda-warn-before'), { target: { value: '1' } }); // back to ok
    fireEvent.click(checkbox);
    expect(started).toHaveLength(0);
    vi.advanceTimersByTime(60_000); // 2:10 elapsed: warning
    expect(started).toHaveLength(1);
    vi.advanceTimersByTime(30_000); // 2:40: still warning
    expect(started).toHaveLength(1);
    vi.advanceTimersByTime(25_000); // 3:05: overrun
    expect(screen.getByTestId('agenda').dataset.level).toBe('overrun');
    expect(started).toHaveLength(2);
    vi.advanceTimersByTime(10_000);
    expect(started).toHaveLength(2);
  });

  it('does not fail without WebAudio', () => {
    vi.stubGlobal('AudioContext', undefined);
    const short: SessionEvent = { type: 'agenda.set', at: LOCAL_T0 - MIN, items: [{ id: 'a', title: 'Court', plannedMinutes: 3 }] };
    mount([short, started_(LOCAL_T0)], LOCAL_T0 + 30_000);
    fireEvent.click(screen.getByLabelText(t.agendaSound));
    vi.advanceTimersByTime(40_000);
    expect(screen.getByTestId('agenda').dataset.level).toBe('warning');
  });

  it('offers to edit an existing agenda, keeping item ids and objectives', () => {
    const hub = mount([agenda, started], LOCAL_T0 + MIN);
    expect(screen.queryByTestId('agenda-editor')).toBeNull();
    fireEvent.click(screen.getByTestId('agenda-edit'));
    const editor = screen.getByTestId('agenda-editor');
    fireEvent.input(within(editor).getAllByTestId('agenda-draft-minutes')[1]!, { target: { value: '8' } });
    fireEvent.click(within(editor).getByTestId('agenda-save'));
    expect(hub.command).toHaveBeenCalledWith({
      type: 'agenda.set',
      items: [
        { id: 'a', title: 'Rappel du cours', plannedMinutes: 10, objective: 'Réactiver le vocabulaire' },
        { id: 'b', title: 'Exercices', plannedMinutes: 8 },
      ],
    });
    expect(screen.queryByTestId('agenda-editor')).toBeNull();
  });
});

function started_(at: number): SessionEvent {
  return { type: 'agenda.started', at };
}
