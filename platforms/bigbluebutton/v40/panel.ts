/**
 * An action the moderator asked for may need a panel the teacher closed: open it through the
 * rail, do the steps, then put the side panels back as they were and check they are. One side
 * panel by default (opening one replaces the other); BBB's multi-functional mode can show both,
 * so each panel's state is kept and restored on its own. Reading never switches panels.
 */
import { waitForDom } from '../../dom/observe';
import { panelShown, type Panel40 } from './health';
import { query40, type SelectorName40 } from './selectors';

const RAIL: Record<Panel40, SelectorName40> = { users: 'usersRailButton', chat: 'messagesRailButton' };
const PANELS: readonly Panel40[] = ['users', 'chat'];

type Shown = Record<Panel40, boolean>;
const shownNow = (doc: Document): Shown => ({ users: panelShown(doc, 'users'), chat: panelShown(doc, 'chat') });

/** Clicks a rail button (it toggles its panel) and waits until the panel is shown or gone as wanted. */
async function toggle(doc: Document, panel: Panel40, wanted: boolean, timeoutMs: number): Promise<boolean> {
  const button = query40(doc, RAIL[panel]) as HTMLElement | null;
  if (!button) return false;
  button.click();
  return !!(await waitForDom(doc, () => panelShown(doc, panel) === wanted, timeoutMs));
}

/** Back to `before`: first what the teacher had open (which, in one-panel mode, replaces ours), then close ours. */
async function restore(doc: Document, before: Shown, timeoutMs: number): Promise<boolean> {
  for (const panel of PANELS) if (before[panel] && !panelShown(doc, panel)) await toggle(doc, panel, true, timeoutMs);
  for (const panel of PANELS) if (!before[panel] && panelShown(doc, panel)) await toggle(doc, panel, false, timeoutMs);
  const after = shownNow(doc);
  return PANELS.every((panel) => after[panel] === before[panel]);
}

export type PanelResult<T> = { opened: false } | { opened: true; value: T; restored: boolean };

/** Runs `steps` with `panel` shown, then restores the side panels the teacher had. */
export async function withPanel<T>(doc: Document, panel: Panel40, timeoutMs: number, steps: () => Promise<T>): Promise<PanelResult<T>> {
  const before = shownNow(doc);
  if (!before[panel] && !(await toggle(doc, panel, true, timeoutMs))) {
    await restore(doc, before, timeoutMs);
    return { opened: false };
  }
  let value: T | undefined;
  let restored = false;
  try {
    value = await steps();
  } finally {
    // Even when a step throws, the teacher gets their panels back.
    restored = await restore(doc, before, timeoutMs);
  }
  return { opened: true, value: value as T, restored };
}
