/**
 * One user-list row → ParticipantState. BBB puts no user id in the 2.x or 3.0.x DOM and 3.0 row
 * ids (`user-index-N`) are positions, so identity is the display name plus its occurrence among
 * rows with the same name, in list order: "Marie", then "Marie#2" for a second Marie.
 * Duplicates are rare in a class; when two share a name and one leaves, the second keeps "#2"
 * only while both are on screen (documented limit).
 */
import type { ParticipantState } from '../../core/session/events';
import { animationName, afterContent } from '../dom/css';
import { normalizeText, textsOutside } from '../dom/text';
import { YOU_SUFFIX } from './labels';
import { ItemReadings } from '../dom/itemReadings';
import { asElement } from '../dom/observe';
import { SELECTORS, queryAll } from './selectors';

const AVATAR = '[data-test="moderatorAvatar"], [data-test="viewerAvatar"], [data-test="userAvatar"], [data-test-avatar]';

/** BBB icon-font glyphs in the avatar's ::after. */
const AUDIO_GLYPH = { unmuted: '\ue931', muted: '\ue932', listenOnly: '\ue90c' } as const;

export interface RowReading {
  /** The participant without `talking` from the nav bar (merged in by the reader). */
  state: ParticipantState;
  /** The avatar pulses (talking), for merging with the nav-bar indicator. */
  avatarTalking: boolean;
}

export function participantId(name: string, occurrence: number): string {
  return occurrence <= 1 ? name : `${name}#${occurrence}`;
}

function avatarsOf(row: Element): Element[] {
  return [...row.querySelectorAll(AVATAR)];
}

/** Avatars, plus the raised-hands avatar that carries a position number. */
const NOT_NAME = `${AVATAR}, [data-test="avatarsWrapperAvatar"]`;

/** The first text of the row outside the avatar, icons and aria-hidden sub-labels, minus "(Vous)". */
export function displayName(row: Element): string {
  const texts = textsOutside(
    row,
    (element) =>
      // The walk goes down from the row and skips whole subtrees: matching the avatar is enough.
      element.matches(NOT_NAME) ||
      element.tagName === 'I' ||
      element.tagName === 'EM-EMOJI' ||
      element.hasAttribute('aria-hidden'),
  );
  // "(Vous)" may be its own text node (2.x `<i>`, 3.0 plain text): skip it wherever it is.
  return texts.map((text) => normalizeText(text.replace(YOU_SUFFIX, ''))).find((text) => text !== '') ?? '';
}

function hasRaisedHand(avatars: readonly Element[]): boolean {
  return avatars.some(
    (avatar) =>
      !!avatar.querySelector('em-emoji[native="✋"], .icon-bbb-hand') ||
      (avatar.textContent ?? '').includes('✋'),
  );
}

/** Mute state from the ::after glyph: null when not in audio. Listen-only counts as muted. */
function mutedState(avatars: readonly Element[]): boolean | null {
  for (const avatar of avatars) {
    const glyph = afterContent(avatar);
    if (glyph.includes(AUDIO_GLYPH.muted) || glyph.includes(AUDIO_GLYPH.listenOnly)) return true;
    if (glyph.includes(AUDIO_GLYPH.unmuted)) return false;
  }
  return null;
}

/** 3.0 pulses the avatar itself; 2.x pulses a child div of it. */
function avatarPulses(avatars: readonly Element[]): boolean {
  for (const avatar of avatars) {
    if (/pulse/i.test(animationName(avatar))) return true;
    for (const child of avatar.querySelectorAll('div')) if (/pulse/i.test(animationName(child))) return true;
  }
  return false;
}

function sharesWebcam(row: Element): boolean {
  if (row.querySelector('.icon-bbb-video, .icon-bbb-pin-video_on')) return true;
  // Sub-labels are "Webcam | Modérateur" in one span (2.x) or separate spans (3.0).
  return [...row.querySelectorAll('span')].some((span) =>
    (span.textContent ?? '').split('|').some((part) => normalizeText(part).replace(/^[^\p{L}]+/u, '') === 'Webcam'),
  );
}

/** What one row shows, before its id (which depends on the rows above it). */
export type RowContent = { name: string; state: Omit<ParticipantState, 'id' | 'name'>; avatarTalking: boolean };

function readRow(row: Element): RowContent {
  const avatars = avatarsOf(row);
  return {
    name: displayName(row),
    state: {
      role: row.querySelector('[data-test="moderatorAvatar"]') ? 'moderator' : 'viewer',
      presenter: row.querySelector('[data-test-presenter]') !== null,
      you: row.getAttribute('data-test') === 'userListItemCurrent',
      handRaised: hasRaisedHand(avatars),
      talking: false,
      muted: mutedState(avatars),
      webcam: sharesWebcam(row),
    },
    avatarTalking: avatarPulses(avatars),
  };
}

/** Row readings kept between reads (see ItemReadings); created by the reader that observes the list. */
export function rowReadings(): ItemReadings<RowContent> {
  // 3.0 rows carry their position (`user-index-N`), which changes for every row below a newcomer.
  return new ItemReadings(SELECTORS.userItem.css, { ignoredOwnAttributes: ['id', 'tabindex'] });
}

/**
 * Reads every participant row in list order, giving each its stable id. With `readings`, rows
 * untouched since the last read are not read again. `read`: how one row is read (4.0 rows differ).
 */
export function readParticipantRows(root: ParentNode, readings?: ItemReadings<RowContent>, read: (row: Element) => RowContent = readRow): RowReading[] {
  const seen = new Map<string, number>();
  const result: RowReading[] = [];
  // Kept between reads only under an element (the observed list), never the whole document.
  const list = asElement(root as Node);
  const rows = readings && list ? readings.items(list, (within) => queryAll(within, 'userItem')) : queryAll(root, 'userItem');
  for (const row of rows) {
    const content = readings ? readings.read(row, read) : read(row);
    const { name } = content;
    if (!name) continue; // skeleton or half-rendered row
    const occurrence = (seen.get(name) ?? 0) + 1;
    seen.set(name, occurrence);
    const id = participantId(name, occurrence);
    // Only kept readings come back unchanged; a fresh one has nothing to reuse.
    result.push(readings ? rowReading(content, id) : { state: { id, name, ...content.state }, avatarTalking: content.avatarTalking });
  }
  return result;
}

/**
 * A kept row's reading is handed out again as long as its id is the same: a busy room re-reads a
 * hundred rows several times a second, and fresh objects for each would be garbage in the page's
 * own heap.
 */
const readingOfContent = new WeakMap<RowContent, RowReading>();

function rowReading(content: RowContent, id: string): RowReading {
  const known = readingOfContent.get(content);
  if (known?.state.id === id) return known;
  const reading = { state: { id, name: content.name, ...content.state }, avatarTalking: content.avatarTalking };
  readingOfContent.set(content, reading);
  return reading;
}
