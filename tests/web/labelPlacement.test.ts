import { describe, expect, it } from 'vitest';
import { placeLabels, textWidthEm, type LabelCandidate } from '../../web/layers/labelPlacement.ts';

/** Candidates placed at their lon/lat read as pixels. */
const atPixels = (lonLat: [number, number]): [number, number] | null => (lonLat[0] < 0 ? null : lonLat);
const label = (text: string, x: number, y: number, priority: number): LabelCandidate => ({ text, lonLat: [x, y], sizePixels: 14, priority });

describe('label placement', () => {
  it('measures CJK as one em a character and Latin narrower', () => {
    expect(textWidthEm('浦东新区')).toBe(4);
    expect(textWidthEm('Pudong')).toBeCloseTo(6 * 0.58);
  });

  it('hides the lower-priority label of two that overlap, keeps labels apart from each other', () => {
    const shown = placeLabels([label('闵行区', 100, 100, 1), label('闵行园', 120, 104, 5), label('松江区', 400, 100, 2)], atPixels);
    expect([...shown].sort()).toEqual([1, 2]);
  });

  it('hides a label cut by the edge of the map and one that cannot be projected', () => {
    const shown = placeLabels([label('崇明区', 300, 6, 9), label('宝山区', 300, 200, 1), label('背后', -1, 0, 10)], atPixels, 4, [800, 600]);
    expect([...shown]).toEqual([1]);
    expect([...placeLabels([label('崇明区', 300, 6, 9)], atPixels)]).toEqual([0]);
  });
});
