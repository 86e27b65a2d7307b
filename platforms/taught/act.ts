/**
 * What a taught pack can do: post to the chat through the taught chat box and send button, then
 * read the chat back to verify the message appeared. Everything else is for the moderator. The
 * one click is on the send control of the chat box's composer, checked just before (composer.ts);
 * without a taught chat message to read the post back, nothing is clicked.
 */
import type { ActionResult, ManualStep, RoomAction } from '../contract';
import { waitForDom } from '../dom/observe';
import { setReactTextValue } from '../dom/reactInput';
import { normalizeText } from '../dom/text';
import { findComposer } from './composer';
import type { SelectorPack } from '../../core/packs/schema';
import { readChatOnce } from './reader';

export const DEFAULT_TAUGHT_ACTION_TIMEOUT_MS = 5_000;

const MANUAL_STEPS: Record<Exclude<RoomAction['type'], 'chat.post'>, ManualStep[]> = {
  'hand.lower': [{ fr: 'Dans la liste des participants, baissez la main de la personne', en: 'In the participant list, lower the person’s hand' }],
  'audio.muteAll': [{ fr: 'Coupez les micros de tous les participants depuis la plateforme', en: 'Mute every participant from the platform' }],
  'audio.joinMuted': [{ fr: 'Réglez « rejoindre micro coupé » dans la plateforme', en: 'Set "join muted" in the platform' }],
  'viewers.lock': [{ fr: 'Réglez les droits des participants dans la plateforme', en: 'Set the participants’ permissions in the platform' }],
};

function manual(reason: string, steps: ManualStep[]): ActionResult {
  return { status: 'manual', reason, steps };
}

function typeInto(field: Element, text: string): boolean {
  const tag = field.localName;
  if (tag === 'textarea' || tag === 'input') {
    setReactTextValue(field as HTMLTextAreaElement | HTMLInputElement, text);
    return true;
  }
  if ((field as HTMLElement).isContentEditable || field.getAttribute('contenteditable') === 'true') {
    field.textContent = text;
    const view = field.ownerDocument.defaultView;
    field.dispatchEvent(new (view?.InputEvent ?? view?.Event ?? Event)('input', { bubbles: true }));
    return true;
  }
  return false;
}

export async function actTaught(doc: Document, pack: SelectorPack, action: RoomAction, timeoutMs: number): Promise<ActionResult> {
  if (action.type !== 'chat.post') return manual('not automated through a taught pack', MANUAL_STEPS[action.type]);
  const wanted = normalizeText(action.text);
  const steps: ManualStep[] = [{ fr: `Écrire dans le chat : ${action.text}`, en: `Type in the chat: ${action.text}` }, { fr: 'Envoyer', en: 'Send' }];
  if (!wanted) return { status: 'failed', reason: 'empty message' };
  if (!pack.roles.chatMessage) return manual('chat messages not taught: the post could not be verified', steps);
  const composer = findComposer(doc, pack);
  if (!composer.ok) return manual(composer.reason, steps);
  const { field, send } = composer;

  const copies = () => readChatOnce(doc, pack).filter((message) => message.text === wanted).length;
  const before = copies();
  if (!typeInto(field, action.text)) return manual('the taught chat box is not a text field', steps);
  send.click();
  const shown = await waitForDom(doc, () => copies() > before, timeoutMs);
  return shown ? { status: 'done' } : { status: 'failed', reason: 'the message did not appear in the chat' };
}
