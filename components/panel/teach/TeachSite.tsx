import { createEffect, createResource, createSignal, For, on, Show } from 'solid-js';
import { fill } from '../../../core/i18n/messages';
import { emptyPack, packFileName, parsePackFile, ROLE_CONTAINER, ROLE_NEEDS, serializePack, type PackError, type PackRole, type SelectorPack } from '../../../core/packs';
import type { RoleCounts } from '../../../platforms/taught/query';
import { InvalidPackError, type PackRepository } from '../../../background/storage/packs';
import { downloadFile, readFileText } from '../prepare/download';
import type { TeachAccess } from './access';
import { isOriginEnabled } from '../../../background/origins/roomOrigins';
import { ImportReview, type PendingImport } from './ImportReview';
import { useLocale, useT } from '../../i18n';
import { packErrorText } from '../importErrorText';
import { packRoleLabel } from '../../../core/i18n/packRoles';

export interface TeachSiteProps {
  /** The room tab's side; null when the panel does not know its tab. */
  access: TeachAccess | null;
  packs: PackRepository;
  /** Host patterns of the sites the moderator enabled (and the manifest's): packs are imported for those only. */
  enabledSites(): Promise<string[]>;
  now?: () => Date;
}

const GROUPS: { title: 'teachGroupPeople' | 'teachGroupChat'; roles: PackRole[] }[] = [
  { title: 'teachGroupPeople', roles: ['participantRow', 'participantName', 'raisedHand', 'participantCount'] },
  { title: 'teachGroupChat', roles: ['chatMessage', 'chatSender', 'chatText', 'chatInput', 'chatSend'] },
];

type Notice = { tone: 'ok' | 'error'; text: string };

/**
 * "Teach this site": the moderator shows Moderato, by clicking in the room page, where the
 * participants and the chat are. Each pick is saved at once (validated) and tested live on the
 * page; the pack can be exported for a colleague, imported, or deleted.
 */
