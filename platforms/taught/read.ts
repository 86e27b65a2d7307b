/**
 * Streams a taught room as RoomEvents. One MutationObserver on the body (the pack names items,
 * not containers, and sites replace containers freely), filtered cheaply: a mutation counts only
 * when it happens inside an element a role names, adds or removes one, or touches the parent of
 * one found last time (a re-styled list may stop matching). People and chat are
 * re-read only when their own elements moved, at the shared pace (READ_PACE). Nothing is armed
 * while the page is quiet; everything stops when `signal` aborts.
 */
import type { CapabilityHealth, ReadSink } from '../contract';
import type { RoomEvent } from '../../core/session/events';
import { asElement, observeBatched } from '../dom/observe';
import { createReadScheduler, READ_PACE } from '../dom/readScheduler';
import { safeClosest, safeMatches, safeQueryAll, safeQueryOne, slowSelectorIn } from './query';
import type { PackRole, SelectorPack } from '../../core/packs/schema';
import { PICKER_HOST_TAG } from '../picker/picker';
import { switchedOffHealth, TaughtHealth } from './health';
import { TaughtReader } from './reader';

/** The picker's host (its own mutations are never the room's). */
export { PICKER_HOST_TAG };

const WATCH_ALL: MutationObserverInit = { childList: true, subtree: true, attributes: true, characterData: true };

const PEOPLE_ROLES: PackRole[] = ['participantRow', 'participantCount'];
const CHAT_ROLES: PackRole[] = ['chatMessage', 'chatInput', 'chatSend'];

function selectorsOf(pack: SelectorPack, roles: PackRole[]): string[] {
  return roles.map((role) => pack.roles[role]).filter((selector): selector is string => !!selector);
}

function holds(node: Node, selectors: readonly string[]): boolean {
  const element = asElement(node);
  if (!element || element.localName === PICKER_HOST_TAG) return false;
  return selectors.some((selector) => safeMatches(element, selector) || safeQueryOne(element, selector) !== null);
}

function inside(node: Node, selectors: readonly string[]): boolean {
  const element = asElement(node) ?? node.parentElement;
  if (!element) return false;
  return selectors.some((selector) => safeClosest(element, selector) !== null);
}

/** A change on an ancestor of what was found (a class on the list, a container swapped) may hide it all. */
function above(node: Node, anchors: readonly Element[]): boolean {
  const element = asElement(node);
  return !!element && anchors.some((anchor) => element === anchor || element.contains(anchor));
}

function concerns(records: MutationRecord[], selectors: readonly string[], anchors: readonly Element[]): boolean {
  if (selectors.length === 0) return false;
  return records.some(
    (record) =>
      inside(record.target, selectors) ||
      above(record.target, anchors) ||
      (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].some((node) => holds(node, selectors))),
  );
}

export function readTaught(doc: Document, pack: SelectorPack, sink: ReadSink, outer: AbortSignal): void {
  if (outer.aborted) return;
  // Aborted too when a selector proves too slow for this page: the pack is switched off here.
  const switchOff = new AbortController();
  const signal = AbortSignal.any([outer, switchOff.signal]);
  const refused = new Set<string>();
  const onInvalid = (selector: string) => {
    if (refused.has(selector)) return;
    refused.add(selector);
    sink.error(new Error(`The page refuses the taught selector ${JSON.stringify(selector)}`));
  };
  const reader = new TaughtReader(pack, onInvalid);
  const health = new TaughtHealth(pack);
  let lastHealth = '';
  const peopleSelectors = selectorsOf(pack, PEOPLE_ROLES);
  const chatSelectors = selectorsOf(pack, CHAT_ROLES);

  // The parents of what each concern found last time (a handful of elements, not every row).
  let peopleAnchors: Element[] = [];
  let chatAnchors: Element[] = [];
  // Earlier parents still in the page stay watched: a list that stopped matching may match again.
  const anchorsOf = (selectors: readonly string[], previous: readonly Element[]) => {
    const parents = new Set<Element>();
    for (const selector of selectors) for (const element of safeQueryAll(doc, selector)) if (element.parentElement) parents.add(element.parentElement);
    for (const element of previous) if (element.isConnected) parents.add(element);
    return [...parents].slice(0, 20);
  };

  /** True (and the pack switched off, its health said) when a selector was too slow for the page. */
  const tooSlow = () => {
    const slow = slowSelectorIn(doc, pack);
    if (!slow) return false;
    switchOff.abort();
    sink.health(switchedOffHealth(slow));
    return true;
  };

  const run = (people: boolean, chat: boolean) => {
    if (signal.aborted) return;
    const events: RoomEvent[] = [];
    if (people) events.push(...reader.readPeople(doc));
    if (chat) events.push(...reader.readChat(doc));
    if (tooSlow()) return;
    if (people) peopleAnchors = anchorsOf(peopleSelectors, peopleAnchors);
    if (chat) chatAnchors = anchorsOf(chatSelectors, chatAnchors);
    if (events.length > 0) sink.events(events);
    const now: CapabilityHealth[] = health.evaluate(doc, onInvalid);
    const key = JSON.stringify(now);
    if (key !== lastHealth) {
      lastHealth = key;
      sink.health(now);
    }
  };

  try {
    run(true, true);
  } catch (error) {
    sink.error(error);
  }
  const reads = createReadScheduler<'people' | 'chat'>({
    read: (due) => run(due.has('people'), due.has('chat')),
    onError: (error) => sink.error(error),
    signal,
    ...READ_PACE,
  });
  observeBatched({
    target: doc.body ?? doc.documentElement,
    options: WATCH_ALL,
    onBatch(records) {
      if (tooSlow()) return;
      // Anchors are those of the last read: a change above what was found still counts.
      if (concerns(records, peopleSelectors, peopleAnchors)) reads.schedule('people');
      if (concerns(records, chatSelectors, chatAnchors)) reads.schedule('chat');
    },
    onError: (error) => sink.error(error),
    signal,
  });
}
