/**
 * A selector pack: what a moderator taught Moderato about one site's rooms, as CSS selectors.
 *
 * ```json
 * { "format": "moderato-selector-pack", "version": 1, "origin": "https://via.example.fr",
 *   "name": "Via du lycée", "createdAt": "2025-03-10T14:00:00.000Z",
 *   "roles": { "participantRow": "li.participant", "chatMessage": ".chat [data-test=\"msg\"]" } }
 * ```
 *
 * Packs are data, never code: each role is a selector that passed `selectorProblem`, used only
 * with `querySelectorAll` / `matches` / `textContent`. Some roles are read inside another one:
 * - `chatSender`, `chatText` inside each `chatMessage`;
 * - `participantName`, `raisedHand` inside each `participantRow`;
 * - `chatInput`, `chatSend`, `participantCount` in the whole page.
 */
import * as v from 'valibot';
import { fromValibotIssue } from '../templates/errors';
import { packError, type PackError } from './errors';
import { isSendControlSelector, MAX_SELECTOR_LENGTH, selectorProblem } from './selector';
import { MAX_COMBINATORS, MAX_NESTING } from './selectorGrammar';

export const PACK_FORMAT = 'moderato-selector-pack';
export const PACK_VERSION = 1;
export const MAX_PACK_NAME_LENGTH = 100;

export const PACK_ROLES = [
  'participantRow',
  'participantName',
  'raisedHand',
  'participantCount',
  'chatMessage',
  'chatSender',
  'chatText',
  'chatInput',
  'chatSend',
] as const;

export type PackRole = (typeof PACK_ROLES)[number];

/** The role each relative role is read inside; absent for roles read in the whole page. */
export const ROLE_CONTAINER: Partial<Record<PackRole, PackRole>> = {
  participantName: 'participantRow',
  raisedHand: 'participantRow',
  chatSender: 'chatMessage',
  chatText: 'chatMessage',
};

/** The role each role cannot be taught without: its container, and the chat box for the send button. */
export const ROLE_NEEDS: Partial<Record<PackRole, PackRole>> = { ...ROLE_CONTAINER, chatSend: 'chatInput' };

/** Roles that stand for every similar element (a row, a message), not for one element. */
export const LIST_ROLES: ReadonlySet<PackRole> = new Set(['participantRow', 'chatMessage', 'participantName', 'raisedHand', 'chatSender', 'chatText']);


export type PackRoles = Partial<Record<PackRole, string>>;

export interface SelectorPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  /** `https://host[:port]`, exactly as `new URL(page).origin` gives it. */
  origin: string;
  name?: string;
  /** ISO 8601. */
  createdAt: string;
  roles: PackRoles;
}

/** True for `http(s)://host[:port]` with nothing after it, as `URL.origin` writes it. */
export function isWebOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

const selector = v.string();

export const PackShapeSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_VERSION),
  origin: v.pipe(v.string(), v.check(isWebOrigin, 'bad-origin')),
  name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_PACK_NAME_LENGTH))),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  roles: v.strictObject(Object.fromEntries(PACK_ROLES.map((role) => [role, v.optional(selector)])) as Record<PackRole, v.OptionalSchema<v.StringSchema<undefined>, undefined>>),
});

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function fromIssue(issue: v.BaseIssue<unknown>): PackError {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = keys.map(String).join('.');
  if (issue.type === 'strict_object' && keys.length > 0 && issue.expected === 'never') {
    return packError('unknown-key', path, { key: String(keys[keys.length - 1]) });
  }
  if (issue.type === 'check' && issue.message === 'bad-origin') return packError('bad-origin', path, { received: shown(issue.input) });
  if (issue.type === 'literal' && path === 'format') return packError('wrong-format', '', {});
  return fromValibotIssue(issue, []);
}

/** The problems of one selector, located at `path`. */
export function selectorError(value: string, path: string): PackError | null {
  const problem = selectorProblem(value);
  if (!problem) return null;
  if (problem.code === 'selector-too-long') return packError(problem.code, path, { length: value.length, max: MAX_SELECTOR_LENGTH });
  if (problem.code === 'selector-too-complex') return packError(problem.code, path, { combinators: MAX_COMBINATORS, nesting: MAX_NESTING });
  return packError(problem.code, path, problem.at === undefined ? {} : { at: problem.at });
}

