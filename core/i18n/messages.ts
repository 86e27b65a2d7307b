/**
 * Moderato's interface strings, French first. A plain module rather than browser.i18n so that
 * the same strings serve the overlay, the side panel and the unit tests. One flat key → string
 * file per language (the key-value JSON that Weblate, Crowdin and Lokalise read); French is the
 * source: its keys define MessageKey, and the unit test holds English to them.
 */
import fr from './fr.json';
import enStrings from './en.json';

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;

const en: Messages = enStrings;

import type { Locale } from '../locale';
export type { Locale };

/** French unless the browser asks for English (any other language falls back to French). */
export function pickLocale(languages: readonly string[]): Locale {
  const first = languages.find((l) => /^(fr|en)\b/i.test(l));
  return first?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : fr;
}

/** Fills `{name}` placeholders of a message. Values stay plain text: views render them as text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
