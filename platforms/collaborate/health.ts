/**
 * Per capability: which method reads it on this page (known selectors, else heuristics), or
 * that it must be done by hand. Collaborate lists raised hands alphabetically inside role groups
 * and gives no per-attendee talking state we know of: those limits are stated, not hidden.
 */
import type { Capability, CapabilityHealth } from '../contract';
import { describeMissing, queryOne } from './selectors';
import type { ChatReading, PeopleReading, ReadMethod } from './reading';

function reading(capability: Capability, method: ReadMethod | null, missing: string): CapabilityHealth {
  if (method) return { capability, status: 'works', method };
  return { capability, status: 'degraded', method: 'manual', detail: `${missing}; no label heuristic found it either` };
}

export function collaborateHealth(doc: Document, people: PeopleReading, chat: ChatReading): CapabilityHealth[] {
  const settings = queryOne(doc, 'settingsTab') !== null;
  return [
    reading('participants', people.method, describeMissing('participantItem')),
    reading('participantCount', people.countMethod, describeMissing('participantsHeader')),
    reading('raisedHands', people.method, describeMissing('participantItem')),
    { capability: 'talking', status: 'manual', method: 'manual', detail: 'no public selector for who is talking' },
    reading('chat', chat.method, describeMissing('chatHistory')),
    { capability: 'postChat', status: 'manual', method: 'manual', detail: 'whether Collaborate accepts a typed message from an extension is unconfirmed' },
    { capability: 'lowerHand', status: 'manual', method: 'manual', detail: 'done from "Attendee Controls" by the moderator' },
    { capability: 'muteAll', status: 'manual', method: 'manual', detail: '"Attendees" → "More options" → "Mute all", by the moderator' },
    settings
      ? { capability: 'lockViewers', status: 'works', method: 'known-selectors' }
      : { capability: 'lockViewers', status: 'manual', method: 'manual', detail: describeMissing('settingsTab') },
  ];
}
