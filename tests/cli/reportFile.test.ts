import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportFile } from '../../scripts/cli/writeReport.ts';

describe('ReportFile', () => {
  it('writes a pipe in place instead of renaming a temporary file over it (as --out /dev/null did)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-report-file-'));
    try {
      const fifo = join(dir, 'fifo');
      execFileSync('mkfifo', [fifo]);
      const received: Buffer[] = [];
      const reader = createReadStream(fifo);
      reader.on('data', (b) => received.push(b as Buffer));
      const done = new Promise<void>((resolve) => reader.on('end', () => resolve()));
      const file = await ReportFile.open(fifo);
      await file.write(['{"a":', '1}\n']);
      await done;
      expect(Buffer.concat(received).toString()).toBe('{"a":1}\n');
      expect(statSync(fifo).isFIFO()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still writes a regular file under a temporary name and renames it when complete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parktwin-report-file-'));
    try {
      const path = join(dir, 'report.json');
      const file = await ReportFile.open(path);
      await file.write(['{}']);
      expect(statSync(path).isFile()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
