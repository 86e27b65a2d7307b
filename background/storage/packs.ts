/**
 * The moderator's selector packs, one per site origin. Every write is validated against the pack
 * model first, so the store only holds packs that are safe to give to `querySelectorAll`; a
 * record that no longer validates (edited by hand, or from a future model) is never returned, and
 * one taught under older, looser rules is returned without the roles refused today.
 */
import type { Db } from './db';
import type { PackError } from '../../core/packs/errors';
import { salvagePack, validatePack, type SelectorPack } from '../../core/packs/schema';

export class InvalidPackError extends Error {
  constructor(readonly errors: PackError[]) {
    // For logs: the panel words the errors themselves in the moderator's language.
    super(`Selector pack refused: ${errors.map((error) => `${error.path || '(file)'} ${error.code}`).join(', ')}`);
    this.name = 'InvalidPackError';
  }
}

function checked(pack: unknown): SelectorPack {
  const result = validatePack(pack);
  if (!result.ok) throw new InvalidPackError(result.errors);
  return result.pack;
}

/** A stored pack as it can be used today (roles refused by stricter rules left out: salvagePack). */
function readable(record: unknown): SelectorPack | undefined {
  return salvagePack(record) ?? undefined;
}

export function createPackRepository(db: Db) {
  return {
    /** The pack for a page's origin (`new URL(page).origin`), if one was taught or imported. */
    async get(origin: string): Promise<SelectorPack | undefined> {
      return readable(await db.get('packs', origin));
    },

    /** Creates or replaces the pack of its origin. Throws InvalidPackError, writing nothing, when invalid. */
    async put(pack: SelectorPack): Promise<SelectorPack> {
      const clean = checked(pack);
      await db.put('packs', clean);
      return clean;
    },

    async delete(origin: string): Promise<void> {
      await db.delete('packs', origin);
    },

    /** Every valid pack, by origin. */
    async list(): Promise<SelectorPack[]> {
      const all = await db.getAll('packs');
      return all
        .map(readable)
        .filter((pack): pack is SelectorPack => pack !== undefined)
        .sort((a, b) => a.origin.localeCompare(b.origin));
    },
  };
}

export type PackRepository = ReturnType<typeof createPackRepository>;
