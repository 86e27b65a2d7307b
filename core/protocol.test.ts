import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

describe('the protocol', () => {
  it('depends on neither the hub, nor the UI, nor the words (only on types of the core and the adapters)', () => {
    const source = readFileSync(fileURLToPath(new URL('./protocol.ts', import.meta.url)), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const path of imports) expect(path).not.toMatch(/background|components|i18n/);
  });
});
