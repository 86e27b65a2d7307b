import { createResource, createSignal, For, Show } from 'solid-js';
import { checkRoomAddress, type OriginProblem } from '../../background/origins/roomOrigins';
import { useT } from '../i18n';

/** The browser side of enabling a site, injected so the view runs in tests. */
export interface SiteAccess {
  /** Host patterns Moderato may run on, as granted by the moderator. */
  granted(): Promise<string[]>;
  /** Asks the browser (the moderator sees its prompt). Must run inside the click. */
  request(pattern: string): Promise<boolean>;
  revoke(pattern: string): Promise<boolean>;
}

export interface RoomSitesProps {
  access: SiteAccess;
  /** Patterns the manifest grants (the demo room): listed as built in, not revocable. */
  builtIn: string[];
}

/** "Sites": the moderator enables Moderato on their platform's address, and can take it back. */
export function RoomSites(props: RoomSitesProps) {
  const t = useT();
  const [address, setAddress] = createSignal('');
  const [message, setMessage] = createSignal<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [sites, { refetch }] = createResource(async () =>
    (await props.access.granted()).filter((pattern) => !props.builtIn.includes(pattern)),
  );

  const problemText = (problem: OriginProblem) =>
    ({
      empty: t.siteProblemEmpty,
      'not-a-url': t.siteProblemNotUrl,
      'not-http': t.siteProblemNotHttp,
      'no-host': t.siteProblemNotUrl,
    })[problem];

  const enable = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = checkRoomAddress(address());
    if (!checked.ok) return setMessage({ tone: 'error', text: problemText(checked.reason) });
    // No await before the request: browsers grant permissions only inside the user's gesture.
    void props.access.request(checked.pattern).then((granted) => {
      setMessage(
        granted
          ? { tone: 'ok', text: `${t.siteEnabled} ${checked.origin}. ${t.siteReloadHint}` }
          : { tone: 'error', text: t.siteRefused },
      );
      if (granted) setAddress('');
      void refetch();
    });
  };

  const revoke = async (pattern: string) => {
    await props.access.revoke(pattern);
    setMessage({ tone: 'ok', text: `${t.siteRevoked} ${pattern.replace(/\/\*$/, '')}` });
    void refetch();
  };

  return (
    <section aria-labelledby="sites-heading" class="sites">
      <h2 id="sites-heading">{t.sitesTitle}</h2>
      <p class="muted">{t.sitesHelp}</p>
      <form onSubmit={enable}>
        <label for="site-address">{t.siteAddressLabel}</label>
        <input
          id="site-address"
          type="text"
          inputmode="url"
          placeholder="https://classe-virtuelle.exemple.fr/html5client/…"
          value={address()}
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        <button type="submit">{t.siteEnable}</button>
      </form>
      <Show when={message()}>
        {(shown) => (
          <p role="status" class={shown().tone === 'error' ? 'warning' : 'ok'} data-testid="site-message">
            {shown().text}
          </p>
        )}
      </Show>
      <ul data-testid="sites">
        <For each={sites() ?? []} fallback={<li class="muted">{t.sitesNone}</li>}>
          {(pattern) => (
            <li>
              <span>{pattern.replace(/\/\*$/, '')}</span>{' '}
              <button type="button" onClick={() => void revoke(pattern)}>
                {t.siteRevoke}
              </button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
