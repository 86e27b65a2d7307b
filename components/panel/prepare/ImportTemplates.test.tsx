// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { messagesFor } from '../../../core/i18n/messages';
import { openModeratoDb } from '../../../background/storage/db';
import { defaultTemplates } from '../../../core/templates/defaults';
import { serializeTemplates, type Template } from '../../../core/templates';
import { PrepareView } from './PrepareView';
import { readFileText } from './download';
import { createPanelStores } from './stores';
import { renderWithI18n } from '../../../test/support/i18n';

const NOW = new Date(Date.UTC(2025, 2, 10, 14, 0, 0));
let dbCount = 0;

async function setup(locale: 'fr' | 'en' = 'fr') {
  const stores = createPanelStores(await openModeratoDb(`prepare-test-${++dbCount}`));
  const t = messagesFor(locale);
  renderWithI18n(() => <PrepareView stores={stores} hub={null} now={() => NOW} />, locale);
  await waitFor(() => expect(screen.getByTestId('template-list').querySelectorAll('li[data-template-id]')).toHaveLength(2));
  return { stores, t };
}

function pick(text: string) {
  const file = new File([text], 'modeles.json', { type: 'application/json' });
  fireEvent.change(screen.getByTestId('template-import-file'), { target: { files: [file] } });
}

const [frClass] = defaultTemplates('fr', NOW) as [Template, Template];

