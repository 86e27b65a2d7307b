/**
 * The speaking queue, turns and talk time.
 *
 * Order rule: first come, first served. Raised hands enter the queue in raise order (log order),
 * manual additions go to the end, and the moderator may move anyone. A person already waiting (or
 * speaking) is never added twice: by participant id, or by name for entries without one.
 * A lowered hand leaves the queue, unless the person already has the floor; manual entries stay.
 * A participant who leaves the room loses their waiting raised-hand entry (the platform drops
 * the hand anyway).
 *
 * Skip rule: a skipped person goes to the end of the queue once; skipped a second time, they
 * leave it. Skipping the current speaker (called but not answering) withdraws the floor, does not
 * count as a turn, and applies the same rule. Nobody cycles forever, nobody vanishes on a single
 * click.
 *
 * The moderator may give the floor to anyone waiting: `suggestedNext` only advises, naming the
 * first waiting person among those with the fewest turns so far.
 *
 * Talk time comes from talk.started / talk.stopped; an open interval counts up to `now`, and is
 * closed when the participant leaves or the session ends.
 */
import type { LoggedEvent, QueueSource } from './events';
import { normalizeName, sameName } from './names';
import { foldUpTo, type ViewBuilder } from './fold';

export interface QueueEntry {
  entryId: string;
  participantId: string | null;
  name: string;
  source: QueueSource;
  addedAt: number;
  /** Skipped once already: the next skip removes the entry. */
  skipped: boolean;
}

export interface Turn {
  entryId: string;
  participantId: string | null;
  name: string;
  startedAt: number;
  endedAt: number | null;
  outcome: 'speaking' | 'done' | 'skipped';
}

export interface SpeakerSummary {
  participantId: string;
  name: string;
  present: boolean;
  turns: number;
  talkMs: number;
  talking: boolean;
}

export interface QueueState {
  waiting: QueueEntry[];
  speaking: Turn | null;
  suggestedNext: QueueEntry | null;
  /** Every turn given, in order (skipped ones included, with their outcome). */
  turns: Turn[];
  /** Every participant seen (the moderator using Moderato excepted), in order of arrival. */
  people: SpeakerSummary[];
  /** Present participants who have had no turn yet. */
  notYetSpoken: SpeakerSummary[];
}

interface QueueFold {
  waiting: QueueEntry[];
  speaking: { turn: Turn; entry: QueueEntry } | null;
  turns: Turn[];
  names: Map<string, string>;
  present: Set<string>;
  you: Set<string>;
  handsUp: Set<string>;
  handEntriesMade: Map<string, number>;
  talkClosedMs: Map<string, number>;
  talkingSince: Map<string, number>;
}

export function queueState(events: readonly LoggedEvent[], now: number): QueueState {
  return foldUpTo(queueBuilder(), events, now);
}

/** The same queue kept up to date event by event, for a live session (see attendanceBuilder). */
export function queueBuilder(): ViewBuilder<QueueState> {
  const fold: QueueFold = {
    waiting: [],
    speaking: null,
    turns: [],
    names: new Map(),
    present: new Set(),
    you: new Set(),
    handsUp: new Set(),
    handEntriesMade: new Map(),
    talkClosedMs: new Map(),
    talkingSince: new Map(),
  };
  return { add: (event) => applyQueueEvent(fold, event), read: (now) => readQueue(fold, now) };
}

function applyQueueEvent(fold: QueueFold, event: LoggedEvent): void {
  switch (event.type) {
    case 'participant.joined':
    case 'participant.updated': {
      const { id, name, you, handRaised } = event.participant;
      fold.names.set(id, name);
      fold.present.add(id);
      if (you) fold.you.add(id);
      // The row's flag is the truth after a reload (a snapshot carries no hand.raised); only its
      // changes count, so a skipped-out hand does not come back with every mute or talk update.
      if (handRaised) raiseHand(fold, id, event.at);
      else lowerHand(fold, id);
      return;
    }
    case 'participant.left':
      fold.present.delete(event.id);
      lowerHand(fold, event.id);
      stopTalking(fold, event.id, event.at);
      return;
    case 'hand.raised':
      raiseHand(fold, event.id, event.at);
      return;
    case 'hand.lowered':
      lowerHand(fold, event.id);
      return;
    case 'talk.started':
      if (!fold.talkingSince.has(event.id)) fold.talkingSince.set(event.id, event.at);
      return;
    case 'talk.stopped':
      stopTalking(fold, event.id, event.at);
      return;
    case 'session.ended':
      for (const id of [...fold.talkingSince.keys()]) stopTalking(fold, id, event.at);
      endTurn(fold, event.at, 'done');
      return;
    case 'queue.added': {
      const entry: QueueEntry = {
        entryId: event.entryId,
        participantId: event.participantId ?? null,
        name: event.name,
        source: event.source,
        addedAt: event.at,
        skipped: false,
      };
      if (!isQueued(fold, entry)) fold.waiting.push(entry);
      return;
    }
    case 'queue.moved': {
      const index = fold.waiting.findIndex((entry) => entry.entryId === event.entryId);
      if (index < 0) return;
      const [entry] = fold.waiting.splice(index, 1);
      const target = Math.min(Math.max(0, event.toIndex), fold.waiting.length);
      fold.waiting.splice(target, 0, entry!);
      return;
    }
    case 'queue.removed':
      if (fold.speaking?.entry.entryId === event.entryId) endTurn(fold, event.at, 'done');
      else fold.waiting = fold.waiting.filter((entry) => entry.entryId !== event.entryId);
      return;
    case 'queue.floorGiven': {
      const entry = fold.waiting.find((candidate) => candidate.entryId === event.entryId);
      if (!entry) return;
      endTurn(fold, event.at, 'done');
      fold.waiting = fold.waiting.filter((candidate) => candidate !== entry);
      const turn: Turn = {
        entryId: entry.entryId,
        participantId: entry.participantId,
        name: entry.name,
        startedAt: event.at,
        endedAt: null,
        outcome: 'speaking',
      };
      fold.turns.push(turn);
      fold.speaking = { turn, entry };
      return;
    }
    case 'queue.done':
      if (event.entryId === undefined || fold.speaking?.entry.entryId === event.entryId) endTurn(fold, event.at, 'done');
      return;
    case 'queue.skipped':
      skip(fold, event.entryId, event.at);
      return;
    default:
      return;
  }
}

