/**
 * How a client version shows people, for RoomReader: its rows, its hands in raise order, its own
 * count. 2.x and 3.0 share one view; 4.0 has its own (v40/people.ts).
 */
import type { ItemReadings } from '../dom/itemReadings';
import { readUserCount } from './count';
import { handsPanelShown, readHandQueue } from './hands';
import { readParticipantRows, type RowContent, type RowReading } from './participants';
import type { BbbVersion } from './version';

/** What the raised-hands list says: names in raise order, and whether it lists every hand. */
export interface HandsReading {
  names: string[];
  /** The list is on the page now. */
  shown: boolean;
  /**
   * Once shown, its absence later also means "no hand" (3.0.17+: the panel goes with the last
   * hand). Not so where the list goes with the panel that holds it (4.0).
   */
  sticky: boolean;
}

/** How one client shows people: its rows, its hands in raise order, its own count. */
export interface PeopleView {
  rows(list: ParentNode, readings?: ItemReadings<RowContent>): RowReading[];
  hands(root: ParentNode, list: ParentNode, toast: Element | null | undefined): HandsReading;
  count(list: ParentNode): number | null;
}

/** 2.x and 3.0: rows with their avatars, the toast or the 3.0.17+ panel, the count attribute or title. */
export function legacyPeopleView(version: BbbVersion): PeopleView {
  return {
    rows: (list, readings) => readParticipantRows(list, readings),
    hands: (root, list, toast) => {
      const shown = handsPanelShown(list);
      return { names: readHandQueue(root, list, toast, shown).map((entry) => entry.name), shown, sticky: true };
    },
    count: (list) => readUserCount(list, version),
  };
}
