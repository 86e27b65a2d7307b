/**
 * The reader's memory: the last snapshot of the room, and the diff that turns a fresh reading of
 * the page into RoomEvents. No DOM observing here (see read.ts), so it is easy to test.
 *
 * Leaves with virtualised lists: 2.x renders only the rows near the viewport (overscan 30) and
 * 3.0 renders the user list in pages of 50 loaded on scroll, so a row that disappears may just
 * have scrolled out; the platform count decides (platforms/presence.ts). Without a count (2.x
 * title missing) nobody is ever marked gone.
 */
import type { ParticipantState, RoomEvent } from '../../core/session/events';
import { Presence } from '../presence';
import { addedItems3, readChat, readItem3, removedItems3, type Item3 } from './chat';
import { participantId, rowReadings } from './participants';
import { legacyPeopleView, type PeopleView } from './peopleView';
import { readTalkingNames } from './talking';
import type { BbbVersion } from './version';

function sameVisibleState(a: ParticipantState, b: ParticipantState): boolean {
  // Hands and talking travel as their own events; an update is for everything else.
  return (
    a.name === b.name && a.role === b.role && a.presenter === b.presenter && a.you === b.you &&
    a.muted === b.muted && a.webcam === b.webcam
  );
}

export class RoomReader {
  private readonly presence = new Presence(sameVisibleState);
  private raised = new Set<string>();
  private talking = new Set<string>();
  private handPanelSeen = false;
  private readonly seenMessages = new Set<string>();
  private readonly senderBySequence = new Map<number, string>();
  /** 3.0: the highest message number read, and the numbers that went by unread (see readChat). */
  private highestSequence: number | null = null;
  private readonly missedSequences = new Set<number>();
  /** 3.0 messages removed from the page before a read saw them (see `changed`). */
  private removedUnread: Item3[] = [];
  /**
   * 3.0, when every mutation comes through `changed`: once one read has seen the whole chat list,
   * the next ones read only the items added since (a busy chat mounts a hundred, adds a few).
   */
  private chatListRead = false;
  private addedSinceRead = new Set<Element>();

  /** Row readings kept between reads, when the caller reports every mutation (see `changed`). */
  private readonly rows?: ReturnType<typeof rowReadings>;
  private readonly rememberItems: boolean;

  /**
   * `rememberItems`: read again only the rows that mutations touched, and only the 3.0 messages
   * they added. The caller must then pass every mutation of the user list and chat to `changed`
   * (read.ts does).
   */
  private readonly view: PeopleView;

  constructor(
    private readonly version: BbbVersion,
    { rememberItems = false, view }: { rememberItems?: boolean; view?: PeopleView } = {},
  ) {
    this.rememberItems = rememberItems;
    this.view = view ?? legacyPeopleView(version);
    if (rememberItems) this.rows = rowReadings();
  }

  /**
   * Mutations an observer saw: the rows they touched will be read again, the 3.0 messages they
   * added will be read. 3.0 messages removed before any read saw them are read now, from the
   * removed nodes, for the next read.
   */
  changed(concern: 'people' | 'chat', records: readonly MutationRecord[]): void {
    if (concern === 'people') this.rows?.forget(records);
    if (concern !== 'chat' || this.version !== '3.0') return;
    if (this.chatListRead) for (const element of addedItems3(records)) this.addedSinceRead.add(element);
    for (const element of removedItems3(records)) {
      // Most removed items were read long ago: their number says so without reading them.
      const sequence = element.getAttribute('data-sequence');
      if (sequence && this.seenMessages.has(`seq:${sequence}`)) continue;
      const item = readItem3(element);
      if (item.id && !this.seenMessages.has(item.id)) this.removedUnread.push(item);
    }
  }

  /**
   * Participants, count, hands and talking: the events since the last call. `where`, when the
   * caller knows them: the user-list panel, the nav-bar talking indicator and the raised-hands
   * toast (null: none), so rows, count, talkers and hands are not searched for in the whole page.
   */
  readPeople(root: ParentNode, where: { list?: ParentNode; talking?: ParentNode; toast?: Element | null } = {}): RoomEvent[] {
    const { list: listRoot = root, talking: talkingRoot = root } = where;
    const rows = this.view.rows(listRoot, this.rows);
    const talkingNames = readTalkingNames(talkingRoot);
    const hands = this.view.hands(root, listRoot, where.toast);
    const count = this.view.count(listRoot);
    // In raise order, each once.
    const queued = new Set(hands.names.map((name) => participantId(name, 1)));

    const current = new Map<string, ParticipantState>();
    for (const { state, avatarTalking } of rows) {
      const talking = avatarTalking || talkingNames.has(state.name);
      const handRaised = state.handRaised || queued.has(state.id);
      // The row's own state when nothing is added to it: most rows, at most reads.
      current.set(state.id, talking === state.talking && handRaised === state.handRaised ? state : { ...state, talking, handRaised });
    }

    const events: RoomEvent[] = [];

    // Hands first, in raise order, so joins and updates below do not impose list order.
    const raisedNow = this.raisedIds(current, queued);
    for (const id of raisedNow) if (!this.raised.has(id)) events.push({ type: 'hand.raised', id });

    const { events: presence, left } = this.presence.update(current, count);
    events.push(...presence);

    // The 3.0.17+ panel lists every hand and disappears with the last one: once seen, its
    // contents (or its absence) are complete. The toast shows only the first few hands.
    if (hands.shown) this.handPanelSeen = true;
    const queueComplete = hands.sticky ? this.handPanelSeen : hands.shown;
    const raisedSet = new Set(raisedNow);
    for (const id of this.raised) {
      if (raisedSet.has(id) || left.includes(id)) continue;
      // A raised hand scrolled out of view stays raised until we see otherwise.
      if (current.has(id) || queueComplete) events.push({ type: 'hand.lowered', id });
      else raisedSet.add(id);
    }
    for (const id of left) raisedSet.delete(id);

    const talkingNow = new Set<string>();
    // forEach, not for…of: no entry array per participant at every read.
    current.forEach((state, id) => {
      if (state.talking) talkingNow.add(id);
    });
    for (const name of talkingNames) if (!current.has(participantId(name, 1))) talkingNow.add(participantId(name, 1));
    for (const id of talkingNow) if (!this.talking.has(id)) events.push({ type: 'talk.started', id });
    for (const id of this.talking) if (!talkingNow.has(id)) events.push({ type: 'talk.stopped', id });

    this.raised = raisedSet;
    this.talking = talkingNow;
    return events;
  }

