import { For, Show } from 'solid-js';
import { fill } from '../../../core/i18n/messages';
import { PACK_ROLES, type SelectorPack } from '../../../core/packs';
import { packRoleLabel } from '../../../core/i18n/packRoles';
import type { RoleCounts } from '../../../platforms/taught/query';
import { useT } from '../../i18n';

/** An imported pack the moderator has not accepted yet. */
export interface PendingImport {
  pack: SelectorPack;
  /** The pack stored for the same origin, which accepting would replace. */
  existing: SelectorPack | null;
  /** What each role finds on the open page; null when the open page is another site. */
  counts: RoleCounts | null;
}

export interface ImportReviewProps {
  pending: PendingImport;
  /** Stores the imported pack (replacing the existing one, if any). */
  onSave(): void;
  /** Saves the existing pack as a file, then stores the imported one. */
  onKeepBoth(): void;
  onCancel(): void;
}

/**
 * What an imported pack would do, before it is stored: its origin, every role's selector (shown
 * as text, never as markup) and how many elements it finds on the open page. One pack per
 * origin: "keep both" keeps the stored one as a file, since the imported one already is one.
 */
export function ImportReview(props: ImportReviewProps) {
  const t = useT();
  const pack = () => props.pending.pack;
  const roles = () => PACK_ROLES.filter((role) => pack().roles[role]);
  return (
    <section class="teach-review" role="group" aria-labelledby="teach-review-heading" data-testid="teach-review">
      <h3 id="teach-review-heading">{t.teachReviewTitle}</h3>
      <p>
        {t.teachSite} : <strong data-testid="teach-review-origin">{pack().origin}</strong>
        <Show when={pack().name}> — {pack().name}</Show>
      </p>
      <Show when={props.pending.counts === null}>
        <p class="muted">{t.teachReviewNotCounted}</p>
      </Show>
      <ul class="teach-roles">
        <For each={roles()}>
          {(role) => (
            <li data-testid="teach-review-role" data-role={role}>
              <span class="role-label">{packRoleLabel(t, role)}</span> <code data-testid="teach-review-selector">{pack().roles[role]}</code>{' '}
              <Show when={props.pending.counts?.[role] !== undefined}>
                <span class="badge" data-testid="teach-review-count" data-count={props.pending.counts?.[role]}>
                  {fill(t.teachFound, { n: props.pending.counts?.[role] ?? 0 })}
                </span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show
        when={props.pending.existing}
        fallback={
          <div class="row">
            <button type="button" class="primary" data-testid="teach-review-save" onClick={() => props.onSave()}>
              {t.teachReviewSave}
            </button>
            <button type="button" data-testid="teach-review-cancel" onClick={() => props.onCancel()}>
              {t.teachCancel}
            </button>
          </div>
        }
      >
        {(existing) => (
          <>
            <p class="warning" data-testid="teach-review-existing">
              {fill(t.teachReviewExisting, { origin: existing().origin, name: existing().name ?? existing().origin })}
            </p>
            <div class="row">
              <button type="button" data-testid="teach-review-replace" onClick={() => props.onSave()}>
                {t.teachReviewReplace}
              </button>
              <button type="button" class="primary" data-testid="teach-review-keep-both" onClick={() => props.onKeepBoth()}>
                {t.teachReviewKeepBoth}
              </button>
              <button type="button" data-testid="teach-review-cancel" onClick={() => props.onCancel()}>
                {t.teachCancel}
              </button>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
