/**
 * The few strings the room script shows in the class page (the overlay frame's title, the picker's
 * sentences and the names of a pack's roles), in files of their own: the room script carries only
 * these into every class page, not the whole interface (about 15 KB gzip).
 */
import fr from './room.fr.json';
import enStrings from './room.en.json';
import type { Locale } from '../locale';

export type RoomMessageKey = keyof typeof fr;
export type RoomMessages = Record<RoomMessageKey, string>;

const en: RoomMessages = enStrings;

export function roomMessagesFor(locale: Locale): RoomMessages {
  return locale === 'en' ? en : fr;
}
