/**
 * Moderato's interface strings, French first. A plain module rather than browser.i18n so that
 * the same strings serve the overlay, the side panel and the unit tests. One flat key → string
 * file per language (the key-value JSON that Weblate, Crowdin and Lokalise read), plus the room
 * page's few strings in room.<locale>.json (room.ts); French is the source: its keys define
 * MessageKey, and the unit test holds English to them.
 */
import fr from './fr.json';
import enStrings from './en.json';
import { roomMessagesFor, type RoomMessageKey } from './room';
import type { Locale } from '../locale';

export type { Locale };
export { fill, pickLocale } from './fill';
export type MessageKey = keyof typeof fr | RoomMessageKey;
export type Messages = Record<MessageKey, string>;

const all: Record<Locale, Messages> = {
  fr: { ...fr, ...roomMessagesFor('fr') },
  en: { ...(enStrings as Record<keyof typeof fr, string>), ...roomMessagesFor('en') },
};

export function messagesFor(locale: Locale): Messages {
  return all[locale];
}
