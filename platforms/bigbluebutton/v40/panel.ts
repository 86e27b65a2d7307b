/**
 * An action the moderator asked for may need the panel the teacher closed: open it through the
 * rail, do the steps, then put the side panel back as it was (the chat, the participants, or
 * none), and check it is. Nothing here runs to read: reading never switches panels.
 */
import { waitForDom } from '../../dom/observe';
import { openPanel40, type Panel40 } from './health';
import { query40, type SelectorName40 } from './selectors';

const RAIL: Record<Panel40, SelectorName40> = { users: 'usersRailButton', chat: 'messagesRailButton' };
const CONTENT: Record<Panel40, SelectorName40> = { users: 'userListPanel', chat: 'chatMessages' };

/** Opens `panel` (or closes every panel, with null) through the rail; whether the page shows it then. */
async function show(doc: Document, panel: Panel40 | null, timeoutMs: number): Promise<boolean> {
  const current = openPanel40(doc);
  if (current === panel) return true;
  // The rail's buttons toggle: closing means clicking the open one.
  const button = query40(doc, RAIL[panel ?? current!]) as HTMLElement | null;
  if (!button) return false;
  button.click();
  const shown = await waitForDom(doc, () => (panel ? query40(doc, CONTENT[panel]) : openPanel40(doc) === null), timeoutMs);
  return !!shown;
}

export type PanelResult<T> = { opened: false } | { opened: true; value: T; restored: boolean };

/** Runs `steps` with `panel` open, then restores the side panel the teacher had. */
export async function withPanel<T>(doc: Document, panel: Panel40, timeoutMs: number, steps: () => Promise<T>): Promise<PanelResult<T>> {
  const before = openPanel40(doc);
  if (!(await show(doc, panel, timeoutMs))) {
    await show(doc, before, timeoutMs);
    return { opened: false };
  }
  let value: T | undefined;
  let restored = false;
  try {
    value = await steps();
  } finally {
    // Even when a step throws, the teacher gets their panel back.
    restored = await show(doc, before, timeoutMs);
  }
  return { opened: true, value: value as T, restored };
}
