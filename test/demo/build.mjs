// `npm run build:demo`: the store build (`wxt build`, .output/chrome-mv3), then a copy of it whose
// manifest also runs the room script on the demo room (.output/chrome-mv3-demo). The copy differs
// from what users install by its manifest alone, so `npm start`, the e2e tests and the benchmark
// run the very code users get, while the store build grants nothing on this machine's services.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
export const STORE_DIR = join(root, '.output', 'chrome-mv3');
export const DEMO_DIR = join(root, '.output', 'chrome-mv3-demo');

/** The demo server's rooms: the BigBlueButton simulator, and a room no built-in adapter knows. */
export const DEMO_ROOM_MATCHES = ['http://127.0.0.1/html5client*', 'http://127.0.0.1/via/*'];
/** WXT's output for entrypoints/room.content (the store build registers it at run time instead). */
const ROOM_SCRIPT = 'content-scripts/room.js';

/** The store manifest with the room script declared on the demo room. */
export function demoManifest(storeManifest) {
  return { ...storeManifest, content_scripts: [{ matches: DEMO_ROOM_MATCHES, js: [ROOM_SCRIPT] }] };
}

/** Copies a store build to `demoDir` with the demo manifest. */
export function writeDemoCopy(storeDir, demoDir) {
  if (!existsSync(join(storeDir, ROOM_SCRIPT))) throw new Error(`${ROOM_SCRIPT} is missing from ${storeDir}: did WXT rename the room script?`);
  rmSync(demoDir, { recursive: true, force: true });
  cpSync(storeDir, demoDir, { recursive: true });
  const file = join(demoDir, 'manifest.json');
  writeFileSync(file, JSON.stringify(demoManifest(JSON.parse(readFileSync(file, 'utf8')))));
}

/**
 * Builds the store build, then its demo copy. `env` reaches WXT (MODERATO_UNMINIFIED=1 builds into
 * .output/unminified/); `storeDir` and `demoDir` say where that build lands and its copy goes.
 */
export function buildDemo({ env = process.env, storeDir = STORE_DIR, demoDir = DEMO_DIR, quiet = false } = {}) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], {
    cwd: root,
    env,
    stdio: quiet ? 'ignore' : 'inherit',
  });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status})`);
  writeDemoCopy(storeDir, demoDir);
}

if (process.argv[1] === import.meta.filename) {
  buildDemo();
  console.log(`Demo build: ${DEMO_DIR}`);
}
