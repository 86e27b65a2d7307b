// @vitest-environment jsdom
import { screen, fireEvent, waitFor } from '@solidjs/testing-library';
import { RoomSites, type SiteAccess } from './RoomSites';
import { messagesFor } from '../../core/i18n/messages';
import { renderWithI18n } from '../../test/support/i18n';

const t = messagesFor('fr');

function fakeAccess(initial: string[], answer = true) {
  const granted = [...initial];
  const access: SiteAccess = {
    granted: async () => [...granted],
    request: vi.fn(async (pattern: string) => {
      if (answer) granted.push(pattern);
      return answer;
    }),
    revoke: vi.fn(async (pattern: string) => {
      granted.splice(granted.indexOf(pattern), 1);
      return true;
    }),
  };
  return access;
}

function submit(address: string) {
  fireEvent.input(screen.getByLabelText(t.siteAddressLabel), { target: { value: address } });
  fireEvent.click(screen.getByRole('button', { name: t.siteEnable }));
}

describe('RoomSites', () => {
  it('asks the browser for the origin of a pasted room link and lists it once granted', async () => {
    const access = fakeAccess(['http://127.0.0.1/*']);
    renderWithI18n(() => <RoomSites access={access} builtIn={['http://127.0.0.1/*']} />);
    await waitFor(() => expect(screen.getByTestId('sites').textContent).toContain(t.sitesNone));
    submit('https://bbb.lycee-exemple.fr/html5client?sessionToken=x');
    expect(access.request).toHaveBeenCalledWith('https://bbb.lycee-exemple.fr/*');
    await waitFor(() => expect(screen.getByTestId('sites').textContent).toContain('https://bbb.lycee-exemple.fr'));
    expect(screen.getByTestId('site-message').textContent).toContain(t.siteEnabled);
  });

  it('explains a bad address and asks nothing', async () => {
    const access = fakeAccess([]);
    renderWithI18n(() => <RoomSites access={access} builtIn={[]} />);
    submit('javascript:alert(1)');
    expect(screen.getByTestId('site-message').textContent).toBe(t.siteProblemNotHttp);
    submit('');
    expect(screen.getByTestId('site-message').textContent).toBe(t.siteProblemEmpty);
    expect(access.request).not.toHaveBeenCalled();
  });

  it('says so when the moderator refuses the browser prompt', async () => {
    const access = fakeAccess([], false);
    renderWithI18n(() => <RoomSites access={access} builtIn={[]} />);
    submit('bbb.univ.fr');
    await waitFor(() => expect(screen.getByTestId('site-message').textContent).toBe(t.siteRefused));
  });

  it('revokes a site', async () => {
    const access = fakeAccess(['https://bbb.univ.fr/*']);
    renderWithI18n(() => <RoomSites access={access} builtIn={[]} />);
    const remove = await screen.findByRole('button', { name: t.siteRevoke });
    fireEvent.click(remove);
    expect(access.revoke).toHaveBeenCalledWith('https://bbb.univ.fr/*');
    await waitFor(() => expect(screen.getByTestId('sites').textContent).toContain(t.sitesNone));
  });
});
