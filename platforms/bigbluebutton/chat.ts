/**
 * Public chat messages as they are on screen, in order, each with a stable key so re-rendered or
 * re-paged rows are recognised. Both versions omit the sender on follow-up messages, so the last
 * header seen is carried forward (also across a page boundary: we walk the rows in DOM order).
 *
 * 3.0: one `chatMessageItem` per message, keyed by `data-sequence` (else `data-chat-message-id`).
 * 2.x: one "time window" per run of one sender's messages, one `p` per message; there is no id,
 *      so the key is a digest of sender + shown time + text + occurrence of that triple within its
 *      window (a digest, so the stored log never carries the text).
 */
import type { ChatMessage } from '../../core/session/events';
import { digest, normalizeText, visibleText } from '../dom/text';
import { eachMatching } from '../dom/observe';
import { SELECTORS, queryAll } from './selectors';
import type { BbbVersion } from './version';

const SYSTEM_SENDER = '';
const TEXT_2X = '[data-test="chatUserMessageText"], [data-test="chatWelcomeMessageText"], [data-test="chatClearMessageText"], [data-test="chatPollMessageText"]';

export interface ChatReading {
  messages: ChatMessage[];
  /** 3.0: sequence number of each message, to attribute a header-less first row after paging. */
  sequences: Map<string, number>;
}

/** Earlier senders by 3.0 sequence, kept by the reader, for a page that starts mid-group. */
export type SenderBefore = (sequence: number) => string | null;

/**
 * `removed` (3.0): items read from nodes the page removed since, older than those still mounted;
 * `only` (3.0), when the caller knows them, the items to read instead of every item under `root`.
 */
export function readChat(
  root: ParentNode,
  version: BbbVersion,
  senderBefore: SenderBefore = () => null,
  removed: readonly Item3[] = [],
  only?: readonly Element[],
): ChatReading {
  return version === '3.0' ? readChat3(only ?? queryAll(root, 'chatMessageItem3'), senderBefore, removed) : readChat2(root);
}

// --- 3.0 ---------------------------------------------------------------------------------------

/**
 * The header's name: the element before `time` in the header (no data-test on it). `content` is
 * the message body and `times` the item's `time` elements, which the caller has already found.
 */
function headerSender3(content: Element | null, times: ArrayLike<Element>): string | null {
  for (let index = 0; index < times.length; index++) {
    const time = times[index]!;
    // A `time` after the content is the footer of a grouped message, not a header.
    if (content && content.compareDocumentPosition(time) & 4) continue; // DOCUMENT_POSITION_FOLLOWING
    for (let child = time.parentElement?.firstElementChild ?? null; child; child = child.nextElementSibling) {
      if (child === time || child.matches('[data-test="chatMessageEditedLabel"]')) continue;
      const name = visibleText(child);
      if (name) return name;
    }
  }
  return null;
}

/** What one 3.0 item shows; its sender may come from the items above it (grouped messages). */
export interface Item3 {
  id: string | null;
  sequence: number;
  system: boolean;
  header: string | null;
  shownTime: string | null;
  text: string;
}

/**
 * Reads one item; it may already be detached from the page (see removedItems3). A busy chat reads
 * hundreds of items a minute: each element is looked up once.
 */
export function readItem3(item: Element): Item3 {
  const sequenceText = item.getAttribute('data-sequence');
  const sequence = sequenceText !== null && sequenceText !== '' ? Number(sequenceText) : NaN;
  const body = item.querySelector('[data-chat-message-id]');
  const chatId = body?.getAttribute('data-chat-message-id') ?? null;
  const type = item.getAttribute('data-message-type') ?? 'default';
  const notification = item.querySelector('[data-test="chatMessageNotificationContent"]');
  const textElement = item.querySelector('[data-test="messageContent"]') ?? notification ?? body;
  const times = item.querySelectorAll('time');
  return {
    id: Number.isFinite(sequence) ? `seq:${sequence}` : chatId ? `msg:${chatId}` : null,
    sequence,
    system: (type !== 'default' && type !== '') || notification !== null,
    header: headerSender3(body ?? item.querySelector('.chat-message-content'), times),
    shownTime: visibleText(times[0]) || null,
    text: visibleText(textElement),
  };
}

