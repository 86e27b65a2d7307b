/**
 * Why a selector pack is refused, in the same shape as the templates' import errors (stable code,
 * path in the file, parameters), so the panel words both the same way. Codes shared with
 * templates (missing field, wrong type, newer version…) keep their sentences; the pack's own
 * codes are listed here.
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
}

// A record rather than a list so that a new pack code cannot be forgotten here.
const OWN_CODES: Record<PackOwnErrorCode, true> = {
  'wrong-format': true,
  'unknown-key': true,
  'bad-origin': true,
  'send-not-button': true,
  'send-without-input': true,
  'selector-empty': true,
  'selector-too-long': true,
  'selector-control': true,
  'selector-markup': true,
  'selector-url': true,
  'selector-script': true,
  'selector-at-rule': true,
  'selector-escape': true,
  'selector-has-nested': true,
  'selector-sibling-nested': true,
  'selector-too-complex': true,
  'selector-too-broad': true,
  'selector-invalid': true,
};

/** A code the pack words itself ('wrong-format' included: a pack is not a templates file). */
export function isPackOwnCode(code: PackErrorCode): code is PackOwnErrorCode {
  return Object.hasOwn(OWN_CODES, code);
}

export function packError(code: PackErrorCode, path: string, params: ErrorParams = {}): PackError {
  return isPackOwnCode(code) ? { code, path, params } : importError(code, path, params);
}
