/** Templates: the model, its file format and the defaults a new moderator starts from. */
export * from './schema';
export * from './errors';
export * from './file';
