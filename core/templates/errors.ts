/**
 * Errors shown to the moderator when a file (templates, roster) is refused: a stable code and its
 * parameters for code and tests, and the sentence in French and English for people. Plain data,
 * so an error crosses a Port unchanged.
 */
import type { BaseIssue } from 'valibot';
import type { CrossFieldIssue } from './schema';

export type ImportErrorCode =
  | 'file-too-big'
  | 'json-syntax'
  | 'wrong-format'
  | 'bad-version'
  | 'newer-version'
  | 'missing'
  | 'wrong-type'
  | 'not-allowed'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'not-integer'
  | 'too-small'
  | 'too-large'
  | 'bad-url'
  | 'bad-date'
  | 'total-too-long'
  | 'duplicate-id'
  | 'threshold-order'
  | 'duplicate-template-id'
  | 'duplicate-template-name'
  | 'invalid';

export type ErrorParams = Record<string, string | number>;

export interface ImportError {
  code: ImportErrorCode;
  /** Where in the file, e.g. `templates[2].agenda[0].minutes`; '' for the file as a whole. */
  path: string;
  params: ErrorParams;
  fr: string;
  en: string;
}

export function importErrorMessage(error: { fr: string; en: string }, locale: 'fr' | 'en'): string {
  return locale === 'en' ? error.en : error.fr;
}

type Sentences = Record<ImportErrorCode, (p: ErrorParams) => string>;

const TYPE_WORDS: Record<string, { fr: string; en: string }> = {
  string: { fr: 'un texte', en: 'a text' },
  number: { fr: 'un nombre', en: 'a number' },
  boolean: { fr: 'vrai ou faux', en: 'true or false' },
  object: { fr: 'un objet', en: 'an object' },
  array: { fr: 'une liste', en: 'a list' },
  null: { fr: 'null', en: 'null' },
};
const typeWord = (type: string | number | undefined, locale: 'fr' | 'en') => TYPE_WORDS[String(type)]?.[locale] ?? String(type);

const FR: Sentences = {
  'file-too-big': (p) => `Fichier trop volumineux (${p.size} octets) : la limite est de ${p.max} octets.`,
  'json-syntax': (p) =>
    p.position === undefined
      ? 'Ce fichier n’est pas du JSON valide.'
      : `Ce fichier n’est pas du JSON valide : erreur à la ligne ${p.line}, colonne ${p.column} (position ${p.position}).`,
  'wrong-format': () => 'Ce fichier n’est pas un fichier de modèles Moderato (format « moderato-templates » attendu).',
  'bad-version': (p) => `Version de fichier illisible (${p.found}) : un nombre entier est attendu.`,
  'newer-version': (p) =>
    `Ce fichier a été créé par un Moderato plus récent, version ${p.version} ; celui-ci lit jusqu’à la version ${p.supported}. Mettez Moderato à jour pour l’importer.`,
  missing: (p) => `Le champ « ${p.field} » est obligatoire.`,
  'wrong-type': (p) => `${capitalize(typeWord(p.expected, 'fr'))} est attendu, pas ${typeWord(p.received, 'fr')}.`,
  'not-allowed': (p) => `Valeur non reconnue (${p.received}) : valeurs possibles ${p.allowed}.`,
  empty: () => 'Ce texte ne peut pas être vide.',
  'too-long': (p) => `Texte trop long (${p.length} caractères) : ${p.max} au maximum.`,
  'too-many': (p) => `Trop d’éléments (${p.length}) : ${p.max} au maximum.`,
  'not-integer': (p) => `Un nombre entier est attendu, pas ${p.received}.`,
  'too-small': (p) => `La valeur ${p.received} est trop petite : ${p.min} au minimum.`,
  'too-large': (p) => `La valeur ${p.received} est trop grande : ${p.max} au maximum.`,
  'bad-url': () => 'Adresse web invalide : seules les adresses http:// ou https:// sont acceptées.',
  'bad-date': () => 'Date invalide : une date ISO 8601 est attendue (par exemple 2025-03-10T14:00:00.000Z).',
  'total-too-long': (p) => `L’ordre du jour dure ${p.total} minutes au total : ${p.max} au maximum (24 h).`,
  'duplicate-id': (p) => `L’identifiant « ${p.id} » est déjà utilisé dans cette liste.`,
  'threshold-order': (p) => `Le seuil de saturation (${p.overload}) doit être supérieur au seuil d’activité (${p.busy}).`,
  'duplicate-template-id': (p) => `Deux modèles du fichier ont le même identifiant « ${p.id} ».`,
  'duplicate-template-name': (p) => `Deux modèles du fichier ont le même nom « ${p.name} ».`,
  invalid: (p) => `Valeur invalide (${p.detail}).`,
};

