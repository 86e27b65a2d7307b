/**
 * The templates file: how templates leave one browser and enter another.
 *
 * ```json
 * { "format": "moderato-templates", "version": 1, "exportedAt": "2025-03-10T14:00:00.000Z",
 *   "templates": [ { "id": "…", "kind": "class", "name": "…", … } ] }
 * ```
 *
 * Reading is all or nothing: the whole file is checked before anything is proposed, and every
 * problem is reported at once with its path, so the moderator can fix the file in one go. A file
 * from a newer Moderato is refused (it may mean things this version would silently drop).
 * An import never overwrites silently: a template whose id or name is already taken is a
 * conflict, and the moderator chooses for each one.
 */
import * as v from 'valibot';
import { parseJsonFile } from '../files';
import { fromCrossFieldIssue, fromValibotIssue, importError, jsonType, type ImportError } from './errors';
import { normalizeName } from '../session/names';
import { plainTemplate, TemplateSchema, templateIssues, type Template } from './schema';

export const TEMPLATE_FILE_FORMAT = 'moderato-templates';
export const TEMPLATE_FILE_VERSION = 1;
/** Far above any real set of templates (one is a few kB), far below what would hurt the panel. */
export const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;
export const MAX_TEMPLATES_PER_FILE = 500;

export interface TemplateFile {
  format: typeof TEMPLATE_FILE_FORMAT;
  version: number;
  exportedAt: string;
  templates: Template[];
}

export type ConflictReason = 'same-id' | 'same-name';
export type ConflictChoice = 'keep-both' | 'replace' | 'skip';

export interface ImportConflict {
  imported: Template;
  existing: Template;
  reason: ConflictReason;
}

export interface ImportPlan {
  exportedAt: string | null;
  /** Templates that collide with nothing: imported as they are. */
  additions: Template[];
  /** One per imported template whose id (first) or name matches an existing template. */
  conflicts: ImportConflict[];
  /** Names already taken, to build non-colliding names for 'keep-both'. */
  takenNames: string[];
}

export type ParseResult = { ok: true; plan: ImportPlan } | { ok: false; errors: ImportError[] };

export function serializeTemplates(templates: readonly Template[], exportedAt: Date = new Date()): string {
  const file: TemplateFile = {
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    templates: templates.map(plainTemplate),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function templateFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `moderato-modeles-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export function parseTemplateFile(text: string, existing: readonly Template[]): ParseResult {
  const read = parseJsonFile(text, MAX_TEMPLATE_FILE_BYTES);
  if (!read.ok) return fail(importError(read.code, '', read.params));
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as Record<string, unknown>).format !== TEMPLATE_FILE_FORMAT) {
    return fail(importError('wrong-format', '', {}));
  }
  const file = data as Record<string, unknown>;
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(importError('bad-version', 'version', { found: JSON.stringify(version) ?? 'undefined' }));
  }
  if (version > TEMPLATE_FILE_VERSION) {
    return fail(importError('newer-version', 'version', { version, supported: TEMPLATE_FILE_VERSION }));
  }
  if (!Array.isArray(file.templates)) {
    return fail(
      file.templates === undefined
        ? importError('missing', 'templates', { field: 'templates' })
        : importError('wrong-type', 'templates', { expected: 'array', received: jsonType(file.templates) }),
    );
  }
  if (file.templates.length > MAX_TEMPLATES_PER_FILE) {
    return fail(importError('too-many', 'templates', { length: file.templates.length, max: MAX_TEMPLATES_PER_FILE }));
  }

  const errors: ImportError[] = [];
  const templates: Template[] = [];
  file.templates.forEach((raw, index) => {
    const result = v.safeParse(TemplateSchema, raw);
    if (!result.success) {
      for (const issue of result.issues) errors.push(fromValibotIssue(issue, ['templates', index]));
      return;
    }
    for (const issue of templateIssues(result.output)) errors.push(fromCrossFieldIssue(issue, `templates[${index}]`));
    templates.push(result.output);
  });
  errors.push(...duplicatesInFile(file.templates));
  if (errors.length > 0) return { ok: false, errors };

  return { ok: true, plan: planImport(templates, existing, typeof file.exportedAt === 'string' ? file.exportedAt : null) };
}

function fail(error: ImportError): ParseResult {
  return { ok: false, errors: [error] };
}

/** Two templates of one file may not share an id or a name: which one would a choice be about? */
function duplicatesInFile(raw: readonly unknown[]): ImportError[] {
  const errors: ImportError[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  raw.forEach((entry, index) => {
    if (entry === null || typeof entry !== 'object') return;
    const { id, name } = entry as Record<string, unknown>;
    if (typeof id === 'string') {
      if (ids.has(id)) errors.push(importError('duplicate-template-id', `templates[${index}].id`, { id }));
      ids.add(id);
    }
    if (typeof name === 'string' && name.trim() !== '') {
      const key = normalizeName(name);
      if (names.has(key)) errors.push(importError('duplicate-template-name', `templates[${index}].name`, { name: name.trim() }));
      names.add(key);
    }
  });
  return errors;
}

function planImport(templates: Template[], existing: readonly Template[], exportedAt: string | null): ImportPlan {
  const byId = new Map(existing.map((t) => [t.id, t]));
  const byName = new Map(existing.map((t) => [normalizeName(t.name), t]));
  const plan: ImportPlan = { exportedAt, additions: [], conflicts: [], takenNames: existing.map((t) => t.name) };
  for (const template of templates) {
    const sameId = byId.get(template.id);
    const sameName = byName.get(normalizeName(template.name));
    if (sameId) plan.conflicts.push({ imported: template, existing: sameId, reason: 'same-id' });
    else if (sameName) plan.conflicts.push({ imported: template, existing: sameName, reason: 'same-name' });
    else plan.additions.push(template);
  }
  return plan;
}

export interface ApplyOptions {
  /** Id for a template kept beside an existing one (default: a random UUID). */
  newId?: () => string;
  /** Suffix of a kept-both template's name (default French, the import's first audience). */
  suffix?: string;
}

/**
 * The templates to write, given the moderator's choice for each conflict (keyed by the imported
 * template's id). A conflict without a choice is skipped: nothing is replaced unless asked.
 * - keep-both: the imported template gets a new id and a name that collides with nothing;
 * - replace: it takes the existing template's id, so writing it replaces that template;
 * - skip: it is left out.
 */
export function applyImport(plan: ImportPlan, choices: Readonly<Record<string, ConflictChoice>>, options: ApplyOptions = {}): Template[] {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const suffix = options.suffix ?? 'importé';
  const taken = new Set([...plan.takenNames, ...plan.additions.map((t) => t.name)].map(normalizeName));
  const result: Template[] = [...plan.additions];
  for (const conflict of plan.conflicts) {
    const choice = choices[conflict.imported.id] ?? 'skip';
    if (choice === 'replace') {
      result.push({ ...conflict.imported, id: conflict.existing.id });
    } else if (choice === 'keep-both') {
      const name = freeName(conflict.imported.name, suffix, taken);
      taken.add(normalizeName(name));
      result.push({ ...conflict.imported, id: newId(), name });
    }
  }
  return result;
}

function freeName(name: string, suffix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${name} (${suffix})` : `${name} (${suffix} ${n})`;
    if (!taken.has(normalizeName(candidate))) return candidate;
  }
}
