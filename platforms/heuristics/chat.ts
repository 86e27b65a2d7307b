/**
 * Finds and reads a chat log on a page never seen before: a `role="log"` or `aria-live` container,
 * or a list named like a chat ("Discussion", "Chat", "Messages", "Clavardage"). Each message reads
 * as the texts it shows, [sender, time, text…] or [time, text…] (the sender carried over from the
 * message before, as chats group consecutive messages), or [sender, text…] without a time.
 */
import { CHAT, matches, PARTICIPANTS, SHOWN_TIME } from './lexicon';
import { containerName, ownTexts } from './names';

const CANDIDATES = '[role="log"], [aria-live], [role="list"], ul, ol, [role="feed"], [role="region"], section, aside';
const ITEMS = '[role="listitem"], li, [role="article"]';

export interface FoundChat {
  container: Element;
  items: Element[];
}

export interface HeuristicMessage {
  sender: string;
  shownTime: string | null;
  text: string;
  system: boolean;
}

/** Message items: list items when there are any, else the container's direct children. */
export function chatItems(container: Element): Element[] {
  const listed = [...container.querySelectorAll(ITEMS)].filter((item) => !item.querySelector(ITEMS));
  const items = listed.length > 0 ? listed : [...container.children];
  return items.filter((item) => ownTexts(item).length > 0);
}

function score(container: Element): number {
  const name = containerName(container);
  const named = matches(CHAT, name) && !matches(PARTICIPANTS, name);
  if (!named && matches(PARTICIPANTS, name)) return 0;
  let points = 0;
  if (container.getAttribute('role') === 'log') points += 3;
  if (container.hasAttribute('aria-live') && container.getAttribute('aria-live') !== 'off') points += 1;
  if (named) points += 2;
  if (points === 0) return 0;
  const items = chatItems(container);
  if (items.some((item) => ownTexts(item).some((text) => SHOWN_TIME.test(text)))) points += 1;
  return points;
}

export function findChatLog(root: ParentNode): FoundChat | null {
  const scored = [...root.querySelectorAll(CANDIDATES)].map((container) => ({ container, points: score(container) })).filter((entry) => entry.points >= 2);
  // The innermost container wins over a named panel around it.
  const innermost = scored.filter((entry) => !scored.some((other) => other !== entry && entry.container.contains(other.container)));
  innermost.sort((a, b) => b.points - a.points);
  const best = innermost[0];
  return best ? { container: best.container, items: chatItems(best.container) } : null;
}

export function parseMessage(item: Element, previousSender: string | null): HeuristicMessage | null {
  const texts = ownTexts(item);
  if (texts.length === 0) return null;
  const timeAt = texts.findIndex((text) => SHOWN_TIME.test(text));
  if (timeAt === -1) {
    // "Joined:" / "A rejoint :" + a name: a presence notice, not a person writing.
    if (texts.length >= 2 && texts[0]!.endsWith(':')) return { sender: '', shownTime: null, text: texts.join(' '), system: true };
    if (texts.length >= 2) return { sender: texts[0]!, shownTime: null, text: texts.slice(1).join(' '), system: false };
    return { sender: previousSender ?? '', shownTime: null, text: texts[0]!, system: false };
  }
  const shownTime = texts[timeAt]!.trim();
  const before = texts.slice(0, timeAt);
  const after = texts.slice(timeAt + 1);
  const sender = before.length > 0 ? before.join(' ') : previousSender ?? '';
  return { sender, shownTime, text: after.join(' '), system: false };
}

export function readChatByHeuristics(root: ParentNode): { chat: FoundChat; messages: HeuristicMessage[] } | null {
  const chat = findChatLog(root);
  if (!chat) return null;
  const messages: HeuristicMessage[] = [];
  let previous: string | null = null;
  for (const item of chat.items) {
    const message = parseMessage(item, previous);
    if (!message) continue;
    if (!message.system) previous = message.sender;
    messages.push(message);
  }
  return { chat, messages };
}
