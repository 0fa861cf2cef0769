import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../web/i18n/zh.ts';
import { en } from '../../web/i18n/en.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Every issue code the validators and the reader emit, read from their source. */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const dir of ['src/validate', 'src/io']) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(ROOT, dir, file), 'utf8');
      for (const m of text.matchAll(/\.(?:error|warn)\(\s*'([a-z0-9-]+)'/g)) codes.add(m[1]);
      for (const m of text.matchAll(/code: '([a-z0-9-]+)'/g)) codes.add(m[1]);
    }
  }
  return codes;
}

describe('data-issue titles in the viewer', () => {
  it('names every issue code in Chinese and English', () => {
    const codes = emittedCodes();
    expect(codes.size).toBeGreaterThan(45);
    const missing = [...codes].filter((c) => !(c in zh.issueCode) || !(c in en.issueCode));
    expect(missing).toEqual([]);
  });
});
