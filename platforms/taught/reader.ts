/**
 * The taught reader's memory: the last snapshot of the room as a pack sees it, and the diff that
 * turns a fresh reading into RoomEvents. No observing here (see read.ts), so it is easy to test.
 *
 * - Participant id: the display name plus its occurrence among rows with that name ("Marie",
 *   "Marie#2"), like the other adapters: a pack gives no platform id.
 * - Raised hands: the rows holding the `raisedHand` marker, in DOM order.
 * - Leaves: with a taught `participantCount`, rows that vanish are leaves only when the list is
 *   complete (as many rows as the count) or the count dropped by as many (platforms/presence.ts);
 *   without it, the rows are the whole list (the count is the rows shown).
 * - Chat id: a digest of the message as shown + occurrence, never the text itself.
 */
import type { ParticipantState, RoomEvent } from '../../core/session/events';
import { digest, normalizeText, textsOutside } from '../dom/text';
import { safeQueryAll, safeQueryOne } from './query';
import type { SelectorPack } from '../../core/packs/schema';
import { Presence } from '../presence';

/** "(Vous)", "(you)", "(moi)" after the moderator's own name. */
const YOU = /\s*\((vous|you|moi|me)\)\s*$/i;

export function participantId(name: string, occurrence: number): string {
  return occurrence <= 1 ? name : `${name}#${occurrence}`;
}

/** The first text of the row outside images, icons and hidden decorations. */
function rowName(row: Element, nameSelector: string | undefined): string {
  if (nameSelector) return normalizeText(safeQueryOne(row, nameSelector)?.textContent);
  const texts = textsOutside(row, (element) => element.hasAttribute('aria-hidden') || /^(svg|img|i|button)$/i.test(element.localName));
  return texts[0] ?? '';
}

/** The first whole number in a text ("Participants (12)" → 12), null when there is none. */
export function firstNumber(text: string | null | undefined): number | null {
  const match = /\d+/.exec((text ?? '').replace(/[\s\u202f\u00a0]/g, ''));
  return match ? Number(match[0]) : null;
}

function sameState(a: ParticipantState, b: ParticipantState): boolean {
  return a.name === b.name && a.you === b.you && a.role === b.role;
}

export interface PeopleReading {
  participants: ParticipantState[];
  count: number | null;
}

export function readPeopleOnce(doc: Document, pack: SelectorPack, onInvalid?: (selector: string) => void): PeopleReading {
  const { participantRow, participantName, raisedHand, participantCount } = pack.roles;
  const occurrences = new Map<string, number>();
  const participants: ParticipantState[] = [];
  for (const row of safeQueryAll(doc, participantRow, onInvalid)) {
    const shown = rowName(row, participantName);
    const you = YOU.test(shown);
    const name = normalizeText(shown.replace(YOU, ''));
    if (!name) continue;
    const occurrence = (occurrences.get(name) ?? 0) + 1;
    occurrences.set(name, occurrence);
    participants.push({
      id: participantId(name, occurrence),
      name,
      role: 'viewer',
      presenter: false,
      you,
      handRaised: safeQueryAll(row, raisedHand, onInvalid).length > 0,
      talking: false,
      muted: null,
      webcam: false,
    });
  }
  let count: number | null = participants.length;
  if (participantCount) count = firstNumber(safeQueryOne(doc, participantCount, onInvalid)?.textContent);
  return { participants, count };
}

export interface ChatReading {
  id: string;
  sender: string;
  text: string;
}

export function readChatOnce(doc: Document, pack: SelectorPack, onInvalid?: (selector: string) => void): ChatReading[] {
  const { chatMessage, chatSender, chatText } = pack.roles;
  const occurrences = new Map<string, number>();
  const messages: ChatReading[] = [];
  let previousSender = '';
  for (const message of safeQueryAll(doc, chatMessage, onInvalid)) {
    const senderElement = safeQueryOne(message, chatSender, onInvalid);
    // Grouped messages show the sender once: the lines after it are theirs too.
    const sender = senderElement ? normalizeText(senderElement.textContent) : chatSender ? previousSender : '';
    previousSender = sender;
    let text: string;
    if (chatText) {
      text = normalizeText(safeQueryOne(message, chatText, onInvalid)?.textContent);
    } else {
      text = normalizeText(message.textContent);
      const shownSender = normalizeText(senderElement?.textContent);
      if (shownSender && text.startsWith(shownSender)) text = normalizeText(text.slice(shownSender.length).replace(/^\s*[:：-]/, ''));
    }
    if (!text) continue;
    // Keyed by the whole message as shown, not by the sender and text read from it: teaching
    // the sender or the text later must not turn the messages already counted into new ones.
    const key = normalizeText(message.textContent);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    messages.push({ id: `taught-${digest(`${key}\u0000${occurrence}`)}`, sender, text });
  }
  return messages;
}

export class TaughtReader {
  private readonly presence = new Presence(sameState);
  private raised: string[] = [];
  private readonly seenMessages = new Set<string>();

  constructor(
    private readonly pack: SelectorPack,
    private readonly onInvalid?: (selector: string) => void,
  ) {}

  readPeople(doc: Document): RoomEvent[] {
    if (!this.pack.roles.participantRow) return [];
    const { participants, count } = readPeopleOnce(doc, this.pack, this.onInvalid);
    const events: RoomEvent[] = [];
    const current = new Map(participants.map((p) => [p.id, p]));

    const raisedNow = participants.filter((p) => p.handRaised).map((p) => p.id);
    for (const id of raisedNow) if (!this.raised.includes(id)) events.push({ type: 'hand.raised', id });

    const { events: presence, left } = this.presence.update(current, count);
    events.push(...presence);
    const kept: string[] = [];
    for (const id of this.raised) {
      if (raisedNow.includes(id)) continue;
      if (current.has(id) || left.includes(id) || this.presence.complete(current.size, count)) {
        if (!left.includes(id)) events.push({ type: 'hand.lowered', id });
      } else {
        kept.push(id); // Scrolled out of view: still raised until seen otherwise.
      }
    }

    this.raised = [...kept, ...raisedNow];
    return events;
  }

  readChat(doc: Document): RoomEvent[] {
    if (!this.pack.roles.chatMessage) return [];
    const events: RoomEvent[] = [];
    for (const { id, sender, text } of readChatOnce(doc, this.pack, this.onInvalid)) {
      if (this.seenMessages.has(id)) continue;
      this.seenMessages.add(id);
      events.push({ type: 'chat.message', message: { id, sender, shownTime: null, text, system: sender === '' && !!this.pack.roles.chatSender } });
    }
    return events;
  }
}
