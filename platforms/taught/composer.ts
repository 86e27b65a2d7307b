/**
 * The chat composer of a taught room: the chat box and its send control. This is the only place
 * a pack can make Moderato click, so the send control is checked against the page every time:
 * - it is a send control (`button`, `input[type=submit]`, `[role=button]`), whatever the selector;
 * - it sits in a small container around the chat box (at most COMPOSER_LEVELS up, not the page's
 *   body, holding no other text field), and in the chat box's form when it has one. The form alone
 *   is not enough: a form may wrap the whole page (ASP.NET wraps every page in one).
 * A selector that finds several elements keeps only those in the composer: "button" means the
 * composer's button, never the room's "End meeting".
 */
import type { SelectorPack } from '../../core/packs/schema';
import { safeQueryAll, safeQueryOne } from './query';

export const SEND_CONTROL = 'button, input[type="submit" i], [role="button" i]';
const TEXT_FIELD = 'textarea, input:not([type]), input[type="text" i], [contenteditable]:not([contenteditable="false" i])';
/** How far above the chat box a form-less composer may reach (box, its wrapper, their row). */
export const COMPOSER_LEVELS = 3;

export type Composer = { ok: true; field: Element; send: HTMLElement } | { ok: false; reason: string };

export function isTextField(element: Element): boolean {
  return element.matches(TEXT_FIELD);
}

/** The form the field belongs to, when it has one. */
function formOf(field: Element): HTMLFormElement | null {
  return (field as HTMLTextAreaElement).form ?? field.closest('form');
}

/** True when `send` is a send control of the composer around `field`. */
export function inComposer(field: Element, send: Element): boolean {
  if (send === field || !send.matches(SEND_CONTROL)) return false;
  const form = formOf(field);
  if (form && (send as HTMLButtonElement).form !== form && !form.contains(send)) return false;
  let around: Element | null = field.parentElement;
  for (let level = 1; around && level <= COMPOSER_LEVELS; level++, around = around.parentElement) {
    if (around.localName === 'body' || around.localName === 'html') return false;
    if (!around.contains(send)) continue;
    // The smallest container holding both: it must be the chat box's alone.
    return [...around.querySelectorAll(TEXT_FIELD)].every((other) => other === field);
  }
  return false;
}

/** The taught chat box and its send control on the page now, or why posting cannot be automated. */
export function findComposer(doc: Document, pack: SelectorPack): Composer {
  const { chatInput, chatSend } = pack.roles;
  if (!chatInput || !chatSend) return { ok: false, reason: 'chat box or send button not taught' };
  const field = safeQueryOne(doc, chatInput);
  if (!field) return { ok: false, reason: 'chatInput finds no element' };
  if (!isTextField(field)) return { ok: false, reason: 'the taught chat box is not a text field' };
  const candidates = safeQueryAll(doc, chatSend);
  if (candidates.length === 0) return { ok: false, reason: 'chatSend finds no element' };
  const send = candidates.find((candidate) => inComposer(field, candidate));
  if (!send) return { ok: false, reason: 'chatSend finds no button in the chat box’s composer (form or container)' };
  return { ok: true, field, send: send as HTMLElement };
}
