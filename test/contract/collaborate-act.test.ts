// Session-settings permissions: automated where the controls are found (click, then read back),
// otherwise manual with the exact FR + EN labels, without clicking anything.
import { createCollaborateAdapter } from '../../platforms/collaborate';
import { LABELS, PERMISSION_LABELS } from '../../platforms/collaborate/labels';
import { settingsPanel, type Locale } from '../support/collaborate';
import type { FixtureId } from '../../platforms/collaborate/selectors';
import { loadFixture } from '../fixtures/collaborate/load';

const adapter = createCollaborateAdapter({ actionTimeoutMs: 200 });
const LOCK_ALL = { type: 'viewers.lock', locks: { microphone: true, webcam: true, publicChat: true } } as const;

/** "My Settings" opens the settings panel; its "Session Settings" tab shows the permissions. */
function simulate(id: FixtureId, options: { ignoreClicks?: boolean } = {}) {
  const { doc, window } = loadFixture(id);
  const locale: Locale = id.endsWith('.fr') ? 'fr' : 'en';
  const label = (key: 'microphone' | 'webcam' | 'publicChat' | 'annotations') => PERMISSION_LABELS[key]![locale];
  const clicks: Element[] = [];
  doc.addEventListener('click', (event) => clicks.push(event.target as Element), true);
  doc.querySelector('#panel-control-settings')?.addEventListener('click', () => {
    doc.querySelector('.panel-content')!.innerHTML = settingsPanel(locale, { audio: true, video: true, chat: true, draw: true }, {
      audio: label('microphone'), video: label('webcam'), chat: label('publicChat'), draw: label('annotations'),
      tab: LABELS.sessionSettings[locale], heading: LABELS.mySettings[locale],
    });
    doc.querySelector('[data-session-tab]')!.addEventListener('click', () => doc.querySelector('[data-session-settings]')!.removeAttribute('hidden'));
    if (options.ignoreClicks) {
      for (const box of doc.querySelectorAll('input[type="checkbox"]')) box.addEventListener('click', (event) => event.preventDefault());
    }
  });
  const state = () => Object.fromEntries([...doc.querySelectorAll<HTMLInputElement>('input[data-permission]')].map((box) => [box.dataset.permission, box.checked]));
  return { doc, window, clicks, state };
}

test.each(['room.fr', 'room.en'] as const)('%s: locking audio, video and chat unticks the three boxes and reads them back', async (id) => {
  const room = simulate(id);
  expect(await adapter.act(room.doc, LOCK_ALL)).toEqual({ status: 'done' });
  expect(room.state()).toEqual({ audio: false, video: false, chat: false, draw: true });
  // Unlocking ticks them again; a box already in the wanted state is not clicked.
  const before = room.clicks.length;
  expect(await adapter.act(room.doc, { type: 'viewers.lock', locks: { microphone: false, webcam: true } })).toEqual({ status: 'done' });
  expect(room.state()).toEqual({ audio: true, video: false, chat: false, draw: true });
  expect(room.clicks.length - before).toBe(1);
});

test('a click the page ignores is reported failed, not done', async () => {
  const room = simulate('room.en', { ignoreClicks: true });
  const result = await adapter.act(room.doc, LOCK_ALL);
  expect(result).toMatchObject({ status: 'failed' });
});

test('drifted page: manual with the exact FR + EN labels, and nothing clicked', async () => {
  const room = simulate('room-drifted.en');
  const result = await adapter.act(room.doc, LOCK_ALL);
  expect(room.clicks).toEqual([]);
  expect(result).toEqual({
    status: 'manual',
    reason: expect.stringContaining('#panel-control-settings'),
    steps: [
      { fr: 'Ouvrir le panneau Collaborate', en: 'Open Collaborate Panel' },
      { fr: 'Mes paramètres', en: 'My Settings' },
      { fr: 'Paramètres de la session', en: 'Session Settings' },
      { fr: "Décocher « Partager l'audio »", en: 'Untick "Share audio"' },
      { fr: 'Décocher « Partager la vidéo »', en: 'Untick "Share video"' },
      { fr: 'Décocher « Publier des messages de discussion »', en: 'Untick "Post chat messages"' },
    ],
  });
});

test('when the Session Settings tab never appears (not a moderator), manual after opening My Settings only', async () => {
  const { doc } = loadFixture('room.fr');
  const clicks: Element[] = [];
  doc.addEventListener('click', (event) => clicks.push(event.target as Element), true);
  const result = await adapter.act(doc, LOCK_ALL);
  expect(result).toMatchObject({ status: 'manual', reason: expect.stringContaining('Session Settings') });
  expect(clicks.map((element) => element.id)).toEqual(['panel-control-settings']);
});

test('features Collaborate cannot set in session are manual, untouched', async () => {
  const room = simulate('room.en');
  const result = await adapter.act(room.doc, { type: 'viewers.lock', locks: { privateChat: true } });
  expect(result).toMatchObject({ status: 'manual' });
  expect(room.clicks).toEqual([]);
});

test('other actions are manual with FR + EN steps, and click nothing', async () => {
  const room = simulate('room.en');
  expect(await adapter.act(room.doc, { type: 'audio.muteAll', exceptPresenter: false })).toMatchObject({
    status: 'manual',
    steps: [LABELS.attendees, { fr: "Plus d'options", en: 'More options' }, { fr: 'Couper le son de tous', en: 'Mute all' }],
  });
  expect(await adapter.act(room.doc, { type: 'hand.lower', participantId: 'Inès Moreau' })).toMatchObject({ status: 'manual' });
  expect(await adapter.act(room.doc, { type: 'chat.post', text: 'Bonjour' })).toMatchObject({ status: 'manual' });
  expect(room.clicks).toEqual([]);
});
