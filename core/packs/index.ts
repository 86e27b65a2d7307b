/** Selector packs: what a moderator teaches Moderato about a room site (the model, its file format and its checks). */
export { PACK_FORMAT, PACK_ROLES, PACK_VERSION, ROLE_CONTAINER, ROLE_LABELS, ROLE_NEEDS, LIST_ROLES, emptyPack, isValidPack, plainPack, validatePack } from './schema';
export type { PackRole, PackRoles, SelectorPack, PackValidation } from './schema';
export type { PackError, PackErrorCode } from './errors';
export { MAX_SELECTOR_LENGTH, isSafeSelector, selectorProblem, type SelectorProblem, type SelectorProblemCode } from './selector';
export { MAX_PACK_FILE_BYTES, packFileName, parsePackFile, serializePack, type PackFileResult } from './file';
