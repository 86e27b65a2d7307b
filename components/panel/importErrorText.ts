/**
 * The moderator's sentence for a refused templates file, selector pack or class list. The domain says what is
 * wrong (code, path, parameters); the wording lives in fr.json/en.json with the other strings.
 */
import { fill, type MessageKey, type Messages } from '../../core/i18n/messages';
import type { ImportError, ImportErrorCode } from '../../core/templates/errors';
import { isPackOwnCode, type PackError, type PackOwnErrorCode } from '../../core/packs/errors';
import type { RosterError, RosterErrorCode } from '../../core/export/roster';

const IMPORT_KEYS: Record<ImportErrorCode, MessageKey> = {
  'file-too-big': 'importErrFileTooBig',
  'json-syntax': 'importErrJsonSyntax',
  'wrong-format': 'importErrWrongFormat',
  'bad-version': 'importErrBadVersion',
  'newer-version': 'importErrNewerVersion',
  missing: 'importErrMissing',
  'wrong-type': 'importErrWrongType',
  'not-allowed': 'importErrNotAllowed',
  empty: 'importErrEmpty',
  'too-long': 'importErrTooLong',
  'too-many': 'importErrTooMany',
  'not-integer': 'importErrNotInteger',
  'too-small': 'importErrTooSmall',
  'too-large': 'importErrTooLarge',
  'bad-url': 'importErrBadUrl',
  'bad-date': 'importErrBadDate',
  'total-too-long': 'importErrTotalTooLong',
  'duplicate-id': 'importErrDuplicateId',
  'threshold-order': 'importErrThresholdOrder',
  'duplicate-template-id': 'importErrDuplicateTemplateId',
  'duplicate-template-name': 'importErrDuplicateTemplateName',
  invalid: 'importErrInvalid',
};

const PACK_KEYS: Record<PackOwnErrorCode, MessageKey> = {
  'wrong-format': 'packErrWrongFormat',
  'unknown-key': 'packErrUnknownKey',
  'bad-origin': 'packErrBadOrigin',
  'send-not-button': 'packErrSendNotButton',
  'send-without-input': 'packErrSendWithoutInput',
  'selector-empty': 'packErrSelectorEmpty',
  'selector-too-long': 'packErrSelectorTooLong',
  'selector-control': 'packErrSelectorControl',
  'selector-markup': 'packErrSelectorMarkup',
  'selector-url': 'packErrSelectorUrl',
  'selector-script': 'packErrSelectorScript',
  'selector-at-rule': 'packErrSelectorAtRule',
  'selector-escape': 'packErrSelectorEscape',
  'selector-has-nested': 'packErrSelectorHasNested',
  'selector-sibling-nested': 'packErrSelectorSiblingNested',
  'selector-too-complex': 'packErrSelectorTooComplex',
  'selector-too-broad': 'packErrSelectorTooBroad',
  'selector-invalid': 'packErrSelectorInvalid',
};

const TYPE_KEYS: Record<string, MessageKey> = {
  string: 'importTypeString',
  number: 'importTypeNumber',
  boolean: 'importTypeBoolean',
  object: 'importTypeObject',
  array: 'importTypeArray',
  null: 'importTypeNull',
};

const typeWord = (t: Messages, type: string | number | undefined) => {
  const key = TYPE_KEYS[String(type)];
  return key ? t[key] : String(type);
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The type word, capitalised where it opens the sentence (French: « Un nombre est attendu »). */
const expectedWord = (t: Messages, word: string) => (t.importErrWrongType.startsWith('{expected}') ? capitalize(word) : word);

/** Prefixes the sentence with where in the file it applies, if anywhere in particular. */
function located(t: Messages, path: string, message: string): string {
  return path === '' ? message : fill(t.importErrorAt, { path, message });
}

function importSentence(t: Messages, { code, params }: ImportError): string {
  switch (code) {
    case 'json-syntax':
      return params.position === undefined ? t.importErrJsonSyntax : fill(t.importErrJsonSyntaxAt, params);
    case 'wrong-type':
      return fill(t.importErrWrongType, { expected: expectedWord(t, typeWord(t, params.expected)), received: typeWord(t, params.received) });
    default:
      return fill(t[IMPORT_KEYS[code]], params);
  }
}

export function importErrorText(t: Messages, error: ImportError): string {
  return located(t, error.path, importSentence(t, error));
}

export function packErrorText(t: Messages, error: PackError): string {
  const { code, path, params } = error;
  if (!isPackOwnCode(code)) return importErrorText(t, { code, path, params });
  let sentence: string;
  if (code === 'selector-invalid') {
    // `at` is where the grammar stopped (0-based); people count characters from 1.
    sentence = params.at === undefined ? t.packErrSelectorInvalid : fill(t.packErrSelectorInvalidAt, { at: Number(params.at) + 1 });
  } else {
    sentence = fill(t[PACK_KEYS[code]], params);
  }
  return located(t, path, sentence);
}

const ROSTER_KEYS: Record<RosterErrorCode, MessageKey> = {
  'file-too-big': 'rosterErrFileTooBig',
  'not-text': 'rosterErrNotText',
  empty: 'rosterErrEmpty',
  'too-many': 'rosterErrTooMany',
  'no-name-column': 'rosterErrNoNameColumn',
};

export function rosterErrorText(t: Messages, error: RosterError): string {
  return fill(t[ROSTER_KEYS[error.code]], error.params);
}
