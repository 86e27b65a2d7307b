import { isOriginEnabled, checkRoomAddress, syncRoomScripts, ROOM_SCRIPT_PREFIX, type RoomScriptApi } from './roomOrigins';

describe('checkRoomAddress', () => {
  it('turns a pasted room link into its origin and match pattern', () => {
    expect(checkRoomAddress(' https://classe.education.fr/html5client?sessionToken=abc ')).toEqual({
      ok: true,
      origin: 'https://classe.education.fr',
      pattern: 'https://classe.education.fr/*',
    });
    expect(checkRoomAddress('bbb.univ-exemple.fr/html5client/join')).toMatchObject({ ok: true, pattern: 'https://bbb.univ-exemple.fr/*' });
    expect(checkRoomAddress('http://127.0.0.1:8080/html5client')).toMatchObject({ ok: true, pattern: 'http://127.0.0.1/*' });
  });

  it('says why an address cannot be enabled', () => {
    expect(checkRoomAddress('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkRoomAddress('https://')).toEqual({ ok: false, reason: 'not-a-url' });
    expect(checkRoomAddress('javascript:alert(1)')).toEqual({ ok: false, reason: 'not-http' });
    expect(checkRoomAddress('file:///home/prof/cours.html')).toEqual({ ok: false, reason: 'not-http' });
  });
});

function fakeApi(granted: string[], registered: string[]) {
  const state = { registered: [...registered] };
  const api: RoomScriptApi = {
    grantedOrigins: async () => granted,
    registeredIds: async () => [...state.registered],
    register: async (scripts) => void state.registered.push(...scripts.map((s) => s.id)),
    unregister: async (ids) => void (state.registered = state.registered.filter((id) => !ids.includes(id))),
  };
  return { api, state };
}

describe('syncRoomScripts', () => {
  const demo = ['http://127.0.0.1/*'];

  it('registers a script for each granted room origin and removes those whose permission is gone', async () => {
    const { api, state } = fakeApi(
      ['https://bbb.lycee.fr/*', 'http://127.0.0.1/*'],
      [`${ROOM_SCRIPT_PREFIX}https://old.example/*`, 'someone-else'],
    );
    await syncRoomScripts(api, demo);
    expect(state.registered.sort()).toEqual([`${ROOM_SCRIPT_PREFIX}https://bbb.lycee.fr/*`, 'someone-else']);
  });

  it('never registers a catch-all pattern', async () => {
    const { api, state } = fakeApi(['<all_urls>', '*://*/*', 'https://*/*', 'https://*.example.org/*'], []);
    await syncRoomScripts(api, demo);
    expect(state.registered).toEqual([]);
  });

  it('does nothing when everything is already in step', async () => {
    const { api } = fakeApi(['https://bbb.lycee.fr/*'], [`${ROOM_SCRIPT_PREFIX}https://bbb.lycee.fr/*`]);
    const register = vi.spyOn(api, 'register');
    const unregister = vi.spyOn(api, 'unregister');
    await syncRoomScripts(api, demo);
    expect(register).not.toHaveBeenCalled();
    expect(unregister).not.toHaveBeenCalled();
  });
});

describe('isOriginEnabled', () => {
  const patterns = ['https://via.exemple.fr/*', 'http://127.0.0.1/*', '*://classe.lycee.fr/*'];
  it.each([
    ['https://via.exemple.fr', true],
    ['https://via.exemple.fr:8443', true],
    ['http://127.0.0.1:5173', true],
    ['http://classe.lycee.fr', true],
    ['http://via.exemple.fr', false],
    ['https://autre.exemple.fr', false],
    ['https://exemple.fr', false],
    ['not an origin', false],
  ])('%s → %s', (origin, enabled) => expect(isOriginEnabled(origin, patterns)).toBe(enabled));
  it('never counts a catch-all pattern as enabling a site', () => {
    expect(isOriginEnabled('https://via.exemple.fr', ['<all_urls>', '*://*/*', 'https://*.exemple.fr/*'])).toBe(false);
  });
});