  /**
   * Public chat: each message once, however often its row re-renders or re-pages. `root` may be
   * the chat list.
   *
   * 3.0 numbers the public chat's messages and mounts only its last two pages of 50: a burst of
   * more than that between two reads replaces them before some are ever shown. The numbers tell
   * how many went by: they are sent as `chat.missed` (counted, not read), and if one of them
   * shows up later (the moderator scrolls up) it is not counted again.
   */
  readChat(root: ParentNode): RoomEvent[] {
    const removed = this.removedUnread.sort((a, b) => a.sequence - b.sequence);
    this.removedUnread = [];
    const reading = readChat(root, this.version, (sequence) => this.senderBefore(sequence), removed, this.addedItemsOnly());
    const events: RoomEvent[] = [];
    const fresh = new Set<number>();
    for (const message of reading.messages) {
      const sequence = reading.sequences.get(message.id);
      if (sequence !== undefined && message.sender) this.senderBySequence.set(sequence, message.sender);
      if (this.seenMessages.has(message.id)) continue;
      this.seenMessages.add(message.id);
      if (sequence !== undefined) {
        if (this.missedSequences.delete(sequence)) continue;
        fresh.add(sequence);
      }
      events.push({ type: 'chat.message', message });
    }
    const missed = this.gapBefore(fresh);
    if (missed > 0) events.unshift({ type: 'chat.missed', count: missed });
    return events;
  }

  /**
   * The chat list was replaced or lost (read.ts watches it): the next read reads it whole, as do
   * all reads when mutations do not come through `changed`.
   */
  chatListChanged(): void {
    this.chatListRead = false;
    this.addedSinceRead.clear();
  }

  /** The 3.0 items added since the last read, in page order; undefined: read the whole list. */
  private addedItemsOnly(): Element[] | undefined {
    if (this.version !== '3.0' || !this.rememberItems) return undefined;
    const known = this.chatListRead;
    this.chatListRead = true;
    if (!known) return undefined;
    // One that left again before this read is among the removed ones, if it was not read.
    const added = [...this.addedSinceRead].filter((element) => element.isConnected);
    this.addedSinceRead.clear();
    return added.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)); // 4: b follows a
  }

  /** Sequences above the highest seen so far that this reading skipped: counted, then remembered. */
  private gapBefore(fresh: ReadonlySet<number>): number {
    if (fresh.size === 0) return 0;
    const highest = Math.max(...fresh);
    const previous = this.highestSequence;
    this.highestSequence = Math.max(highest, previous ?? highest);
    // The first reading starts wherever the mounted pages start: what came before is history.
    if (previous === null) return 0;
    let missed = 0;
    for (let sequence = previous + 1; sequence < highest; sequence++) {
      if (fresh.has(sequence) || this.seenMessages.has(`seq:${sequence}`)) continue;
      this.missedSequences.add(sequence);
      missed++;
    }
    return missed;
  }

  /** The current state of one participant as last read (for actions). */
  participant(id: string): ParticipantState | undefined {
    return this.presence.get(id);
  }

  private senderBefore(sequence: number): string | null {
    for (let previous = sequence - 1; previous >= 0 && previous >= sequence - 500; previous -= 1) {
      // A message that went by unread (or is going by, above the highest read) may have changed
      // the sender: unknown rather than wrong.
      if (this.missedSequences.has(previous) || (this.highestSequence !== null && previous > this.highestSequence)) return null;
      const sender = this.senderBySequence.get(previous);
      if (sender !== undefined) return sender;
    }
    return null;
  }

  private raisedIds(current: Map<string, ParticipantState>, queued: ReadonlySet<string>): string[] {
    const ordered = new Set(queued);
    current.forEach((state, id) => {
      if (state.handRaised) ordered.add(id);
    });
    return [...ordered];
  }
}
