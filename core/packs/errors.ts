/**
 * Why a selector pack is refused, in the same shape as the templates' import errors (stable code,
 * path in the file, parameters, French and English sentence), so the panel shows both the same way.
 * Codes shared with templates (missing field, wrong type, newer version…) keep their sentences;
 * the pack's own codes are here.
 */
import { importError, type ErrorParams, type ImportErrorCode } from '../templates/errors';
import type { SelectorProblemCode } from './selector';

export type PackOwnErrorCode = 'wrong-format' | 'unknown-key' | 'bad-origin' | 'send-not-button' | 'send-without-input' | SelectorProblemCode;
export type PackErrorCode = ImportErrorCode | PackOwnErrorCode;

export interface PackError {
  code: PackErrorCode;
  /** Where in the file, e.g. `roles.chatMessage`; '' for the file as a whole. */
  path: string;
  params: ErrorParams;
  fr: string;
  en: string;
}

type Sentences = Record<PackOwnErrorCode, (p: ErrorParams) => string>;

const FR: Sentences = {
  'wrong-format': () => 'Ce fichier n’est pas un jeu de sélecteurs Moderato (format « moderato-selector-pack » attendu).',
  'unknown-key': (p) => `Champ inconnu « ${p.key} » : un jeu de sélecteurs ne contient que des champs connus.`,
  'bad-origin': (p) => `Origine invalide (${p.received}) : une origine http ou https est attendue, par exemple https://classe.exemple.fr.`,
  'send-not-button': () =>
    'Le bouton d’envoi du chat doit désigner un bouton (button, input type=submit ou role=button) : un jeu de sélecteurs ne peut faire cliquer rien d’autre.',
  'send-without-input': () => 'Un bouton d’envoi du chat sans zone de saisie du chat : apprenez d’abord la zone de saisie, le bouton doit être à côté.',
  'selector-empty': () => 'Le sélecteur est vide.',
  'selector-too-long': (p) => `Sélecteur trop long (${p.length} caractères) : ${p.max} au maximum.`,
  'selector-control': () => 'Le sélecteur contient un caractère invisible, de contrôle ou un retour à la ligne.',
  'selector-markup': () => 'Le sélecteur contient « < » : du balisage HTML n’a rien à faire dans un sélecteur.',
  'selector-url': () => 'Le sélecteur contient « url( » : un sélecteur ne charge aucune adresse.',
  'selector-script': () => 'Le sélecteur contient « javascript: » : un jeu de sélecteurs ne contient jamais de code.',
  'selector-at-rule': () => 'Le sélecteur contient « @ » (règle @import ou autre) : refusé.',
  'selector-escape': () => 'Le sélecteur contient une barre oblique inverse (\\) : les échappements peuvent cacher des caractères, ils sont refusés.',
  'selector-has-nested': () => 'Le sélecteur imbrique « :has( » dans « :has( » : trop coûteux pour la page, un seul niveau est accepté.',
  'selector-sibling-nested': () =>
    'Le sélecteur met un « + » ou un « ~ » dans « :is( », « :not( », « :where( » ou « :has( » : trop coûteux, il pourrait figer la page de la classe.',
  'selector-too-complex': (p) =>
    `Le sélecteur est trop complexe (plus de ${p.combinators} combinateurs, ou plus de ${p.nesting} niveaux de « :is( », « :not( »…) : il pourrait figer la page de la classe.`,
  'selector-too-broad': () => 'Le sélecteur est trop large (« * » seul, html, body, head ou :root) : il désignerait la page entière.',
  'selector-invalid': (p) =>
    p.at === undefined ? 'Ce sélecteur CSS n’est pas valide.' : `Ce sélecteur CSS n’est pas valide (caractère ${Number(p.at) + 1}).`,
};

const EN: Sentences = {
  'wrong-format': () => 'This is not a Moderato selector pack (format "moderato-selector-pack" expected).',
  'unknown-key': (p) => `Unknown field "${p.key}": a selector pack holds known fields only.`,
  'bad-origin': (p) => `Invalid origin (${p.received}): an http or https origin is expected, for example https://class.example.com.`,
  'send-not-button': () => 'The chat send button must name a button (button, input type=submit or role=button): a selector pack can make Moderato click nothing else.',
  'send-without-input': () => 'A chat send button without the chat box: teach the chat box first, the button must be next to it.',
  'selector-empty': () => 'The selector is empty.',
  'selector-too-long': (p) => `Selector too long (${p.length} characters): at most ${p.max}.`,
  'selector-control': () => 'The selector contains an invisible or control character, or a line break.',
  'selector-markup': () => 'The selector contains "<": HTML markup has no place in a selector.',
  'selector-url': () => 'The selector contains "url(": a selector loads no address.',
  'selector-script': () => 'The selector contains "javascript:": a selector pack never holds code.',
  'selector-at-rule': () => 'The selector contains "@" (@import or another at-rule): refused.',
  'selector-escape': () => 'The selector contains a backslash (\\): escapes can hide characters, so they are refused.',
  'selector-has-nested': () => 'The selector nests ":has(" inside ":has(": too costly for the page, one level is accepted.',
  'selector-sibling-nested': () => 'The selector puts "+" or "~" inside ":is(", ":not(", ":where(" or ":has(": too costly, it could freeze the class page.',
  'selector-too-complex': (p) =>
    `The selector is too complex (more than ${p.combinators} combinators, or more than ${p.nesting} levels of ":is(", ":not("…): it could freeze the class page.`,
  'selector-too-broad': () => 'The selector is too broad ("*" alone, html, body, head or :root): it would mean the whole page.',
  'selector-invalid': (p) => (p.at === undefined ? 'This CSS selector is not valid.' : `This CSS selector is not valid (character ${Number(p.at) + 1}).`),
};

function isOwn(code: PackErrorCode): code is PackOwnErrorCode {
  return Object.hasOwn(FR, code);
}

export function packError(code: PackErrorCode, path: string, params: ErrorParams = {}): PackError {
  if (!isOwn(code)) return importError(code, path, params);
  const where = (sentence: string, colon: string) => (path === '' ? sentence : `${path}${colon}${sentence}`);
  return { code, path, params, fr: where(FR[code](params), '\u202f: '), en: where(EN[code](params), ': ') };
}
