/**
 * Reads the room once: attendees, hands, count and chat, each by known selectors first and by
 * the platform-independent heuristics when those find nothing. Every reading says which method
 * produced it, for health. Pure functions of the document.
 */
import type { HealthMethod } from '../contract';
import type { ParticipantState } from '../../core/session/events';
import { digest, normalizeText, visibleText } from '../dom/text';
import { countIn, ownTexts, readChatByHeuristics, readParticipantsByHeuristics, roleOfLabel } from '../heuristics';
import { queryAll, queryOne } from './selectors';

export type ReadMethod = Extract<HealthMethod, 'known-selectors' | 'heuristics'>;

export interface PeopleReading {
  method: ReadMethod | null;
  /** In list order; hands in the order shown. */
  participants: ParticipantState[];
  count: number | null;
  countMethod: ReadMethod | null;
}

export interface ChatItem {
  id: string;
  sender: string;
  shownTime: string | null;
  text: string;
  system: boolean;
}

export interface ChatReading {
  method: ReadMethod | null;
  messages: ChatItem[];
}

export function participantId(name: string, occurrence: number): string {
  return occurrence <= 1 ? name : `${name}#${occurrence}`;
}

interface Row {
  name: string;
  role: ParticipantState['role'];
  presenter: boolean;
  handRaised: boolean;
}

function toStates(rows: Row[]): ParticipantState[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const occurrence = (seen.get(row.name) ?? 0) + 1;
    seen.set(row.name, occurrence);
    return {
      id: participantId(row.name, occurrence),
      name: row.name,
      role: row.role,
      presenter: row.presenter,
      you: false,
      handRaised: row.handRaised,
      talking: false,
      muted: null,
      webcam: false,
    };
  });
}

const GROUP_HEADING = /\(\s*\d+\s*\)\s*$/;

function knownRows(doc: ParentNode): Row[] | null {
  const items = queryAll(doc, 'participantItem');
  const roster = items.length > 0 ? [] : queryAll(doc, 'participantRoster');
  const all = items.length > 0 ? items : roster;
  if (all.length === 0) return null;
  const list = queryOne(doc, 'participantScroller') ?? all[0]!.parentElement!;
  // Group headings ("Moderators (1)") are the list's other entries; an item takes the last one before it.
  const headings = [...list.querySelectorAll('*')].filter(
    (element) => !all.some((item) => item === element || item.contains(element) || element.contains(item)) && GROUP_HEADING.test(visibleText(element)) && element.children.length === 0,
  );
  return all.map((item) => {
    let group = { role: 'viewer' as ParticipantState['role'], presenter: false };
    for (const heading of headings) if (heading.compareDocumentPosition(item) & 4) group = roleOfLabel(visibleText(heading)) ?? group;
    const name = visibleText(item.querySelector('.participant-name')) || (ownTexts(item)[0] ?? '');
    return { name: normalizeText(name), ...group, handRaised: item.querySelector('.status-hand-raised') !== null };
  });
}

function knownCount(doc: ParentNode): number | null {
  const header = queryOne(doc, 'participantsHeader');
  const fromHeader = header ? countIn(visibleText(header)) : null;
  if (fromHeader !== null) return fromHeader;
  return countIn(queryOne(doc, 'participantsTab')?.getAttribute('aria-label'));
}

export function readPeople(doc: ParentNode): PeopleReading {
  const known = knownRows(doc);
  const count = knownCount(doc);
  if (known) {
    const heuristicCount = count === null ? readParticipantsByHeuristics(doc)?.list.count ?? null : null;
    return {
      method: 'known-selectors',
      participants: toStates(known.filter((row) => row.name !== '')),
      count: count ?? heuristicCount,
      countMethod: count !== null ? 'known-selectors' : heuristicCount !== null ? 'heuristics' : null,
    };
  }
  const found = readParticipantsByHeuristics(doc);
  if (!found) return { method: null, participants: [], count, countMethod: count !== null ? 'known-selectors' : null };
  const rows: Row[] = found.participants.map(({ name, role, presenter, handRaised }) => ({ name, role, presenter, handRaised }));
  return {
    method: 'heuristics',
    participants: toStates(rows),
    count: count ?? found.list.count,
    countMethod: count !== null ? 'known-selectors' : found.list.count !== null ? 'heuristics' : null,
  };
}

function withIds(messages: Omit<ChatItem, 'id'>[]): ChatItem[] {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const key = `${message.system ? 's' : 'm'}|${message.sender}|${message.shownTime ?? ''}|${message.text}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return { id: `bbc:${digest(key)}:${occurrence}`, ...message };
  });
}

function knownChat(doc: ParentNode): Omit<ChatItem, 'id'>[] | null {
  const history = queryOne(doc, 'chatHistory');
  if (!history) return null;
  const messages: Omit<ChatItem, 'id'>[] = [];
  let previous = '';
  for (const item of queryAll(doc, 'chatItem')) {
    if (item.classList.contains('chat-history__activity-item--activity')) {
      messages.push({ sender: '', shownTime: null, text: visibleText(item), system: true });
      continue;
    }
    // Consecutive messages of one sender show the name once: carry it forward.
    const sender = visibleText(item.querySelector('.chat-message__name .participant-name')) || previous;
    previous = sender;
    const time = visibleText(item.querySelector('.chat-message__time')) || null;
    messages.push({ sender, shownTime: time, text: visibleText(item.querySelector('.chat-message__body')), system: false });
  }
  return messages;
}

export function readChat(doc: ParentNode): ChatReading {
  const known = knownChat(doc);
  if (known) return { method: 'known-selectors', messages: withIds(known) };
  const found = readChatByHeuristics(doc);
  if (!found) return { method: null, messages: [] };
  return { method: 'heuristics', messages: withIds(found.messages) };
}
