// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { messagesFor } from '../../../core/i18n/messages';
import { openModeratoDb } from '../../../background/storage/db';
import { createPackRepository } from '../../../background/storage/packs';
import { emptyPack, serializePack, type PackRole, type SelectorPack } from '../../../core/packs';
import { countMatches } from '../../../platforms/taught/query';
import type { PickerAnswer } from '../../../core/protocol';
import type { TeachAccess } from './access';
import { TeachSite } from './TeachSite';
import { downloadFile } from '../prepare/download';
import { renderWithI18n } from '../../../test/support/i18n';

vi.mock('../prepare/download', async (original) => ({ ...(await original<typeof import('../prepare/download')>()), downloadFile: vi.fn() }));

/** Sites the moderator enabled (host patterns, as the browser grants them). */
const ENABLED = ['https://via.exemple.fr/*', 'https://via.autre-lycee.fr/*'];

const ORIGIN = 'https://via.exemple.fr';
const NOW = new Date(Date.UTC(2025, 2, 10, 14, 0, 0));
let dbCount = 0;

/** The room page's side, answered from a real DOM the way the room script answers. */
function fakeRoom(options: { running?: boolean; reading?: 'bigbluebutton' | 'generic' | null } = {}) {
  const page = document.implementation.createHTMLDocument('Atelier');
  page.body.innerHTML = `<ul class="users"><li><span>Marie</span></li><li><span>Paul</span></li><li><span>Irène</span></li></ul>
    <div class="chat"><p class="msg">Bonjour</p></div>`;
  let answer: (value: PickerAnswer) => void = () => undefined;
  const access: TeachAccess & { picks: { role: PackRole; within?: string }[] } = {
    picks: [],
    where: vi.fn(async () => (options.running === false ? null : { origin: ORIGIN, title: 'Atelier', reading: options.reading ?? null })),
    pick: vi.fn((role: PackRole, within?: string) => {
      access.picks.push({ role, ...(within ? { within } : {}) });
      return new Promise<PickerAnswer>((resolve) => (answer = resolve));
    }),
    stopPicking: vi.fn(() => answer({ picked: false })),
    count: vi.fn(async (pack: SelectorPack) => countMatches(page, pack)),
    packChanged: vi.fn(),
  };
  return { access, choose: (selector: string, count: number) => answer({ picked: true, selector, count }) };
}

async function setup(access: TeachAccess | null, locale: 'fr' | 'en' = 'fr', stored?: SelectorPack) {
  const packs = createPackRepository(await openModeratoDb(`teach-test-${++dbCount}`));
  if (stored) await packs.put(stored);
  const t = messagesFor(locale);
  renderWithI18n(() => <TeachSite access={access} packs={packs} now={() => NOW} enabledSites={async () => ENABLED} />, locale);
  return { packs, t };
}

const roleRow = (role: PackRole) => screen.getAllByTestId('teach-role').find((row) => row.dataset.role === role)!;
const pickButton = (role: PackRole) => within(roleRow(role)).getByTestId('teach-pick') as HTMLButtonElement;

function importFile(text: string) {
  const file = new File([text], 'pack.json', { type: 'application/json' });
  fireEvent.change(screen.getByTestId('teach-import-file'), { target: { files: [file] } });
}

