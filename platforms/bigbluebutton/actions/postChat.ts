/**
 * Post to the public chat as the moderator would: set the textarea through React's native value
 * setter, fire a bubbling input event, click send, then wait for the message to show in the list.
 */
import type { ActionResult } from '../../contract';
import { waitForDom } from '../../dom/observe';
import { setReactTextValue } from '../../dom/reactInput';
import { normalizeText } from '../../dom/text';
import { readChat } from '../chat';
import { describeMissing, missingSelector } from '../health';
import { LABELS } from '../labels';
import { queryOne } from '../selectors';
import { DONE, failed, manual, type ActContext } from './common';

export async function postChat({ doc, version, timeoutMs }: ActContext, text: string): Promise<ActionResult> {
  const wanted = normalizeText(text);
  const steps = [LABELS.publicChat, { fr: `Écrire : ${text}`, en: `Type: ${text}` }, LABELS.sendMessage];
  if (!wanted) return failed('empty message');
  const missing = missingSelector(doc, 'postChat', version);
  if (missing) return manual(describeMissing(missing), steps);
  const input = queryOne(doc, 'chatInput') as HTMLTextAreaElement;
  const send = queryOne(doc, 'sendMessageButton') as HTMLElement;

  const copies = () => readChat(doc, version).messages.filter((message) => message.text === wanted).length;
  const before = copies();
  setReactTextValue(input, text);
  send.click();
  const shown = await waitForDom(doc, () => copies() > before, timeoutMs);
  return shown ? DONE : failed('the message did not appear in the public chat');
}
