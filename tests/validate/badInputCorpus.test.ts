import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLandUseTable } from '../../src/landuse/landUseTable.ts';
import { createPlotTableBuilder } from '../../src/validate/plotTableBuilder.ts';
import type { InputIssue } from '../../src/schema/index.ts';
import { deepFreeze } from '../helpers/deepFreeze.ts';

/**
 * The bad-input corpus: one small GeoJSON file per problem, and expected.json with, per file, the
 * ids that must load and every issue that must be reported (index, id, severity, code, field and a
 * piece of the message, usually the offending value).
 */
const DIR = join(import.meta.dirname, '../fixtures/bad-input');

interface ExpectedIssue {
  index: number;
  id: string | null;
  severity: InputIssue['severity'];
  code: string;
  field: string | null;
  messageIncludes?: string;
}
interface ExpectedFile {
  note: string;
  loaded: string[];
  issues: ExpectedIssue[];
}

const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, ExpectedFile>;
const corpusFiles = readdirSync(DIR).filter((f) => f.endsWith('.geojson')).sort();

const byPosition = (a: { index: number; code: string; field: string | null }, b: typeof a) =>
  a.index - b.index || a.code.localeCompare(b.code) || String(a.field).localeCompare(String(b.field));

function run(file: string) {
  const parsed = deepFreeze(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { features: unknown[] });
  const builder = createPlotTableBuilder(defaultLandUseTable());
  parsed.features.forEach((f, i) => builder.add(f, i));
  return { ...builder.finish(), featureCount: parsed.features.length };
}

describe('bad-input corpus', () => {
  it('lists every corpus file in expected.json and nothing else', () => {
    expect(Object.keys(expected).sort()).toEqual(corpusFiles);
    expect(corpusFiles.length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpusFiles)('%s: every problem reported, the good features loaded', (file) => {
    const want = expected[file];
    const { table, issues, featureCount } = run(file);

    expect(table.ids).toEqual(want.loaded);

    const got = issues.map(({ index, id, severity, code, field }) => ({ index, id, severity, code, field })).sort(byPosition);
    const wanted = want.issues.map(({ index, id, severity, code, field }) => ({ index, id, severity, code, field })).sort(byPosition);
    expect(got).toEqual(wanted);

    for (const w of want.issues) {
      if (!w.messageIncludes) continue;
      const match = issues.find((i) => i.index === w.index && i.code === w.code && i.field === w.field);
      expect(match?.message, `${file} #${w.index} ${w.code}`).toContain(w.messageIncludes);
    }

    // Nothing disappears silently: every feature is either in the table or has an error.
    const kept = new Set(Array.from(table.sourceIndex));
    for (let i = 0; i < featureCount; i++) {
      const hasError = issues.some((issue) => issue.index === i && issue.severity === 'error');
      expect(kept.has(i) !== hasError, `${file} feature ${i}`).toBe(true);
    }
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
  });
});
