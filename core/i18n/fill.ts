/** The two helpers every part needs, apart from the message files so the room script can use them alone. */
import type { Locale } from '../locale';

/** French unless the browser asks for English (any other language falls back to French). */
export function pickLocale(languages: readonly string[]): Locale {
  const first = languages.find((l) => /^(fr|en)\b/i.test(l));
  return first?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Fills `{name}` placeholders of a message. Values stay plain text: views render them as text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
