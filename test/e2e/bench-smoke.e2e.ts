import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '@playwright/test';

// The benchmark (test/bench/run.mjs) in its smoke mode: seconds-long runs that prove every figure
// is still produced. It checks that each one is a finite number, not that it is within budget.
// Lives here because playwright.config.ts looks for tests under test/e2e only.
const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');

test('the benchmark smoke mode produces every figure as a finite number', async () => {
  // Two room versions (3.0, then the React 4.0 room): about two minutes on two shared cores.
  test.setTimeout(260_000);
  const dir = mkdtempSync(join(tmpdir(), 'moderato-bench-smoke-'));
  const out = join(dir, 'smoke.json');
  try {
    const { stdout } = await run(process.execPath, ['test/bench/run.mjs', '--smoke', '--out', out], {
      cwd: root,
      timeout: 250_000,
      maxBuffer: 10 * 1024 * 1024,
      env: { ...process.env, BENCH_SECONDS: '', BENCH_ROUNDS: '', BENCH_IDLE_SECONDS: '', BENCH_MARKERS: '', BENCH_CHAT_MESSAGES: '' },
    });
    expect(stdout).toContain('Budgets');
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.config.mode).toBe('smoke');
    expect(Object.keys(result.summary.rooms)).toEqual(['3.0', '4.0']);
    const figures = Object.entries(result.summary.figures as Record<string, unknown>);
    expect(figures.length).toBeGreaterThan(40);
    const notFinite = figures.filter(([, value]) => typeof value !== 'number' || !Number.isFinite(value));
    expect(notFinite, 'figures that are not finite numbers').toEqual([]);
    // Every marker reached the side panel, and each budget got a verdict.
    expect(result.summary.figures['latency.all.missed']).toBe(0);
    expect(Object.keys(result.summary.verdicts).sort()).toEqual(
      ['chatHeapGrowthBytes', 'contentScriptGzipBytes', 'idleContentScriptWakeups', 'latencyP95Ms', 'mainThreadOverheadPct', 'reportPlusCsvMs'],
    );
    for (const verdict of Object.values(result.summary.verdicts as Record<string, { met: unknown }>)) expect(typeof verdict.met).toBe('boolean');
    for (const key of ['os', 'cpus', 'memoryBytes', 'node', 'chromium']) expect(result.machine[key]).toBeTruthy();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the reader bench injects the reader into a room and compares the rooms', async () => {
  test.setTimeout(90_000);
  const { stdout } = await run(process.execPath, ['test/bench/reader.mjs'], {
    cwd: root,
    timeout: 80_000,
    env: { ...process.env, BENCH_SECONDS: '2', BENCH_ROUNDS: '2' },
  });
  // Each round names what the reader read in its room; the summary gives a finite mean.
  const rounds = [...stdout.matchAll(/^round \d+: .* events read (\d+) \/ –$/gm)];
  expect(rounds).toHaveLength(2);
  for (const [, events] of rounds) expect(Number(events)).toBeGreaterThan(0);
  expect(stdout).toMatch(/^working tree against no reader: -?\d+\.\d % ± \d+\.\d of the room's TaskDuration over 2 rounds/m);
});
