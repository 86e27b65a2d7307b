/**
 * The overlay's keyboard shortcuts. Global ones are exactly Alt+Shift+N and Alt+Shift+P, read on
 * the document in the capture phase and ignored while the person types in a field.
 */
import type { SessionCommand } from '../core/protocol';

const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether typing in this element would write text (inputs, text areas, rich editors). */
export function isEditable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NOT_TEXT_INPUTS.has((element as HTMLInputElement).type);
  if (element.isContentEditable) return true;
  return element.closest?.('[contenteditable]:not([contenteditable="false"]), [role="textbox"]') != null;
}

/** The element the event really started on, even inside a page's open shadow root. */
export function originalTarget(event: Event): EventTarget | null {
  return event.composedPath?.()[0] ?? event.target;
}

function letter(event: KeyboardEvent): string {
  // `code` is the physical key (stable under Alt on macOS and on AZERTY); `key` as a fallback.
  if (/^Key[A-Z]$/.test(event.code)) return event.code.slice(3).toLowerCase();
  return event.key.length === 1 ? event.key.toLowerCase() : '';
}

const COMMANDS: Record<string, SessionCommand> = {
  n: { type: 'agenda.next' },
  p: { type: 'queue.next' },
};

/** Alt+Shift+N → next agenda item; Alt+Shift+P → give the floor to the next person. */
export function globalShortcut(event: KeyboardEvent): SessionCommand | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.repeat) return null;
  const command = COMMANDS[letter(event)];
  if (!command || isEditable(originalTarget(event))) return null;
  return command;
}

/** Inside the overlay: N and P alone do the same. */
export function overlayShortcut(event: KeyboardEvent): SessionCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return null;
  const command = COMMANDS[letter(event)];
  if (!command || isEditable(originalTarget(event))) return null;
  return command;
}

/**
 * Answers the global shortcuts pressed in `doc` (capture phase, before the page's own handlers)
 * until the returned function is called. The room page's scripts could dispatch fake key presses:
 * only a real keyboard counts, unless a test says otherwise.
 */
export function listenForGlobalShortcuts(doc: Document, send: (command: SessionCommand) => void, acceptSyntheticKeys = false): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted && !acceptSyntheticKeys) return;
    const command = globalShortcut(event);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    send(command);
  };
  doc.addEventListener('keydown', onKey, true);
  return () => doc.removeEventListener('keydown', onKey, true);
}