const EN: Sentences = {
  'file-too-big': (p) => `File too big (${p.size} bytes): the limit is ${p.max} bytes.`,
  'json-syntax': (p) =>
    p.position === undefined
      ? 'This file is not valid JSON.'
      : `This file is not valid JSON: error at line ${p.line}, column ${p.column} (position ${p.position}).`,
  'wrong-format': () => 'This is not a Moderato templates file (format "moderato-templates" expected).',
  'bad-version': (p) => `Unreadable file version (${p.found}): a whole number is expected.`,
  'newer-version': (p) =>
    `This file was made by a newer Moderato, version ${p.version}; this one reads up to version ${p.supported}. Update Moderato to import it.`,
  missing: (p) => `The field "${p.field}" is required.`,
  'wrong-type': (p) => `Expected ${typeWord(p.expected, 'en')}, not ${typeWord(p.received, 'en')}.`,
  'not-allowed': (p) => `Unknown value (${p.received}): allowed values are ${p.allowed}.`,
  empty: () => 'This text cannot be empty.',
  'too-long': (p) => `Text too long (${p.length} characters): at most ${p.max}.`,
  'too-many': (p) => `Too many entries (${p.length}): at most ${p.max}.`,
  'not-integer': (p) => `Expected a whole number, not ${p.received}.`,
  'too-small': (p) => `The value ${p.received} is too small: at least ${p.min}.`,
  'too-large': (p) => `The value ${p.received} is too large: at most ${p.max}.`,
  'bad-url': () => 'Invalid web address: only http:// or https:// addresses are accepted.',
  'bad-date': () => 'Invalid date: an ISO 8601 date is expected (for example 2025-03-10T14:00:00.000Z).',
  'total-too-long': (p) => `The agenda lasts ${p.total} minutes in total: at most ${p.max} (24 h).`,
  'duplicate-id': (p) => `The id "${p.id}" is already used in this list.`,
  'threshold-order': (p) => `The overload threshold (${p.overload}) must be above the busy threshold (${p.busy}).`,
  'duplicate-template-id': (p) => `Two templates in the file have the same id "${p.id}".`,
  'duplicate-template-name': (p) => `Two templates in the file have the same name "${p.name}".`,
  invalid: (p) => `Invalid value (${p.detail}).`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function importError(code: ImportErrorCode, path: string, params: ErrorParams = {}): ImportError {
  const where = (sentence: string, colon: string) => (path === '' ? sentence : `${path}${colon}${sentence}`);
  return { code, path, params, fr: where(FR[code](params), '\u202f: '), en: where(EN[code](params), ': ') };
}

/** `['templates', 2, 'agenda', 0, 'minutes']` → `templates[2].agenda[0].minutes`. */
export function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  return path;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Turns one valibot issue into the moderator's terms; `prefix` locates the validated value. */
export function fromValibotIssue(issue: BaseIssue<unknown>, prefix: readonly (string | number)[]): ImportError {
  const keys = [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)];
  const path = formatPath(keys);
  const input = issue.input;
  switch (issue.type) {
    case 'object':
      if (issue.received === 'undefined' && issue.path?.length) return importError('missing', path, { field: String(keys[keys.length - 1]) });
      return importError('wrong-type', path, { expected: 'object', received: jsonType(input) });
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
      if (input === undefined) return importError('missing', path, { field: String(keys[keys.length - 1]) });
      return importError('wrong-type', path, { expected: issue.type, received: jsonType(input) });
    case 'picklist':
      if (input === undefined) return importError('missing', path, { field: String(keys[keys.length - 1]) });
      return importError('not-allowed', path, { received: shown(input), allowed: String(issue.expected).replace(/^\(|\)$/g, '').replace(/ \| /g, ', ') });
    case 'min_length':
      return Array.isArray(input)
        ? importError('too-many', path, { length: input.length, max: Number(issue.requirement) })
        : importError('empty', path, {});
    case 'max_length':
      return Array.isArray(input)
        ? importError('too-many', path, { length: input.length, max: Number(issue.requirement) })
        : importError('too-long', path, { length: String(input).length, max: Number(issue.requirement) });
    case 'integer':
      return importError('not-integer', path, { received: shown(input) });
    case 'min_value':
      return importError('too-small', path, { received: shown(input), min: Number(issue.requirement) });
    case 'max_value':
      return importError('too-large', path, { received: shown(input), max: Number(issue.requirement) });
    case 'iso_timestamp':
      return importError('bad-date', path, {});
    case 'check':
      if (issue.message === 'web-url') return importError('bad-url', path, {});
      return importError('invalid', path, { detail: issue.message });
    default:
      return importError('invalid', path, { detail: issue.message });
  }
}

export function fromCrossFieldIssue(issue: CrossFieldIssue, prefix: string): ImportError {
  const path = issue.path.startsWith('[') ? `${prefix}${issue.path}` : `${prefix}.${issue.path}`;
  return importError(issue.code, path, issue.params);
}
