// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { messagesFor } from '../../../core/i18n/messages';
import { emptyPanelState, type PanelState, type SessionCommand } from '../../../core/protocol';
import { openModeratoDb } from '../../../background/storage/db';
import { App } from '../App';
import type { PanelHub } from '../panelHub';
import { createPanelStores } from './stores';
import { renderWithI18n } from '../../../test/support/i18n';

const t = messagesFor('fr');
const sites = { granted: async () => [], request: async () => true, revoke: async () => true };

function connectedHub() {
  const commands: SessionCommand[] = [];
  const [state] = createSignal<PanelState>({
    ...emptyPanelState(1, 0),
    room: { platform: 'bigbluebutton', version: '3.0', isModerator: true, roomKey: 'k', roomTitle: 'Maths', sessionId: 's1', startedAt: 0 },
    connected: true,
  });
  const hub: PanelHub = { state, command: (c) => void commands.push(c), act: async () => ({ status: 'done' }), startManual: () => undefined };
  return { hub, commands };
}

describe('App: Préparer and Bilan', () => {
  it('shows the start checklist and "Fermer la salle" on Animer, and Préparer sends a template’s agenda to the session', async () => {
    const stores = createPanelStores(await openModeratoDb('app-test-1'));
    const { hub, commands } = connectedHub();
    renderWithI18n(() => <App hub={hub} sites={sites} builtInSites={[]} stores={stores} />);
    // Before the class starts, Animer opens on the start checklist; the room can be closed from there too.
    await waitFor(() => expect(screen.getByTestId('checklist-start').querySelectorAll('li')).toHaveLength(5));
    expect(screen.getByTestId('close-room')).not.toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: t.panelTabPrepare }));
    expect(screen.queryByTestId('checklist-start')).toBeNull();
    expect(screen.queryByTestId('sites')).toBeNull();
    fireEvent.click((await screen.findAllByTestId('template-use-now'))[0]!);
    expect(commands).toEqual([
      {
        type: 'agenda.set',
        items: [
          { id: 'accueil', title: 'Accueil et consignes', plannedMinutes: 5 },
          { id: 'objectif', title: 'Rappel de l’objectif de la séance', plannedMinutes: 3 },
          { id: 'activite', title: 'Activité', plannedMinutes: 20 },
          { id: 'echanges', title: 'Échanges et questions', plannedMinutes: 10 },
          { id: 'synthese', title: 'Synthèse', plannedMinutes: 5 },
          { id: 'cloture', title: 'Clôture', plannedMinutes: 2 },
        ],
      },
    ]);
  });

  it('keeps sites and the larger-text option in Réglages, and remembers the option', async () => {
    renderWithI18n(() => <App hub={null} sites={sites} builtInSites={[]} stores={null} />);
    fireEvent.click(screen.getByRole('tab', { name: t.panelTabSettings }));
    await waitFor(() => expect(screen.getByTestId('sites')).not.toBeNull());
    fireEvent.click(screen.getByTestId('large-text'));
    expect(document.documentElement.hasAttribute('data-large-text')).toBe(true);
    expect(localStorage.getItem('moderato.largeText')).toBe('true');
  });

  it('says so when storage is unavailable, and shows Bilan otherwise', async () => {
    renderWithI18n(() => <App hub={null} sites={sites} builtInSites={[]} stores={null} />);
    fireEvent.click(screen.getByRole('tab', { name: t.panelTabReview }));
    expect(screen.getByTestId('stores-unavailable').textContent).toBe(t.storesUnavailable);
  });

  it('offers the agenda of the planned class whose link is the open room, and starts it in one click', async () => {
    const stores = createPanelStores(await openModeratoDb('app-test-plan'));
    const { hub, commands } = connectedHub();
    const link = 'https://bbb.exemple.fr/rooms/maths-4b';
    await stores.templates.seedDefaults('fr');
    const template = (await stores.templates.list())[0]!;
    await stores.plans.put({ id: 'p1', templateId: template.id, title: 'Maths 4e B — lundi', startsAt: Date.now() + 7 * 86_400_000, participantsLink: link, moderatorLink: '' });
    renderWithI18n(() => <App hub={hub} sites={sites} builtInSites={[]} stores={stores} roomUrl={async () => `${link}#chat`} />);
    const offer = await screen.findByTestId('plan-offer');
    expect(screen.getByTestId('plan-offer-source').textContent).toContain('Maths 4e B — lundi');
    expect(offer.dataset.by).toBe('link');
    fireEvent.click(screen.getByTestId('plan-offer-use'));
    expect(commands).toEqual([
      { type: 'agenda.set', items: template.agenda.map((item) => ({ id: item.id, title: item.title, plannedMinutes: item.minutes, ...(item.objective ? { objective: item.objective } : {}) })) },
      { type: 'agenda.started' },
    ]);
    expect(screen.getByTestId('agenda-source').textContent).toContain('Maths 4e B — lundi');
  });

  it('offers nothing for a room no plan matches', async () => {
    const stores = createPanelStores(await openModeratoDb('app-test-noplan'));
    const { hub } = connectedHub();
    renderWithI18n(() => <App hub={hub} sites={sites} builtInSites={[]} stores={stores} roomUrl={async () => 'https://bbb.exemple.fr/rooms/other'} />);
    await waitFor(() => expect(screen.getByTestId('checklist-start')).not.toBeNull());
    expect(screen.queryByTestId('plan-offer')).toBeNull();
  });
});