function isQueued(fold: QueueFold, entry: { participantId: string | null; name: string }): boolean {
  const candidates = fold.speaking ? [...fold.waiting, fold.speaking.entry] : fold.waiting;
  return candidates.some((other) =>
    entry.participantId !== null
      ? other.participantId === entry.participantId
      : other.participantId === null && sameName(other.name, entry.name),
  );
}

function raiseHand(fold: QueueFold, participantId: string, at: number): void {
  if (fold.handsUp.has(participantId)) return;
  fold.handsUp.add(participantId);
  const name = fold.names.get(participantId) ?? participantId;
  if (isQueued(fold, { participantId, name })) return;
  const made = (fold.handEntriesMade.get(participantId) ?? 0) + 1;
  fold.handEntriesMade.set(participantId, made);
  fold.waiting.push({ entryId: `hand:${participantId}:${made}`, participantId, name, source: 'hand', addedAt: at, skipped: false });
}

function lowerHand(fold: QueueFold, participantId: string): void {
  if (!fold.handsUp.delete(participantId)) return;
  fold.waiting = fold.waiting.filter((entry) => !(entry.source === 'hand' && entry.participantId === participantId));
}

function endTurn(fold: QueueFold, at: number, outcome: 'done' | 'skipped'): void {
  if (!fold.speaking) return;
  fold.speaking.turn.endedAt = at;
  fold.speaking.turn.outcome = outcome;
  fold.speaking = null;
}

function skip(fold: QueueFold, entryId: string, at: number): void {
  let entry: QueueEntry | undefined;
  if (fold.speaking?.entry.entryId === entryId) {
    entry = fold.speaking.entry;
    endTurn(fold, at, 'skipped');
  } else {
    entry = fold.waiting.find((candidate) => candidate.entryId === entryId);
    if (!entry) return;
    fold.waiting = fold.waiting.filter((candidate) => candidate !== entry);
  }
  if (!entry.skipped) fold.waiting.push({ ...entry, skipped: true });
}

function stopTalking(fold: QueueFold, id: string, at: number): void {
  const since = fold.talkingSince.get(id);
  if (since === undefined) return;
  fold.talkingSince.delete(id);
  fold.talkClosedMs.set(id, (fold.talkClosedMs.get(id) ?? 0) + Math.max(0, at - since));
}

function readQueue(fold: QueueFold, now: number): QueueState {
  // Turns that count: given and not withdrawn by a skip. Entries without an id count by name.
  const turnsById = new Map<string, number>();
  const turnsByName = new Map<string, number>();
  for (const turn of fold.turns) {
    if (turn.outcome === 'skipped') continue;
    if (turn.participantId !== null) turnsById.set(turn.participantId, (turnsById.get(turn.participantId) ?? 0) + 1);
    else turnsByName.set(normalizeName(turn.name), (turnsByName.get(normalizeName(turn.name)) ?? 0) + 1);
  }

  const people: SpeakerSummary[] = [];
  // Normalising every name is costly in a large class: only when some turn counts by name.
  const byName = (name: string) => (turnsByName.size === 0 ? 0 : turnsByName.get(normalizeName(name)) ?? 0);
  for (const [id, name] of fold.names) {
    if (fold.you.has(id)) continue;
    const since = fold.talkingSince.get(id);
    people.push({
      participantId: id,
      name,
      present: fold.present.has(id),
      turns: (turnsById.get(id) ?? 0) + byName(name),
      talkMs: (fold.talkClosedMs.get(id) ?? 0) + (since === undefined ? 0 : Math.max(0, now - since)),
      talking: since !== undefined,
    });
  }

  const turnsOfEntry = (entry: QueueEntry): number =>
    entry.participantId !== null ? turnsById.get(entry.participantId) ?? 0 : byName(entry.name);
  let suggestedNext: QueueEntry | null = null;
  for (const entry of fold.waiting) {
    if (suggestedNext === null || turnsOfEntry(entry) < turnsOfEntry(suggestedNext)) suggestedNext = entry;
  }

  // Copies: the fold goes on changing after this view is handed out.
  return {
    waiting: fold.waiting.map((entry) => ({ ...entry })),
    speaking: fold.speaking ? { ...fold.speaking.turn } : null,
    suggestedNext: suggestedNext ? { ...suggestedNext } : null,
    turns: fold.turns.map((turn) => ({ ...turn })),
    people,
    notYetSpoken: people.filter((person) => person.present && person.turns === 0),
  };
}
