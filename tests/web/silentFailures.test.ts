import { describe, expect, it } from 'vitest';
import { detailForSelection, type HeldDetail } from '../../web/panels/heldDetail.ts';
import { runOrSay } from '../../web/app/failureNotice.ts';

describe('the inspector under a new selection', () => {
  const resultA = { requestId: 1 };
  const resultB = { requestId: 2 };
  const held: HeldDetail<string, object> = { row: 3, result: resultA, detail: 'details of plot 3' };

  it('shows details only for the selection and result they were fetched for', () => {
    expect(detailForSelection(held, 3, resultA)).toBe('details of plot 3');
    // Plot 5 selected, its details not back yet: nothing, never plot 3's details under plot 5.
    expect(detailForSelection(held, 5, resultA)).toBeNull();
    // A new analysis: plot 3's old flags are not shown as the new ones.
    expect(detailForSelection(held, 3, resultB)).toBeNull();
    expect(detailForSelection(held, -1, resultA)).toBeNull();
    expect(detailForSelection(null, 3, resultA)).toBeNull();
  });
});

describe('an action that fails', () => {
  it('says why instead of failing silently', async () => {
    const said: string[] = [];
    expect(await runOrSay(async () => Promise.reject(new Error('worker gone')), (m) => said.push(m))).toBe(false);
    expect(await runOrSay(async () => {
      throw 'plain text';
    }, (m) => said.push(m))).toBe(false);
    expect(await runOrSay(async () => undefined, (m) => said.push(m))).toBe(true);
    expect(said).toEqual(['worker gone', 'plain text']);
  });
});
