/**
 * Selector packs: what a moderator teaches Moderato about any room site. Public API.
 *
 * Wiring (for the lead; nothing here registers itself):
 * - Side panel, "teach this site": run the picker in the room tab, one role at a time, with
 *   `startPicker(document, role, { within: pack.roles[ROLE_CONTAINER[role]], onPicked, onCancel, onHover })`
 *   from `picker/index.ts`, inside the room content script (a message `picker.start {role, within}`
 *   answered by `picker.picked {role, selector, count}` / `picker.cancelled`; `picker.stop` ends it).
 *   On a site without a room content script, inject a built entry that calls startPicker the
 *   same way (`browser.scripting.executeScript({ target: { tabId }, files: [...] })`).
 * - "Test it live": `countMatches(document, pack)` in the page → per-role counts for the panel.
 * - Save: `createPackRepository(db).put({ ...pack, roles: { ...pack.roles, [role]: selector } })`
 *   in the background (validated; throws InvalidPackError with FR/EN errors).
 * - Share: `serializePack(pack)` + `packFileName(pack)` to export; `parsePackFile(text)` to import
 *   (ok + pack, or every error with its path and FR/EN text), then `put`.
 * - Reading a room: for a tab whose origin has a pack (`repo.get(new URL(url).origin)`), give the
 *   content script the pack and add `createTaughtAdapter(pack)` (platforms/taught) after the
 *   built-in adapters: it detects only on that origin and only when the pack finds rows or messages.
 */
export { PACK_FORMAT, PACK_ROLES, PACK_VERSION, ROLE_CONTAINER, ROLE_LABELS, LIST_ROLES, emptyPack, isValidPack, plainPack, validatePack } from './schema';
export type { PackRole, PackRoles, SelectorPack, PackValidation } from './schema';
export type { PackError, PackErrorCode } from './errors';
export { MAX_SELECTOR_LENGTH, isSafeSelector, selectorProblem, type SelectorProblem, type SelectorProblemCode } from './selector';
export { MAX_PACK_FILE_BYTES, packFileName, parsePackFile, serializePack, type PackFileResult } from './file';
export { generateSelector, looksGenerated, similarSiblings, type GenerateOptions, type GeneratedSelector } from './generate';
export { countMatches, roleElements, type RoleCounts } from './query';
