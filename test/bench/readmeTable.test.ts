import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeTable, readResults } from './readmeTable.mjs';

// The README quotes the committed results, nothing else: after `npm run bench` replaces
// results/latest.json, this fails until the README's table is made again from it.
const root = join(import.meta.dirname, '..', '..');

describe('the README benchmark table', () => {
  const results = readResults();

  it('is the table made from test/bench/results/latest.json', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(readmeTable(results));
  });

  it('reads a results file shaped as run.mjs writes it, one verdict per budget', () => {
    expect(Object.keys(results.summary.verdicts).sort()).toEqual(Object.keys(results.budgets).sort());
    for (const verdict of Object.values(results.summary.verdicts as Record<string, { value: unknown; max: unknown; met: unknown }>)) {
      expect(typeof verdict.value).toBe('number');
      expect(typeof verdict.max).toBe('number');
      expect(typeof verdict.met).toBe('boolean');
    }
    expect(results.build.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(typeof results.source).toBe('string');
  });

  it('changes when a figure changes', () => {
    const changed = structuredClone(results);
    changed.summary.verdicts.reportPlusCsvMs.value += 1;
    expect(readmeTable(changed)).not.toBe(readmeTable(results));
  });
});
