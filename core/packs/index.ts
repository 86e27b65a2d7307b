/** Selector packs: what a moderator teaches Moderato about a room site (the model, its file format and its checks). */
export { PACK_ROLES, ROLE_CONTAINER, ROLE_NEEDS, emptyPack, type PackRole, type SelectorPack } from './schema';
export type { PackError } from './errors';
export { packFileName, parsePackFile, serializePack } from './file';
