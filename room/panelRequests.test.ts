// @vitest-environment jsdom
import { emptyPack } from '../core/packs/schema';
import { click, clearPage, press } from '../test/support/picker';
import { createPanelRequests } from './panelRequests';

function room() {
  document.title = 'Atelier';
  document.body.innerHTML = `
    <ul class="users"><li><span>Marie Curie</span></li><li><span>Paul Langevin</span></li></ul>
    <div class="chat"><p class="msg">Bonjour</p></div>`;
}


beforeEach(room);
afterEach(clearPage);

function requests(reading: 'generic' | 'bigbluebutton' | null = null) {
  const onPackChanged = vi.fn();
  return { onPackChanged, panel: createPanelRequests({ doc: document, reading: () => reading, onPackChanged, trusts: () => true }) };
}

describe('what the side panel asks of the room page', () => {
  it('says which page it serves and what reads it', async () => {
    const { panel } = requests('bigbluebutton');
    await expect(panel.handle({ kind: 'room/where' })).resolves.toEqual({ origin: location.origin, url: location.href, title: 'Atelier', reading: 'bigbluebutton' });
  });

  it('runs the picker for a role and answers with what the moderator clicked', async () => {
    const { panel } = requests();
    const answer = panel.handle({ kind: 'picker/start', role: 'participantRow', locale: 'fr' });
    expect(document.querySelectorAll('moderato-picker')).toHaveLength(1);
    click(document.querySelector('li span')!);
    await expect(answer).resolves.toEqual({ picked: true, selector: 'li', count: 2 });
    expect(document.querySelector('moderato-picker')).toBeNull();
  });

  it('answers "not picked" on Escape, on picker/stop, and when another role starts', async () => {
    const { panel } = requests();
    const escaped = panel.handle({ kind: 'picker/start', role: 'chatMessage', locale: 'en' });
    press('Escape');
    await expect(escaped).resolves.toEqual({ picked: false });

    const stopped = panel.handle({ kind: 'picker/start', role: 'chatMessage', locale: 'en' });
    await panel.handle({ kind: 'picker/stop' });
    await expect(stopped).resolves.toEqual({ picked: false });

    const replaced = panel.handle({ kind: 'picker/start', role: 'chatMessage', locale: 'fr' });
    const next = panel.handle({ kind: 'picker/start', role: 'participantRow', locale: 'fr' });
    await expect(replaced).resolves.toEqual({ picked: false });
    expect(document.querySelectorAll('moderato-picker')).toHaveLength(1);
    click(document.querySelector('li')!);
    await expect(next).resolves.toMatchObject({ picked: true });
  });

  it('counts what a valid pack finds, and refuses to run an invalid one', async () => {
    const { panel } = requests();
    const pack = { ...emptyPack(location.origin), roles: { participantRow: 'ul.users > li', chatMessage: '.chat .msg' } };
    await expect(panel.handle({ kind: 'pack/count', pack })).resolves.toEqual({ participantRow: 2, chatMessage: 1 });
    const hostile = { ...pack, roles: { participantRow: '<img src=x onerror=alert(1)>' } };
    await expect(panel.handle({ kind: 'pack/count', pack: hostile })).resolves.toEqual({ ok: false });
  });

  it('passes "the pack changed" on, and leaves other messages alone', async () => {
    const { panel, onPackChanged } = requests();
    await panel.handle({ kind: 'pack/changed' });
    expect(onPackChanged).toHaveBeenCalledTimes(1);
    expect(panel.handle({ kind: 'hub/reconnect' })).toBeUndefined();
    expect(panel.handle({ kind: 'picker/start', role: 'password' })).toBeUndefined();
    expect(panel.handle(null)).toBeUndefined();
    expect(document.querySelector('moderato-picker')).toBeNull();
  });
});
