import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ADAPTERS, detectRoom } from '../../platforms/registry';
import { JSDOM } from 'jsdom';

const PLATFORMS_DIR = join(__dirname, '..', '..', 'platforms');
/** Folders of shared code, not adapters. */
const NOT_ADAPTERS = new Set(['dom', 'heuristics', 'picker', 'taught']);

test('every adapter folder under platforms/ is registered, under its folder name', () => {
  const folders = readdirSync(PLATFORMS_DIR).filter((name) => statSync(join(PLATFORMS_DIR, name)).isDirectory() && !NOT_ADAPTERS.has(name));
  expect(folders.length).toBeGreaterThan(0);
  expect(ADAPTERS.map((adapter) => adapter.id).sort()).toEqual(folders.sort());
});

test('an ordinary page matches no adapter', () => {
  const doc = new JSDOM('<!doctype html><title>Accueil</title><p>Bonjour</p>').window.document;
  expect(detectRoom(doc, new URL('https://example.org/'))).toBeNull();
});
