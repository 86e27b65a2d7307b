import { createEffect, createSignal, on, type Accessor } from 'solid-js';
import type { PanelState } from '../../../core/protocol';
import { fill, type Messages } from '../../../core/i18n/messages';

/** What changed between two snapshots that is worth saying aloud: new raised hands, a new speaker. */
export function announcement(
  t: Messages,
  before: { hands: readonly { id: string }[]; speaker: string | null },
  after: { hands: readonly { id: string; name: string }[]; speaker: string | null },
): string | null {
  const known = new Set(before.hands.map((hand) => hand.id));
  const raised = after.hands.filter((hand) => !known.has(hand.id)).map((hand) => hand.name);
  const parts: string[] = [];
  if (after.speaker !== null && after.speaker !== before.speaker) parts.push(fill(t.announceSpeaker, { name: after.speaker }));
  if (raised.length > 0) parts.push(fill(t.announceHands, { names: raised.join(', ') }));
  return parts.length > 0 ? parts.join('. ') : null;
}

/**
 * The text of Animer's polite live region: a new raised hand and a change of speaker, never every
 * chat message. Nothing is said for the first snapshot (the room as it was when the panel opened).
 */
export function createAnnouncer(state: Accessor<PanelState | null>, t: Messages): Accessor<string> {
  const [text, setText] = createSignal('');
  const view = () => ({ hands: state()?.hands ?? [], speaker: state()?.queue?.speaking?.name ?? null });
  createEffect(
    on(
      () => `${view().speaker ?? ''}\u0000${view().hands.map((hand) => hand.id).join('\u0000')}`,
      (_key, _previous, before: ReturnType<typeof view> | undefined) => {
        const after = view();
        if (before) {
          const said = announcement(t, before, after);
          if (said) setText(said);
        }
        return after;
      },
    ),
  );
  return text;
}
