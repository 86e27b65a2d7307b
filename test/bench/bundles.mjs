// Sizes of the built extension's files (.output/chrome-mv3): raw and gzip (node:zlib, level 9).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT = 'content-scripts/room.js';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function bundleSizes(outputDir) {
  const files = walk(outputDir)
    .filter((path) => /\.(js|css|html)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(outputDir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
  const contentScript = files.find((f) => f.file === CONTENT_SCRIPT) ?? { file: CONTENT_SCRIPT, raw: NaN, gzip: NaN };
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files, contentScript, total };
}
