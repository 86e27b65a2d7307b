// What the Node benches (core.mjs, serverRecord.mjs) share: the project's TypeScript modules,
// bundled with esbuild into a temporary ES module and imported, and a median timing.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * `exports`: what to export from which file, relative to the project's root, e.g.
 * `{ 'core/session/attendance.ts': '{ attendance }', 'test/support/session.ts': '* as builders' }`.
 */
export async function importBundled(name, exports) {
  const dir = mkdtempSync(join(tmpdir(), `moderato-bench-${name}-`));
  const entry = join(dir, 'entry.ts');
  const out = join(dir, `${name}.mjs`);
  writeFileSync(entry, Object.entries(exports).map(([file, what]) => `export ${what} from ${JSON.stringify(join(root, file))};`).join('\n'));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: out, logLevel: 'silent' });
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `fn` run once to warm up, then `runs` times: the median, every duration, the last result. */
export function time(fn, runs) {
  fn();
  const durations = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    durations.push(performance.now() - t);
  }
  return { ms: median(durations), runs: durations, result };
}
