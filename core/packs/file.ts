/**
 * The pack file: how one teacher shares a working pack with colleagues. The file is the pack
 * itself (see schema.ts), pretty-printed. Reading is all or nothing, every problem reported at
 * once with its path; a file over 256 KB is refused before it is parsed.
 */
import { jsonErrorLocation } from '../templates/file';
import { packError, type PackError } from './errors';
import { plainPack, validatePack, type SelectorPack } from './schema';

/** A real pack is well under 5 KB; this leaves room for long names and keeps parsing instant. */
export const MAX_PACK_FILE_BYTES = 256 * 1024;

export type PackFileResult = { ok: true; pack: SelectorPack } | { ok: false; errors: PackError[] };

export function parsePackFile(text: string): PackFileResult {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: check the cheap bound before encoding.
  if (text.length > MAX_PACK_FILE_BYTES || (text.length * 3 > MAX_PACK_FILE_BYTES && new TextEncoder().encode(text).length > MAX_PACK_FILE_BYTES)) {
    const size = text.length > MAX_PACK_FILE_BYTES * 4 ? text.length : new TextEncoder().encode(text).length;
    return { ok: false, errors: [packError('file-too-big', '', { size, max: MAX_PACK_FILE_BYTES })] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, errors: [packError('json-syntax', '', jsonErrorLocation(body))] };
  }
  return validatePack(data);
}

export function serializePack(pack: SelectorPack): string {
  return `${JSON.stringify(plainPack(pack), null, 2)}\n`;
}

/** `moderato-selecteurs-via.example.fr.json`: the host says which site the pack is for. */
export function packFileName(pack: SelectorPack): string {
  const host = new URL(pack.origin).host.replace(/[^a-zA-Z0-9.-]/g, '_');
  return `moderato-selecteurs-${host}.json`;
}