export type PackValidation = { ok: true; pack: SelectorPack } | { ok: false; errors: PackError[] };

/**
 * Checks anything (parsed JSON, a stored record) against the pack model: every problem at once.
 * A newer version is refused with its own message; unknown keys are refused.
 */
export function validatePack(data: unknown): PackValidation {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as Record<string, unknown>).format !== PACK_FORMAT) {
    return { ok: false, errors: [packError('wrong-format', '', {})] };
  }
  const version = (data as Record<string, unknown>).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [packError('bad-version', 'version', { found: JSON.stringify(version) ?? 'undefined' })] };
  }
  if (version > PACK_VERSION) {
    return { ok: false, errors: [packError('newer-version', 'version', { version, supported: PACK_VERSION })] };
  }
  const errors: PackError[] = [];
  const result = v.safeParse(PackShapeSchema, data);
  if (!result.success) errors.push(...result.issues.map(fromIssue));
  // Selectors are checked even when the shape has other problems: one pass shows everything.
  const roles = (data as Record<string, unknown>).roles;
  if (roles !== null && typeof roles === 'object' && !Array.isArray(roles)) {
    for (const role of PACK_ROLES) {
      const value = (roles as Record<string, unknown>)[role];
      if (typeof value !== 'string') continue;
      const error = selectorError(value, `roles.${role}`);
      if (error) errors.push(error);
      else if (role === 'chatSend') errors.push(...sendErrors(value, (roles as Record<string, unknown>).chatInput));
    }
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, pack: plainPack(result.output as SelectorPack) };
}

/** The send role may only name a send control, next to a taught chat box (see platforms/taught/composer.ts). */
function sendErrors(send: string, input: unknown): PackError[] {
  if (!isSendControlSelector(send)) return [packError('send-not-button', 'roles.chatSend')];
  if (typeof input !== 'string' || input.trim() === '') return [packError('send-without-input', 'roles.chatSend')];
  return [];
}

/**
 * A stored pack taught under older, looser rules: the roles today's rules refuse are left out
 * (with the roles that need them), the rest is kept, so a rule made stricter never loses a whole
 * pack. Null when something else is wrong, or nothing is left.
 */
export function salvagePack(data: unknown): SelectorPack | null {
  const first = validatePack(data);
  if (first.ok) return first.pack;
  const refused = new Set(first.errors.map((error) => /^roles\.(\w+)$/.exec(error.path)?.[1]));
  if (refused.has(undefined) || typeof data !== 'object' || data === null) return null;
  const roles: Record<string, unknown> = { ...((data as { roles?: object }).roles ?? {}) };
  for (const role of refused) delete roles[role!];
  // Twice: a role's need may itself need a role (none today, cheap to be sure).
  for (let pass = 0; pass < 2; pass++) for (const [role, needed] of Object.entries(ROLE_NEEDS)) if (!(needed in roles)) delete roles[role];
  const second = validatePack({ ...data, roles });
  return second.ok && Object.keys(second.pack.roles).length > 0 ? second.pack : null;
}

export function isValidPack(data: unknown): data is SelectorPack {
  return validatePack(data).ok;
}

/** A copy with only the model's fields, roles in the model's order, empty roles dropped. */
export function plainPack(pack: SelectorPack): SelectorPack {
  const roles: PackRoles = {};
  for (const role of PACK_ROLES) {
    const value = pack.roles[role];
    if (typeof value === 'string' && value.trim() !== '') roles[role] = value;
  }
  const plain: SelectorPack = { format: PACK_FORMAT, version: PACK_VERSION, origin: pack.origin, createdAt: pack.createdAt, roles };
  if (pack.name !== undefined && pack.name !== '') plain.name = pack.name;
  return plain;
}

/** A new, empty pack for a page's origin (the picker fills its roles one by one). */
export function emptyPack(origin: string, now: Date = new Date(), name?: string): SelectorPack {
  const pack: SelectorPack = { format: PACK_FORMAT, version: PACK_VERSION, origin, createdAt: now.toISOString(), roles: {} };
  if (name) pack.name = name;
  return pack;
}
