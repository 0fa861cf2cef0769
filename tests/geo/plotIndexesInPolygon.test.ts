import { describe, expect, it } from 'vitest';
import { localProjection, plotEdgeIndex, plotIndexesInPolygon, plotRingsOfTable, pointInRingXY, unprojectXY } from '../../src/index.ts';
import { plot, rect } from '../../scripts/golden/caseBuilder.ts';
import { tableOf } from '../helpers/tableOf.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';

const ORIGIN = localProjection(121.6, 31.2);
const at = (x: number, y: number): [number, number] => unprojectXY(ORIGIN, x, y) as [number, number];
const ringOf = (xy: [number, number][]) => xy.map(([x, y]) => at(x, y));

// Row 0..3: a 2×2 grid of 100 m squares with 10 m gaps; row 4: an L-shaped plot east of them.
const L = [[at(300, 0), at(400, 0), at(400, 30), at(330, 30), at(330, 100), at(300, 100), at(300, 0)]];
const { table } = tableOf([
  plot('p0', rect(0, 0, 100, 100)),
  plot('p1', rect(110, 0, 100, 100)),
  plot('p2', rect(0, 110, 100, 100)),
  plot('p3', rect(110, 110, 100, 100)),
  { type: 'Feature', properties: { id: 'l', subparkId: null, landUse: '1001' }, geometry: { type: 'Polygon', coordinates: L } },
]);
const index = plotEdgeIndex(plotRingsOfTable(table));

describe('plotIndexesInPolygon', () => {
  it('selects the plots whose centroid is inside a box, not those it only grazes', () => {
    // Covers p0 and p1 whole and the south 40 m of p2 and p3 (their centroids at y=160 stay out).
    expect(Array.from(plotIndexesInPolygon(index, ringOf([[-5, -5], [215, -5], [215, 150], [-5, 150], [-5, -5]])))).toEqual([0, 1]);
    // A box over half of p0 and half of p1, up to their centroids' line and past it.
    expect(Array.from(plotIndexesInPolygon(index, ringOf([[40, -5], [170, -5], [170, 49], [40, 49]])))).toEqual([]);
    expect(Array.from(plotIndexesInPolygon(index, ringOf([[40, -5], [170, -5], [170, 51], [40, 51]])))).toEqual([0, 1]);
  });

  it('follows a concave lasso', () => {
    // An L-shaped lasso around p0, p1 and p2 leaving p3 out.
    const lasso = ringOf([[-5, -5], [215, -5], [215, 105], [105, 105], [105, 215], [-5, 215]]);
    expect(Array.from(plotIndexesInPolygon(index, lasso))).toEqual([0, 1, 2]);
  });

  it('uses the area centroid of a concave plot', () => {
    // The L's area centroid is at about (335.6, 35.6) (just outside the L itself, in its notch: a
    // selection point, not a label point); nothing of the L's long arm selects it.
    expect(Array.from(plotIndexesInPolygon(index, ringOf([[332, 32], [346, 32], [346, 46], [332, 46]])))).toEqual([4]);
    expect(Array.from(plotIndexesInPolygon(index, ringOf([[360, 5], [395, 5], [395, 25], [360, 25]])))).toEqual([]);
  });

  it('selects the same from an index reopened from a transferred tree', () => {
    const reopened = plotEdgeIndex(index.rings, index.tree!.data);
    const box = ringOf([[-5, -5], [215, -5], [215, 215], [-5, 215]]);
    expect(Array.from(plotIndexesInPolygon(reopened, box))).toEqual([0, 1, 2, 3]);
  });

  it('returns nothing for a degenerate ring or an empty index', () => {
    expect(plotIndexesInPolygon(index, ringOf([[0, 0], [100, 100]])).length).toBe(0);
    expect(plotIndexesInPolygon(plotEdgeIndex(plotRingsOfTable(tableOf([]).table)), ringOf([[0, 0], [1, 0], [1, 1]])).length).toBe(0);
  });

  it('agrees with a brute-force centroid test on random rectangles and lassos', () => {
    const rnd = mulberry32(8);
    const features = Array.from({ length: 400 }, (_, i) => plot(`r${i}`, rect(rnd() * 2000, rnd() * 2000, 10 + rnd() * 60, 10 + rnd() * 60)));
    const t = tableOf(features).table;
    const idx = plotEdgeIndex(plotRingsOfTable(t));
    for (let k = 0; k < 20; k++) {
      const cx = rnd() * 2000, cy = rnd() * 2000, r0 = 100 + rnd() * 500;
      const lasso = Array.from({ length: 12 }, (_, j) => {
        const a = (j / 12) * 2 * Math.PI, r = r0 * (0.4 + 0.6 * rnd());
        return at(cx + r * Math.cos(a), cy + r * Math.sin(a));
      });
      const expected: number[] = [];
      for (let p = 0; p < t.count; p++) {
        // Rectangles: the centroid is the mean of the four corners.
        const v0 = t.ringOffsets[p];
        let x = 0, y = 0;
        for (let v = v0; v < v0 + 4; v++) {
          x += t.lonLat[2 * v] / 4;
          y += t.lonLat[2 * v + 1] / 4;
        }
        if (pointInRingXY(x, y, lasso)) expected.push(p);
      }
      expect(Array.from(plotIndexesInPolygon(idx, lasso))).toEqual(expected);
    }
  });
});
