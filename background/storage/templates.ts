/**
 * The moderator's templates, in the order they chose. Every write is checked against the
 * template schema first: the store only ever holds templates the panel can display and a session
 * can run. `importAll` writes a whole import in one transaction: all of it, or nothing.
 */
import type { Db } from './db';
import type { StoredTemplate } from './schema';
import { defaultTemplates } from '../../core/templates/defaults';
import { isValidTemplate, plainTemplate, type Template, type TemplateLocale } from '../../core/templates/schema';

const SEEDED_KEY = 'templatesSeeded';

export class InvalidTemplateError extends Error {
  constructor(readonly templateId: string) {
    super(`Template ${templateId} does not match the template schema`);
    this.name = 'InvalidTemplateError';
  }
}

function checked(template: Template): Template {
  const id = template.id;
  if (!isValidTemplate(template)) throw new InvalidTemplateError(id);
  return plainTemplate(template);
}

export interface DuplicateOptions {
  newId?: string;
  /** The copy's name (default: the original's with " (copie)"). */
  name?: string;
  updatedAt?: Date;
}

export function createTemplateRepository(db: Db) {
  return {
    /** Every template, in the moderator's order. */
    async list(): Promise<StoredTemplate[]> {
      const all = await db.getAll('templates');
      return all.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    },

    get(id: string): Promise<StoredTemplate | undefined> {
      return db.get('templates', id);
    },

    /** Creates or updates a template; a new one goes to the end of the list. */
    async put(template: Template): Promise<StoredTemplate> {
      const [stored] = await this.importAll([template]);
      return stored!;
    },

    /** A copy placed at the end of the list, with a new id and a name saying it is a copy. */
    async duplicate(id: string, options: DuplicateOptions = {}): Promise<StoredTemplate> {
      const original = await db.get('templates', id);
      if (!original) throw new Error(`Unknown template ${id}`);
      const copy: Template = {
        ...plainTemplate(original),
        id: options.newId ?? crypto.randomUUID(),
        name: options.name ?? `${original.name} (copie)`.slice(0, 200),
        updatedAt: (options.updatedAt ?? new Date()).toISOString(),
      };
      return this.put(copy);
    },

    /**
     * Puts the listed templates first, in the given order; any template not listed keeps its
     * relative order after them (a list read before another tab added one loses nothing).
     */
    async reorder(ids: readonly string[]): Promise<void> {
      const tx = db.transaction('templates', 'readwrite');
      const all = (await tx.store.getAll()).sort((a, b) => a.position - b.position);
      const rank = new Map(ids.map((id, index) => [id, index]));
      const ordered = [
        ...all.filter((t) => rank.has(t.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!),
        ...all.filter((t) => !rank.has(t.id)),
      ];
      ordered.forEach((template, position) => {
        if (template.position !== position) void tx.store.put({ ...template, position });
      });
      await tx.done;
    },

    async delete(id: string): Promise<void> {
      await db.delete('templates', id);
    },

    /**
     * Writes every template in one transaction: if one is invalid nothing is written, and if a
     * write fails the transaction is aborted, so the store is as it was. Existing ids keep their
     * place; new ones are appended in the given order.
     */
    async importAll(templates: readonly Template[]): Promise<StoredTemplate[]> {
      const clean = templates.map(checked);
      const tx = db.transaction('templates', 'readwrite');
      try {
        const all = await tx.store.getAll();
        const positions = new Map(all.map((t) => [t.id, t.position]));
        let next = all.reduce((max, t) => Math.max(max, t.position + 1), 0);
        const stored = clean.map((template): StoredTemplate => {
          const position = positions.get(template.id) ?? next++;
          positions.set(template.id, position);
          return { ...template, position };
        });
        const requests: Promise<unknown>[] = [];
        for (const record of stored) {
          const request = tx.store.put(record);
          // Requests issued before a failure reject when the transaction aborts; the abort is
          // what the caller hears about, through the error thrown below.
          request.catch(() => undefined);
          requests.push(request);
        }
        await Promise.all(requests);
        await tx.done;
        return stored;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted by the failing request.
        }
        await tx.done.catch(() => undefined);
        throw error;
      }
    },

    /**
     * Offers the default templates once per profile. A moderator who deletes them does not get
     * them back at the next start; an existing list is never added to.
     */
    async seedDefaults(locale: TemplateLocale, now: Date = new Date()): Promise<boolean> {
      const tx = db.transaction(['templates', 'meta'], 'readwrite');
      const meta = tx.objectStore('meta');
      const templates = tx.objectStore('templates');
      const alreadySeeded = (await meta.get(SEEDED_KEY)) !== undefined;
      const seed = !alreadySeeded && (await templates.count()) === 0;
      if (seed) defaultTemplates(locale, now).forEach((template, position) => void templates.put({ ...template, position }));
      // A profile that already has templates (imported before this ran) counts as seeded too.
      if (!alreadySeeded) void meta.put({ key: SEEDED_KEY, value: now.toISOString() });
      await tx.done;
      return seed;
    },
  };
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
