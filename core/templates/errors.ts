/**
 * Errors shown to the moderator when a templates file is refused: a stable code, where in the file,
 * and the parameters the sentence needs. The panel words them (fr.json/en.json, importErrorText).
 * Plain data, so an error crosses a Port unchanged.
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
}

export function importError(code: ImportErrorCode, path: string, params: ErrorParams = {}): ImportError {
  return { code, path, params };
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