export function TeachSite(props: TeachSiteProps) {
  const t = useT();
  const locale = useLocale();
  const now = () => props.now?.() ?? new Date();
  const [where] = createResource(
    () => props.access ?? false,
    (access) => access.where(),
  );
  const origin = () => where()?.origin ?? null;
  const [pack, setPack] = createSignal<SelectorPack | null>(null);
  const [stored, { refetch: refetchStored }] = createResource(() => props.packs.list());
  const [counts, setCounts] = createSignal<RoleCounts>({});
  const [picking, setPicking] = createSignal<PackRole | null>(null);
  const [notice, setNotice] = createSignal<Notice | null>(null);
  const [errors, setErrors] = createSignal<PackError[]>([]);
  const [confirmDelete, setConfirmDelete] = createSignal<string | null>(null);
  const [pending, setPending] = createSignal<PendingImport | null>(null);
  let fileInput!: HTMLInputElement;

  const working = (): SelectorPack | null => {
    const site = origin();
    if (!site) return null;
    return pack() ?? emptyPack(site, now(), new URL(site).host);
  };
  const label = (role: PackRole) => packRoleLabel(t, role);
  const say = (tone: Notice['tone'], text: string) => {
    setNotice({ tone, text });
    if (tone === 'ok') setErrors([]);
  };

  const recount = async (current: SelectorPack | null) => {
    if (!current || !props.access) return setCounts({});
    const found = await props.access.count(current);
    if (found) setCounts(found);
    else say('error', t.teachUnreachable);
  };

  // The pack of the tab's origin, once the page said which origin it is.
  createEffect(
    on(origin, async (site) => {
      if (!site) return;
      const found = (await props.packs.get(site)) ?? null;
      setPack(found);
      await recount(found);
    }),
  );

  /** Validates and stores the pack, then tells the page; false (with every error shown) when refused. */
  const save = async (next: SelectorPack): Promise<boolean> => {
    try {
      const saved = await props.packs.put(next);
      setPack(saved);
      props.access?.packChanged();
      void refetchStored();
      await recount(saved);
      return true;
    } catch (error) {
      setErrors(error instanceof InvalidPackError ? error.errors : []);
      say('error', t.teachSaveFailed + (error instanceof InvalidPackError ? '' : ` ${String(error)}`));
      return false;
    }
  };

  const teach = async (role: PackRole) => {
    const current = working();
    const access = props.access;
    if (!current || !access) return;
    const needed = ROLE_NEEDS[role];
    if (needed && !current.roles[needed]) return;
    const container = ROLE_CONTAINER[role];
    const within = container ? current.roles[container] : undefined;
    const composer = role === 'chatSend' ? current.roles.chatInput : undefined;
    setNotice(null);
    setErrors([]);
    setPicking(role);
    let answer;
    try {
      answer = await access.pick(role, within, locale, composer);
    } catch {
      return say('error', t.teachUnreachable);
    } finally {
      setPicking(null);
    }
    if (!answer.picked) return say('error', t.teachCancelled);
    const saved = await save({ ...current, roles: { ...current.roles, [role]: answer.selector } });
    if (saved) say('ok', fill(t.teachPicked, { what: label(role), n: answer.count }));
  };

  /** Forgets a role, and the roles that need it (read inside it, or sent with it). */
  const forget = async (role: PackRole) => {
    const current = pack();
    if (!current) return;
    const roles = { ...current.roles };
    delete roles[role];
    for (const [inner, needed] of Object.entries(ROLE_NEEDS)) if (needed === role) delete roles[inner as PackRole];
    if (Object.keys(roles).length === 0) return remove(current.origin);
    await save({ ...current, roles });
  };

  const remove = async (site: string) => {
    setConfirmDelete(null);
    await props.packs.delete(site);
    void refetchStored();
    if (site === origin()) {
      setPack(null);
      setCounts({});
      props.access?.packChanged();
    }
    say('ok', fill(t.teachDeleted, { origin: site }));
  };

  const exportPack = (shared: SelectorPack) => downloadFile(serializePack(shared), packFileName(shared), 'application/json');

  /** Reads a file, then shows what it holds for the moderator to accept (ImportReview): nothing is stored yet. */
  const importFile = async (file: File | undefined) => {
    setNotice(null);
    setErrors([]);
    setPending(null);
    if (!file) return;
    const result = parsePackFile(await readFileText(file));
    if (fileInput) fileInput.value = '';
    if (!result.ok) {
      setErrors(result.errors);
      return say('error', t.teachImportErrors);
    }
    const imported = result.pack;
    if (!isOriginEnabled(imported.origin, await props.enabledSites().catch(() => []))) {
      return say('error', fill(t.teachNotEnabled, { origin: imported.origin }));
    }
    const existing = (await props.packs.get(imported.origin)) ?? null;
    const counts = imported.origin === origin() && props.access ? await props.access.count(imported) : null;
    setPending({ pack: imported, existing, counts });
  };

  /** Stores the reviewed pack; with `keepBoth`, the stored one is first saved as a file. */
  const acceptImport = async (keepBoth: boolean) => {
    const accepted = pending();
    setPending(null);
    if (!accepted) return;
    if (keepBoth && accepted.existing) exportPack(accepted.existing);
    if (accepted.pack.origin === origin()) {
      if (await save(accepted.pack)) say('ok', fill(t.teachImported, { origin: accepted.pack.origin }));
      return;
    }
    try {
      await props.packs.put(accepted.pack);
      void refetchStored();
      say('ok', fill(t.teachImportedOther, { origin: accepted.pack.origin }));
    } catch (error) {
      setErrors(error instanceof InvalidPackError ? error.errors : []);
      say('error', t.teachSaveFailed);
    }
  };

  const cancelPicking = () => props.access?.stopPicking();

  return (
    <section aria-labelledby="teach-heading" class="teach" data-testid="teach">
      <h2 id="teach-heading">{t.teachTitle}</h2>
      <p class="muted">{t.teachHelp}</p>
      <Show when={props.access} fallback={<p class="warning" data-testid="teach-no-tab">{t.teachNoTab}</p>}>
        <Show when={!where.loading}>
          <Show when={where()} fallback={<p class="warning" data-testid="teach-not-running">{t.teachNotRunning}</p>}>
            {(page) => (
              <>
                <p>
                  {t.teachSite} : <strong data-testid="teach-origin">{page().origin}</strong>
                </p>
                {/* A page a built-in adapter reads never uses a pack (they are tried first): nothing to teach. */}
                <Show
                  when={!page().reading || page().reading === 'generic'}
                  fallback={<p class="muted" data-testid="teach-built-in">{fill(t.teachReadingBuiltIn, { platform: page().reading ?? '' })}</p>}
                >
                  <For each={GROUPS}>
                    {(group) => (
                      <fieldset>
                        <legend>{t[group.title]}</legend>
                        <ul class="teach-roles">
                          <For each={group.roles}>
                            {(role) => {
                              const selector = () => pack()?.roles[role];
                              const container = ROLE_NEEDS[role];
                              const blocked = () => !!container && !pack()?.roles[container];
                              return (
                                <li data-testid="teach-role" data-role={role}>
                                  <span class="role-label">{label(role)}</span>{' '}
                                  <code data-testid="teach-selector">{selector() ?? t.teachNotTaught}</code>{' '}
                                  <Show when={counts()[role] !== undefined}>
                                    <span class="badge" data-testid="teach-count" data-count={counts()[role]}>
                                      {fill(t.teachFound, { n: counts()[role] ?? 0 })}
                                    </span>{' '}
                                  </Show>
                                  <button type="button" data-testid="teach-pick" disabled={picking() !== null || blocked()} onClick={() => void teach(role)}>
                                    {selector() ? t.teachPickAgain : t.teachPick}
                                  </button>
                                  <Show when={selector()}>
                                    {' '}
                                    <button type="button" data-testid="teach-clear" disabled={picking() !== null} onClick={() => void forget(role)}>
                                      {t.teachClear}
                                    </button>
                                  </Show>
                                  <Show when={blocked()}>
                                    {' '}
                                    <span class="muted">{fill(t.teachNeedsContainer, { container: container ? label(container) : '' })}</span>
                                  </Show>
                                </li>
                              );
                            }}
                          </For>
                        </ul>
                      </fieldset>
                    )}
                  </For>
                  <Show when={picking()}>
                    {(role) => (
                      <p role="status" class="picking" data-testid="teach-picking">
                        {fill(t.teachPicking, { what: label(role()) })}{' '}
                        <button type="button" data-testid="teach-cancel" onClick={cancelPicking}>
                          {t.teachCancel}
                        </button>
                      </p>
                    )}
                </Show>
                <div class="row">
                  <button type="button" data-testid="teach-test" disabled={!pack()} onClick={() => void recount(pack()).then(() => say('ok', t.teachTested))}>
                    {t.teachTest}
                  </button>
                  <button type="button" data-testid="teach-export" disabled={!pack()} onClick={() => pack() && exportPack(pack()!)}>
                    {t.teachExport}
                  </button>
                  <Show
                    when={confirmDelete() === page().origin}
                    fallback={
                      <button type="button" data-testid="teach-delete" disabled={!pack()} onClick={() => setConfirmDelete(page().origin)}>
                        {t.teachDelete}
                      </button>
                    }
                  >
                    <button type="button" class="danger" data-testid="teach-delete-confirm" onClick={() => void remove(page().origin)}>
                      {t.teachDeleteConfirm}
                    </button>
                  </Show>
                </div>
                </Show>
              </>
            )}
          </Show>
        </Show>
      </Show>
      <label class="file-button">
        {t.teachImport}
        <input ref={fileInput} type="file" accept=".json,application/json" data-testid="teach-import-file" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
      </label>
      <Show when={pending()}>
        {(shown) => (
          <ImportReview
            pending={shown()}
            onSave={() => void acceptImport(false)}
            onKeepBoth={() => void acceptImport(true)}
            onCancel={() => {
              setPending(null);
              say('ok', t.teachReviewCancelled);
            }}
          />
        )}
      </Show>
      <Show when={notice()}>
        {(shown) => (
          <p role="status" class={shown().tone === 'error' ? 'warning' : 'ok'} data-testid="teach-message">
            {shown().text}
          </p>
        )}
      </Show>
      <Show when={errors().length > 0}>
        <ul class="warning" role="alert" data-testid="teach-errors">
          <For each={errors()}>{(error) => <li data-path={error.path}>{packErrorText(t, error)}</li>}</For>
        </ul>
      </Show>
      <h3>{t.teachStored}</h3>
      <ul data-testid="teach-stored">
        <For each={stored() ?? []} fallback={<li class="muted">{t.teachStoredNone}</li>}>
          {(shared) => (
            <li data-origin={shared.origin}>
              <span>{shared.name ? `${shared.name} — ${shared.origin}` : shared.origin}</span>{' '}
              <button type="button" onClick={() => exportPack(shared)}>
                {t.teachExport}
              </button>{' '}
              <Show
                when={confirmDelete() === shared.origin}
                fallback={
                  <button type="button" onClick={() => setConfirmDelete(shared.origin)}>
                    {t.teachDeleteShort}
                  </button>
                }
              >
                <button type="button" class="danger" onClick={() => void remove(shared.origin)}>
                  {t.teachDeleteConfirm}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
