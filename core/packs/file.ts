/**
 * The pack file: how one teacher shares a working pack with colleagues. The file is the pack
 * itself (see schema.ts), pretty-printed. Reading is all or nothing, every problem reported at
 * once with its path; a file over 256 KB is refused before it is parsed.
 */
import { parseJsonFile } from '../files';
import { packError, type PackError } from './errors';
import { plainPack, validatePack, type SelectorPack } from './schema';

/** A real pack is well under 5 KB; this leaves room for long names and keeps parsing instant. */
export const MAX_PACK_FILE_BYTES = 256 * 1024;

export type PackFileResult = { ok: true; pack: SelectorPack } | { ok: false; errors: PackError[] };

export function parsePackFile(text: string): PackFileResult {
  const read = parseJsonFile(text, MAX_PACK_FILE_BYTES);
  if (!read.ok) return { ok: false, errors: [packError(read.code, '', read.params)] };
  return validatePack(read.data);
}

export function serializePack(pack: SelectorPack): string {
  return `${JSON.stringify(plainPack(pack), null, 2)}\n`;
}

/** `moderato-selecteurs-via.example.fr.json`: the host says which site the pack is for. */
export function packFileName(pack: SelectorPack): string {
  const host = new URL(pack.origin).host.replace(/[^a-zA-Z0-9.-]/g, '_');
  return `moderato-selecteurs-${host}.json`;
}
