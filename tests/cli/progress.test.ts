import { describe, expect, it } from 'vitest';
import { stderrProgress } from '../../scripts/cli/progress.ts';
import { runSummary } from '../../scripts/cli/runSummary.ts';
import { zizhuResult } from '../report/zizhuResult.ts';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } };
}

describe('stderr progress', () => {
  it('writes one line per 10% step and per stage when stderr is not a terminal', () => {
    const { written, stream } = fakeStream(false);
    const progress = stderrProgress(stream, (stage, f) => `${stage} ${Math.floor(f * 100)}%`);
    for (let i = 0; i <= 100; i++) progress.update('read', i / 100);
    progress.update('analyse: blocks', 0);
    progress.update('analyse: blocks', 0.05);
    progress.end();
    expect(written).toEqual([...Array.from({ length: 11 }, (_, i) => `read ${i * 10}%\n`), 'analyse: blocks 0%\n']);
  });

  it('rewrites one line on a terminal at most every 100 ms, and clears it at the end', () => {
    const { written, stream } = fakeStream(true);
    let clockMs = 1_000;
    const progress = stderrProgress(stream, (stage, f) => `${stage} ${f}`, () => clockMs);
    progress.update('read', 0);
    clockMs += 99;
    progress.update('read', 0.5); // within 100 ms of the last draw: skipped
    clockMs += 1;
    progress.update('read', 0.6); // 100 ms later: drawn
    clockMs += 10;
    progress.update('read', 1); // the end of a stage is always drawn
    progress.update('analyse', 0); // a new stage is always drawn
    progress.end();
    expect(written).toEqual(['\r\x1b[Kread 0', '\r\x1b[Kread 0.6', '\r\x1b[Kread 1', '\r\x1b[Kanalyse 0', '\r\x1b[K']);
  });
});

describe('run summary', () => {
  it('counts plots, issues, flags and flagged plots in one line', async () => {
    const { table, result } = await zizhuResult();
    const read = { table, issues: result.issues, meta: { format: 'geojson', layout: 'feature-collection', featureCount: 9, byteCount: 1, members: {} } };
    const line = runSummary(read, result, 1.234, 'out.json');
    expect(line).toBe('parktwin: 7 plots analysed (2 of 9 features left out), 0 issues (0 errors), 10 flags on 5 plots, 1.2 s → out.json');
  });
});
