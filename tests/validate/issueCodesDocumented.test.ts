import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src/validate');

/** Every code the validators emit, with its severity, read from their source. */
function emittedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of readdirSync(SRC).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(SRC, file), 'utf8');
    for (const m of text.matchAll(/\.(error|warn)\(\s*'([a-z0-9-]+)'/g)) codes.set(m[2], m[1] === 'warn' ? 'warning' : 'error');
    for (const m of text.matchAll(/severity: '(error|warning)', code: '([a-z0-9-]+)'/g)) codes.set(m[2], m[1]);
  }
  return codes;
}

describe('src/validate/README.md', () => {
  it('documents every issue code the validators emit, with its severity', () => {
    const readme = readFileSync(join(SRC, 'README.md'), 'utf8');
    const codes = emittedCodes();
    expect(codes.size).toBeGreaterThan(40);
    for (const [code, severity] of codes) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      if (row) expect(row, code).toContain(`| ${severity} |`);
      else expect(readme, `${code} is not documented`).toContain(`\`${code}\``);
    }
  });
});