/**
 * 3.0 message items that mutations removed from the page. A burst drops the older of the two
 * mounted pages at once; a removed node keeps its whole subtree, so the messages no read saw yet
 * can still be read from it.
 */
export function removedItems3(records: readonly MutationRecord[]): Element[] {
  return itemsIn(records, 'removedNodes');
}

/** 3.0 message items that mutations added to the page (they may have left it again since). */
export function addedItems3(records: readonly MutationRecord[]): Element[] {
  return itemsIn(records, 'addedNodes');
}

function itemsIn(records: readonly MutationRecord[], which: 'addedNodes' | 'removedNodes'): Element[] {
  const items: Element[] = [];
  const add = (element: Element) => void items.push(element);
  for (const record of records) eachMatching(record[which], SELECTORS.chatMessageItem3.css, add);
  return items;
}

function readChat3(items: readonly Element[], senderBefore: SenderBefore, before: readonly Item3[] = []): ChatReading {
  const messages: ChatMessage[] = [];
  const sequences = new Map<string, number>();
  let carried: string | null = null;
  const mounted = items.map(readItem3);
  let previous: number | null = null;
  for (const { id, sequence, system, header, shownTime, text } of [...before, ...mounted]) {
    if (!id) continue;
    // A sender is carried only from the message just before: across a gap it is not known here.
    if (Number.isFinite(sequence)) {
      if (previous !== null && sequence !== previous + 1) carried = null;
      previous = sequence;
    }
    if (header) carried = header;
    else if (carried === null && Number.isFinite(sequence)) carried = senderBefore(sequence);
    messages.push({ id, sender: system ? (header ?? SYSTEM_SENDER) : (carried ?? ''), shownTime, text, system });
    if (Number.isFinite(sequence)) sequences.set(id, sequence);
  }
  return { messages, sequences };
}

// --- 2.x ---------------------------------------------------------------------------------------

/** The time window holding a message text: the nearest ancestor that also holds a `time`. */
function windowOf(text: Element): Element {
  let node: Element | null = text.parentElement;
  while (node && !node.querySelector('time') && !node.matches('[data-test="chatMessages"]')) node = node.parentElement;
  return node && !node.matches('[data-test="chatMessages"]') ? node : (text.parentElement ?? text);
}

function windowSender2(window: Element): string | null {
  const time = window.querySelector('time');
  const meta = time?.parentElement;
  const nameElement = [...(meta?.children ?? [])].find((child) => child !== time && visibleText(child) !== '');
  return visibleText(nameElement) || null;
}

function readChat2(root: ParentNode): ChatReading {
  const messages: ChatMessage[] = [];
  let carried: string | null = null;
  let currentWindow: Element | null = null;
  let occurrences = new Map<string, number>();
  for (const text of root.querySelectorAll(TEXT_2X)) {
    const window = windowOf(text);
    if (window !== currentWindow) {
      currentWindow = window;
      occurrences = new Map();
      carried = windowSender2(window) ?? carried;
    }
    const system = !text.matches('[data-test="chatUserMessageText"]');
    const sender = system ? SYSTEM_SENDER : (carried ?? '');
    const time = visibleText(window.querySelector('time')) || null;
    const body = normalizeText(text.textContent);
    // A system row (welcome, cleared, poll) has no time of its own: the time found around it
    // belongs to a neighbouring row and changes as rows come and go, so it stays out of the key.
    const base = system ? `system|${body}` : `${sender}|${time ?? ''}|${body}`;
    const occurrence = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, occurrence);
    messages.push({ id: `w:${digest(`${base}|${occurrence}`)}`, sender, shownTime: time, text: body, system });
  }
  return { messages, sequences: new Map() };
}
