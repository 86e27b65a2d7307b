/**
 * The bilingual (FR + EN) vocabulary the heuristic readers recognise, compared after folding case,
 * accents and spacing. Entries come from the platforms' help pages and public scripts (see
 * docs/platforms/collaborate.md and via.md); several French ones are plausible rather than confirmed.
 */

/** Lower case, no accents, no typographic quotes, single spaces. */
export function fold(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'`«»“”"]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function words(...entries: string[]): RegExp {
  const alternatives = entries.map((entry) => fold(entry).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|[^a-z])(${alternatives.join('|')})([^a-z]|$)`);
}

/** Names of a participant list or panel. */
export const PARTICIPANTS = words(
  'participants', 'liste des participants', 'attendees', 'personnes presentes', 'utilisateurs', 'users', 'users list',
  'liste des utilisateurs', 'roster',
);

/** Names of a chat log or panel. */
export const CHAT = words('chat', 'discussion', 'discussions', 'messages', 'clavardage', 'chat history', 'historique de discussion');

/** Names of a raised-hand marker. */
export const RAISED_HAND = words('main levee', 'main levée', 'raised hand', 'hand raised', 'demande la parole', 'a leve la main');

/** Headings of role groups in a participant list: "Moderators (2)", "Modérateurs (2)". */
export const MODERATOR_GROUP = words('moderators', 'moderator', 'moderateurs', 'moderateur', 'hosts', 'host', 'hote', 'hotes', 'animateurs', 'animateur', 'animators');
export const PRESENTER_GROUP = words('presenters', 'presenter', 'presentateurs', 'presentateur');
export const VIEWER_GROUP = words('participants', 'participant', 'viewers', 'spectateurs', 'sous-titreurs', 'captioners');

export function matches(pattern: RegExp, text: string | null | undefined): boolean {
  return pattern.test(fold(text));
}

/** A clock time as chats show it: 14:05, 9h05, 2:05 PM. */
export const SHOWN_TIME = /^\s*(\d{1,2}[:h]\d{2}(?:\s?[ap]\.?m\.?)?)\s*$/i;

/** The first number in a label ("Attendees 8", "8 Personnes présentes", "Participants (8)"). */
export function countIn(text: string | null | undefined): number | null {
  const match = (text ?? '').match(/\d+/);
  return match ? Number(match[0]) : null;
}