describe('Préparer: templates and import', () => {
  it('seeds the defaults in the panel language on first run', async () => {
    await setup('en');
    expect(screen.getByTestId('template-list').textContent).toContain('Virtual class (45 min)');
  });

  it('shows every error of a bad file with its path, in the UI language, and writes nothing', async () => {
    const { stores } = await setup('fr');
    const before = await stores.templates.list();
    const bad = JSON.stringify({
      format: 'moderato-templates',
      version: 1,
      templates: [{ ...frClass, id: 'x', name: 'X', slotMinutes: 0, links: { participants: 'javascript:alert(1)' } }],
    });
    pick(bad);
    const errors = await screen.findByTestId('import-errors');
    const items = [...errors.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain('templates[0].slotMinutes\u202f: La valeur 0 est trop petite : 1 au minimum.');
    expect(items.some((text) => text?.startsWith('templates[0].links.participants') && text.includes('Adresse web invalide'))).toBe(true);
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    expect(await stores.templates.list()).toEqual(before);

    pick('{ "format": ');
    await waitFor(() => expect(screen.getByTestId('import-errors').textContent).toContain('n’est pas du JSON valide'));
  });

  it('writes nothing until confirmed, then respects each conflict choice', async () => {
    const { stores } = await setup('fr');
    const [existingClass, existingMeeting] = await stores.templates.list();
    const file = serializeTemplates([
      { ...existingClass!, welcomeMessage: 'Remplacé' },
      { ...existingMeeting!, welcomeMessage: 'Gardé aussi' },
      { ...frClass, id: 'brand-new', name: 'Tout neuf' },
    ]);
    pick(file);
    const conflicts = await screen.findByTestId('import-conflicts');
    expect(conflicts.querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByTestId('import-additions').textContent).toContain('Tout neuf');
    expect((await stores.templates.list()).map((t) => t.id)).toEqual([existingClass!.id, existingMeeting!.id]);

    const classRow = conflicts.querySelector(`li[data-template-id="${existingClass!.id}"]`)!;
    fireEvent.click(classRow.querySelector('input[value="replace"]')!);
    // The meeting keeps its default choice: keep both.
    fireEvent.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(screen.getByTestId('import-message').textContent).toBe('3 modèle(s) importé(s).'));

    const after = await stores.templates.list();
    expect(after).toHaveLength(4);
    expect(after.find((t) => t.id === existingClass!.id)?.welcomeMessage).toBe('Remplacé');
    expect(after.find((t) => t.id === existingMeeting!.id)?.welcomeMessage).toBe(existingMeeting!.welcomeMessage);
    const kept = after.find((t) => t.name === `${existingMeeting!.name} (importé)`);
    expect(kept?.welcomeMessage).toBe('Gardé aussi');
    expect(kept?.id).not.toBe(existingMeeting!.id);
    expect(after.some((t) => t.id === 'brand-new')).toBe(true);
  });

  it('skips a conflict when asked, leaving the stored template untouched', async () => {
    const { stores } = await setup('fr');
    const [existingClass] = await stores.templates.list();
    pick(serializeTemplates([{ ...existingClass!, welcomeMessage: 'Ne doit pas arriver' }]));
    const conflicts = await screen.findByTestId('import-conflicts');
    fireEvent.click(conflicts.querySelector('input[value="skip"]')!);
    fireEvent.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(screen.getByTestId('import-message').textContent).toBe('Aucun modèle importé.'));
    const after = await stores.templates.list();
    expect(after).toHaveLength(2);
    expect(after[0]!.welcomeMessage).toBe(existingClass!.welcomeMessage);
  });

  it('edits a template and warns when the agenda runs over the slot', async () => {
    const { stores } = await setup('fr');
    fireEvent.click(screen.getAllByRole('button', { name: 'Modifier' })[0]!);
    const slot = screen.getByTestId('tpl-slot');
    expect(screen.getByTestId('tpl-duration').textContent).toContain('Durée prévue : 45 min pour un créneau de 45 min.');
    fireEvent.input(slot, { target: { value: '40' } });
    expect(screen.getByTestId('tpl-duration').textContent).toContain('dépasse le créneau de 5 min');
    fireEvent.input(screen.getByTestId('tpl-name'), { target: { value: 'Maths 4e' } });
    fireEvent.click(screen.getByTestId('tpl-save'));
    await waitFor(() => expect(screen.getByTestId('template-list').textContent).toContain('Maths 4e'));
    const stored = (await stores.templates.list())[0]!;
    expect(stored).toMatchObject({ name: 'Maths 4e', slotMinutes: 40 });
  });

  it('refuses to save an invalid template and says why', async () => {
    const { stores } = await setup('fr');
    fireEvent.click(screen.getAllByRole('button', { name: 'Modifier' })[0]!);
    fireEvent.input(screen.getByTestId('tpl-name'), { target: { value: '  ' } });
    fireEvent.click(screen.getByTestId('tpl-save'));
    await waitFor(() => expect(screen.getByTestId('tpl-errors').textContent).toContain('name\u202f: Ce texte ne peut pas être vide.'));
    expect((await stores.templates.list())[0]!.name).toBe('Classe virtuelle (45 min)');
  });

  it('deletes a template only after confirmation', async () => {
    const { stores } = await setup('fr');
    fireEvent.click(screen.getAllByRole('button', { name: 'Supprimer' })[0]!);
    expect((await stores.templates.list())).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    await waitFor(async () => expect(await stores.templates.list()).toHaveLength(1));
  });

  it('exports the templates as a JSON file through a Blob and <a download>', async () => {
    await setup('fr');
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:moderato/1';
    };
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByTestId('template-export'));
    click.mockRestore();
    expect(names).toEqual(['moderato-modeles-2025-03-10.json']);
    const file = JSON.parse(await readFileText(blobs[0]!));
    expect(file.format).toBe('moderato-templates');
    expect(file.templates.map((t: Template) => t.name)).toEqual(['Classe virtuelle (45 min)', 'Réunion entre collègues (1 h)']);
    expect(file.templates[0]).not.toHaveProperty('position');
  });

  it('duplicates a template at the end and reorders the list', async () => {
    const { stores } = await setup('fr');
    fireEvent.click(screen.getAllByRole('button', { name: 'Dupliquer' })[0]!);
    await waitFor(() => expect(screen.getByTestId('template-list').querySelectorAll('li[data-template-id]')).toHaveLength(3));
    expect((await stores.templates.list()).map((t) => t.name)).toEqual([
      'Classe virtuelle (45 min)',
      'Réunion entre collègues (1 h)',
      'Classe virtuelle (45 min) (copie)',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Monter Classe virtuelle (45 min) (copie)' }));
    await waitFor(async () =>
      expect((await stores.templates.list()).map((t) => t.name)).toEqual([
        'Classe virtuelle (45 min)',
        'Classe virtuelle (45 min) (copie)',
        'Réunion entre collègues (1 h)',
      ]),
    );
    await waitFor(() =>
      expect([...screen.getByTestId('template-list').querySelectorAll('li[data-template-id] .name')].map((n) => n.textContent)).toEqual([
        'Classe virtuelle (45 min)',
        'Classe virtuelle (45 min) (copie)',
        'Réunion entre collègues (1 h)',
      ]),
    );
  });
});
