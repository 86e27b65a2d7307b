/**
 * Streams a 4.0 room as RoomEvents through read.ts's skeleton (one observer per container,
 * gathered reads, nothing while quiet), with 4.0's containers: the participants panel and the chat
 * list, each only while the side panel shows it, and the nav bar's talking indicator. Nothing is
 * opened to read: while the participants are closed, nobody is marked gone and hands stay as last
 * seen (health says hidden); when they open again, the reader settles what changed.
 */
import type { ReadSink } from '../../contract';
import { readRoom } from '../read';
import { RoomReader } from '../roomReader';
import { bbb40Health } from './health';
import { PEOPLE_VIEW_40 } from './people';
import { SELECTORS_40 } from './selectors';

export function readBbb40(doc: Document, sink: ReadSink, signal: AbortSignal): void {
  readRoom(doc, sink, signal, {
    // 4.0's chat items are 3.0's (chatMessageItem, data-sequence, last two pages of 50).
    reader: new RoomReader('3.0', { rememberItems: true, view: PEOPLE_VIEW_40 }),
    health: bbb40Health,
    containers: {
      userListPanel: SELECTORS_40.userListPanel.css,
      talkingIndicator: SELECTORS_40.talkingIndicator.css,
      chatMessages: SELECTORS_40.chatMessages.css,
    },
    // 4.0 shows raised hands only in the participants panel.
    toast: false,
    readsChatAtOnce: false,
    // The side panel may show the participants instead: no chat list, no chat read. (A closed
    // participants panel likewise leaves the page with no rows, and the view reads none.)
    chatOnlyInList: true,
  });
}