describe('Teach this site', () => {
  it('says what to do when the panel has no tab, or Moderato does not run in it', async () => {
    await setup(null);
    expect(screen.getByTestId('teach-no-tab')).toBeTruthy();
    document.body.innerHTML = '';
    await setup(fakeRoom({ running: false }).access);
    expect(await screen.findByTestId('teach-not-running')).toBeTruthy();
  });

  it('offers nothing to teach on a page a built-in adapter reads (a pack would never be used there)', async () => {
    await setup(fakeRoom({ reading: 'bigbluebutton' }).access);
    expect((await screen.findByTestId('teach-built-in')).textContent).toBe('Moderato lit déjà cette salle sans jeu de sélecteurs (bigbluebutton).');
    expect(screen.queryAllByTestId('teach-pick')).toHaveLength(0);
    // Packs for other sites can still be imported here.
    expect(screen.getByTestId('teach-import-file')).toBeTruthy();
  });

  it('saves each pick at once, tests it on the page and tells the page', async () => {
    const room = fakeRoom();
    const { packs } = await setup(room.access);
    expect(await screen.findByTestId('teach-origin')).toHaveProperty('textContent', ORIGIN);
    // A role read inside rows waits for the rows.
    expect(pickButton('participantName').disabled).toBe(true);

    fireEvent.click(pickButton('participantRow'));
    expect(await screen.findByTestId('teach-picking')).toBeTruthy();
    expect(pickButton('chatMessage').disabled).toBe(true);
    room.choose('ul.users > li', 3);

    await waitFor(() => expect(within(roleRow('participantRow')).getByTestId('teach-count').dataset.count).toBe('3'));
    expect(within(roleRow('participantRow')).getByTestId('teach-selector').textContent).toBe('ul.users > li');
    await waitFor(() => expect(screen.getByTestId('teach-message').textContent).toBe('Enregistré : une ligne de participant, 3 élément(s) trouvé(s).'));
    expect(await packs.get(ORIGIN)).toMatchObject({ origin: ORIGIN, name: 'via.exemple.fr', roles: { participantRow: 'ul.users > li' } });
    expect(room.access.packChanged).toHaveBeenCalledTimes(1);

    // The relative role is picked inside the taught rows.
    fireEvent.click(pickButton('participantName'));
    await waitFor(() => expect(room.access.picks.at(-1)).toEqual({ role: 'participantName', within: 'ul.users > li' }));
    room.choose('span', 3);
    await waitFor(async () => expect((await packs.get(ORIGIN))?.roles.participantName).toBe('span'));
  });

  it('stores nothing when the moderator cancels', async () => {
    const room = fakeRoom();
    const { packs } = await setup(room.access);
    await screen.findByTestId('teach-origin');
    fireEvent.click(pickButton('chatMessage'));
    fireEvent.click(await screen.findByTestId('teach-cancel'));
    await waitFor(() => expect(screen.getByTestId('teach-message').textContent).toBe('Rien n’a été choisi.'));
    expect(await packs.get(ORIGIN)).toBeUndefined();
    expect(room.access.packChanged).not.toHaveBeenCalled();
  });

  it('forgets a role with the roles read inside it, and deletes the pack after a confirmation', async () => {
    const room = fakeRoom();
    const { packs: stored } = await setup(room.access, 'fr', {
      ...emptyPack(ORIGIN, NOW),
      roles: { participantRow: 'li', participantName: 'span', chatMessage: '.msg' },
    });
    await waitFor(() => expect(within(roleRow('participantName')).getByTestId('teach-selector').textContent).toBe('span'));

    fireEvent.click(within(roleRow('participantRow')).getByTestId('teach-clear'));
    await waitFor(async () => expect((await stored.get(ORIGIN))?.roles).toEqual({ chatMessage: '.msg' }));

    fireEvent.click(screen.getByTestId('teach-delete'));
    expect(await stored.get(ORIGIN)).toBeDefined();
    fireEvent.click(screen.getByTestId('teach-delete-confirm'));
    await waitFor(async () => expect(await stored.get(ORIGIN)).toBeUndefined());
    expect(screen.getByTestId('teach-message').textContent).toBe(`Jeu de sélecteurs supprimé pour ${ORIGIN}.`);
    expect(room.access.packChanged).toHaveBeenCalledTimes(2);
  });

  it('refuses a hostile file with every reason and keeps the pack in place', async () => {
    const room = fakeRoom();
    const { packs } = await setup(room.access, 'en');
    await screen.findByTestId('teach-origin');
    const working = await packs.put({ ...emptyPack(ORIGIN, NOW), roles: { chatMessage: '.msg' } });
    importFile(JSON.stringify({ ...working, roles: { chatMessage: '<script>alert(1)</script>', participantRow: '*' } }));
    const errors = await screen.findByTestId('teach-errors');
    expect([...errors.querySelectorAll('li')].map((li) => li.dataset.path).sort()).toEqual(['roles.chatMessage', 'roles.participantRow']);
    expect(screen.getByTestId('teach-message').textContent).toBe('This file was not imported:');
    importFile('{ not json');
    await waitFor(() => expect(screen.getByTestId('teach-errors').querySelectorAll('li')).toHaveLength(1));
    expect(await packs.get(ORIGIN)).toEqual(working);
    expect(room.access.packChanged).not.toHaveBeenCalled();
  });

  it('imports a pack for this page (the page reads it at once) or for another site (kept for that site)', async () => {
    const room = fakeRoom();
    const { packs } = await setup(room.access, 'en');
    await screen.findByTestId('teach-origin');
    const colleague = { ...emptyPack('https://via.autre-lycee.fr', NOW, 'Via'), roles: { chatMessage: '.chat p' } };
    importFile(serializePack(colleague));
    fireEvent.click(await screen.findByTestId('teach-review-save'));
    await waitFor(() => expect(screen.getByTestId('teach-message').textContent).toContain('https://via.autre-lycee.fr: it will work on that site'));
    expect(await packs.get('https://via.autre-lycee.fr')).toEqual(colleague);
    expect(room.access.packChanged).not.toHaveBeenCalled();
    expect(screen.getByTestId('teach-stored').textContent).toContain('Via — https://via.autre-lycee.fr');

    importFile(serializePack({ ...colleague, origin: ORIGIN }));
    fireEvent.click(await screen.findByTestId('teach-review-save'));
    await waitFor(() => expect(within(roleRow('chatMessage')).getByTestId('teach-count').dataset.count).toBe('1'));
    expect(room.access.packChanged).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByTestId('teach-message').textContent).toBe(`Selector pack imported for ${ORIGIN}.`));
  });

  it('shows an imported pack before saving it: its origin, each selector as text and what it finds on the open page', async () => {
    const room = fakeRoom();
    const { packs } = await setup(room.access);
    await screen.findByTestId('teach-origin');
    const shared = { ...emptyPack(ORIGIN, NOW, 'Via du collègue'), roles: { participantRow: 'ul.users > li', chatMessage: '.chat .msg', chatSender: '<b>x</b>' } };
    importFile(serializePack({ ...shared, roles: { participantRow: 'ul.users > li', chatMessage: '.chat .msg', chatText: 'img[alt="&amp;"]' } }));
    const review = await screen.findByTestId('teach-review');
    expect(within(review).getByTestId('teach-review-origin').textContent).toBe(ORIGIN);
    await waitFor(() => expect(within(review).getAllByTestId('teach-review-count').map((count) => count.dataset.count)).toEqual(['3', '1', '0']));
    const selectors = within(review).getAllByTestId('teach-review-selector').map((code) => code.textContent);
    expect(selectors).toEqual(['ul.users > li', '.chat .msg', 'img[alt="&amp;"]']);
    expect(review.querySelector('img, svg')).toBeNull();
    // Nothing is stored, nothing told to the page, until the moderator confirms.
    expect(await packs.get(ORIGIN)).toBeUndefined();
    expect(room.access.packChanged).not.toHaveBeenCalled();
    fireEvent.click(within(review).getByTestId('teach-review-cancel'));
    await waitFor(() => expect(screen.queryByTestId('teach-review')).toBeNull());
    expect(await packs.get(ORIGIN)).toBeUndefined();

    importFile(serializePack({ ...shared, roles: { participantRow: 'ul.users > li' } }));
    fireEvent.click(await screen.findByTestId('teach-review-save'));
    await waitFor(async () => expect((await packs.get(ORIGIN))?.roles).toEqual({ participantRow: 'ul.users > li' }));
    expect(room.access.packChanged).toHaveBeenCalledTimes(1);
  });

  it('never overwrites a stored pack silently: it says so and offers replace, keep both or cancel', async () => {
    const room = fakeRoom();
    const mine = { ...emptyPack(ORIGIN, NOW, 'Le mien'), roles: { chatMessage: '.msg' } };
    const { packs } = await setup(room.access, 'fr', mine);
    await screen.findByTestId('teach-origin');
    const theirs = { ...emptyPack(ORIGIN, NOW, 'Celui du collègue'), roles: { participantRow: 'ul.users > li' } };

    importFile(serializePack(theirs));
    expect((await screen.findByTestId('teach-review-existing')).textContent).toContain('Le mien');
    expect(screen.queryByTestId('teach-review-save')).toBeNull();
    fireEvent.click(screen.getByTestId('teach-review-cancel'));
    await waitFor(() => expect(screen.queryByTestId('teach-review')).toBeNull());
    expect(await packs.get(ORIGIN)).toEqual(mine);

    // Keep both: the stored pack is saved as a file first, then the imported one is used.
    importFile(serializePack(theirs));
    fireEvent.click(await screen.findByTestId('teach-review-keep-both'));
    await waitFor(async () => expect(await packs.get(ORIGIN)).toEqual(theirs));
    expect(vi.mocked(downloadFile)).toHaveBeenCalledWith(serializePack(mine), expect.stringContaining('via.exemple.fr'), 'application/json');

    // Replace: the imported one is used, after the moderator said so.
    vi.mocked(downloadFile).mockClear();
    importFile(serializePack(mine));
    fireEvent.click(await screen.findByTestId('teach-review-replace'));
    await waitFor(async () => expect(await packs.get(ORIGIN)).toEqual(mine));
    expect(vi.mocked(downloadFile)).not.toHaveBeenCalled();
  });

  it('refuses a pack for a site the moderator has not enabled, saying which and what to do', async () => {
    const room = fakeRoom();
    const { packs } = await setup(room.access, 'en');
    await screen.findByTestId('teach-origin');
    importFile(serializePack({ ...emptyPack('https://intranet.example.org', NOW), roles: { chatMessage: 'p' } }));
    await waitFor(() => expect(screen.getByTestId('teach-message').textContent).toContain('https://intranet.example.org'));
    expect(screen.getByTestId('teach-message').textContent).toContain('not enabled');
    expect(screen.queryByTestId('teach-review')).toBeNull();
    expect(await packs.get('https://intranet.example.org')).toBeUndefined();
  });
});
