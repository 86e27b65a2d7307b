/**
 * Question detection for chat messages, in French and English as pupils actually type them.
 *
 * A message is a question when it ends with "?" (emoji and closing brackets after it allowed), or,
 * when it has no "?", when it opens with an interrogative form. Exclamations ("Quelle horreur !",
 * "What a mess!") and fixed expressions ("pourquoi pas", "quand même", "who cares") are not.
 * English auxiliaries ("is", "can", "do"…) only count when a subject follows ("Can you…",
 * "Do we…"), so imperatives and replies ("Do exercise 3", "Can confirm") stay statements.
 * "quand"/"when" followed by "je"/"I" narrate what happened ("Quand je clique ça plante").
 * "ou" without its accent is "or" and never counts.
 */

/** Opening words that make a question on their own (after the exclusions below). */
const INTERROGATIVE_WORDS = new Set([
  // French, with the abbreviations pupils type.
  'pourquoi', 'pk', 'pq', 'pkoi', 'pourkoi', 'comment', 'cmt', 'combien', 'quand', 'qui',
  'quoi', 'koi', 'où', 'quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'lesquels',
  'lesquelles',
  // English.
  'how', 'why', 'what', 'when', 'where', 'who', 'whom', 'whose', 'which',
]);

/** English auxiliaries: a question only when a subject follows. */
const AUXILIARIES = new Set([
  'is', 'are', 'am', 'was', 'were', 'can', 'could', 'do', 'does', 'did', 'will', 'would',
  'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had',
]);

const SUBJECTS = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'it', 'this', 'that', 'these', 'those', 'there', 'the',
  'a', 'an', 'my', 'your', 'our', 'his', 'her', 'their', 'anyone', 'anybody', 'someone',
  'somebody', 'everyone', 'everybody', 'u',
]);

/** Openings that look interrogative but are not questions. */
const NOT_QUESTION_OPENINGS = [
  'pourquoi pas', 'comment dire', 'quand même', 'qui plus est', 'quoi qu', 'quoi que',
  'quel que', 'quelle que', 'quels que', 'quelles que', 'what a ', 'what an ', 'who cares',
  'how about that',
];

/** Words of address or filler a pupil may put first ("Madame, comment on fait"). */
const LEADING_FILLERS = new Set([
  'madame', 'monsieur', 'mme', 'mr', 'm', 'prof', 'bonjour', 'bonsoir', 'salut', 'coucou',
  'excusez-moi', 'pardon', 'mais', 'et', 'alors', 'euh', 'donc', 'sinon', 'svp', 'stp',
  'hello', 'hi', 'sorry', 'excuse', 'me', 'please', 'so', 'and', 'but', 'ok', 'okay', 'oui', 'non',
]);

/** "Peut-on", "Faut-il", "Va-t-elle": inversion is a question in French. */
const FRENCH_INVERSION = /^\p{L}+-(t-)?(je|tu|il|elle|on|ils|elles)$/u;
/**
 * With "vous"/"nous" the same shape is usually an imperative ("Connectez-vous", "Dépêchons-nous"),
 * so only the verbs pupils use to ask count ("Pouvez-vous répéter", "Devons-nous rendre").
 */
const FRENCH_INVERSION_NOUS_VOUS = new Set([
  'avez-vous', 'êtes-vous', 'pouvez-vous', 'voulez-vous', 'devez-vous', 'savez-vous', 'allez-vous',
  'avons-nous', 'sommes-nous', 'pouvons-nous', 'devons-nous', 'allons-nous', 'faut-il',
]);

/** "?" at the end, possibly followed by spaces, emoji, closing brackets or more punctuation. */
const ENDS_WITH_QUESTION_MARK = /[?？¿][\s\p{Extended_Pictographic}\u{FE0F}\u{200D})\]»"'!.]*$/u;
const ENDS_WITH_EXCLAMATION = /![\s\p{Extended_Pictographic}\u{FE0F}\u{200D})\]»"'.]*$/u;

export function isQuestion(text: string): boolean {
  const trimmed = text.normalize('NFC').trim();
  if (trimmed === '') return false;
  if (ENDS_WITH_QUESTION_MARK.test(trimmed)) return true;
  if (ENDS_WITH_EXCLAMATION.test(trimmed)) return false;
  return opensWithInterrogative(trimmed.toLocaleLowerCase('fr'));
}

function opensWithInterrogative(lower: string): boolean {
  const words = withoutLeadingFillers(words_(lower));
  const first = words[0];
  if (first === undefined) return false;
  const opening = words.join(' ');
  if (NOT_QUESTION_OPENINGS.some((phrase) => (opening + ' ').startsWith(phrase))) return false;

  if (opening.startsWith("est-ce qu") || opening.startsWith('est ce qu')) return true;
  if (opening.startsWith("qu'est-ce") || opening.startsWith("qu'est ce")) return true;
  if (opening.startsWith("c'est quoi") || opening.startsWith('c quoi')) return true;
  if (opening.startsWith('y a-t-il') || opening.startsWith('y a t il')) return true;
  if (FRENCH_INVERSION.test(first) || FRENCH_INVERSION_NOUS_VOUS.has(first)) return true;

  if (first === 'quand' || first === 'when') {
    const next = words[1];
    return next !== 'je' && next !== "j'" && !(next ?? '').startsWith("j'") && next !== 'i';
  }
  if (INTERROGATIVE_WORDS.has(first)) return true;
  if (AUXILIARIES.has(first)) return SUBJECTS.has(words[1] ?? '');
  return false;
}

/** Words, keeping apostrophes and hyphens inside them ("qu'est-ce", "can't", "peut-on"). */
function words_(lower: string): string[] {
  return lower
    .replace(/[’`]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^[-']+|[-]+$/g, ''))
    .filter((word) => word !== '');
}

function withoutLeadingFillers(words: string[]): string[] {
  let start = 0;
  // At most three fillers: "Euh madame, pourquoi…"; beyond that the opening is the message.
  while (start < 3 && start < words.length - 1 && LEADING_FILLERS.has(words[start]!)) start += 1;
  return words.slice(start);
}
