import { describe, expect, it } from 'vitest';
import * as polyclip from 'polyclip-ts';
import { overlapAreaM2 } from '../../src/quality/index.ts';
import { overlapCertainlyAtLeast } from '../../src/quality/overlapLowerBound.ts';
import { overlapCertainlyBelow } from '../../src/quality/overlapBound.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';
import { metreTable, rect, type MetrePolygon } from './metrePolygons.ts';

/** Overlap of two single-polygon plots given in metres. */
function overlapOf(a: MetrePolygon, b: MetrePolygon): number {
  const { xy, g } = metreTable([[a], [b]]);
  return overlapAreaM2(xy, g, 0, 1);
}

describe('overlapAreaM2: hand-computed cases', () => {
  it('two 10 m squares offset by 5 m each way overlap by 25 m², whichever comes first', () => {
    expect(overlapOf([rect(0, 0, 10, 10)], [rect(5, 5, 15, 15)])).toBeCloseTo(25, 9);
    expect(overlapOf([rect(5, 5, 15, 15)], [rect(0, 0, 10, 10)])).toBeCloseTo(25, 9);
  });

  it('neighbours sharing a whole edge, or part of one (T-junction), overlap by 0', () => {
    expect(overlapOf([rect(0, 0, 10, 10)], [rect(10, 0, 20, 10)])).toBe(0);
    expect(overlapOf([rect(0, 0, 10, 10)], [rect(10, 2, 20, 5)])).toBe(0);
    expect(overlapOf([rect(0, 0, 10, 10)], [rect(3, 10, 7, 20)])).toBe(0);
  });

  it('identical outlines overlap by their whole area, once', () => {
    expect(overlapOf([rect(0, 0, 10, 10)], [rect(0, 0, 10, 10)])).toBeCloseTo(100, 9);
  });

  it('nested outlines: the inner area, also when they share three sides', () => {
    expect(overlapOf([rect(0, 0, 10, 10)], [rect(2, 2, 4, 5)])).toBeCloseTo(6, 9);
    expect(overlapOf([rect(0, 0, 10, 10)], [rect(0, 0, 10, 4)])).toBeCloseTo(40, 9);
  });

  it('a square whose corner touches a triangle\'s hypotenuse lies inside it', () => {
    expect(overlapOf([[[0, 0], [10, 0], [0, 10]]], [rect(0, 0, 5, 5)])).toBeCloseTo(25, 9);
  });

  it('a concave L-shape and a square crossing its notch', () => {
    // L = 20×20 square minus its upper-right 10×10 quarter; the square [5,15]² covers 3 of its 4 quarters.
    const l = [[[0, 0], [20, 0], [20, 10], [10, 10], [10, 20], [0, 20]]];
    expect(overlapOf(l, [rect(5, 5, 15, 15)])).toBeCloseTo(75, 9);
  });

  it('a hole is not overlap: a square over half of a plot\'s 4×4 hole', () => {
    const withHole = [rect(0, 0, 10, 10), rect(3, 3, 7, 7)];
    // [5,10]×[0,10] = 50 m², minus the hole's part in it, [5,7]×[3,7] = 8 m².
    expect(overlapOf(withHole, [rect(5, 0, 10, 10)])).toBeCloseTo(42, 9);
    expect(overlapOf([rect(5, 0, 10, 10)], withHole)).toBeCloseTo(42, 9);
  });

  it('sums over the polygons of a MultiPolygon', () => {
    const { xy, g } = metreTable([[[rect(0, 0, 10, 10)], [rect(20, 0, 30, 10)]], [[rect(8, 0, 22, 1)]]]);
    expect(overlapAreaM2(xy, g, 0, 1)).toBeCloseTo(4, 9);
  });

  it('a thin overlap along a shared edge: 100 m long, 2 cm deep, is 2 m²', () => {
    expect(overlapOf([rect(0, 0, 100, 50)], [rect(0, 49.98, 100, 80)])).toBeCloseTo(2, 6);
  });
});

/**
 * A random simple polygon: a ring star-shaped around (cx, cy), convex or not. The angles are
 * spread so that no gap reaches 180°, else the ring could cross itself.
 */
function randomPolygon(rand: () => number, cx: number, cy: number, radius: number): number[][] {
  const n = 3 + Math.floor(rand() * 8);
  const angles = Array.from({ length: n }, (_, i) => ((i + rand() * 0.4) / n) * 2 * Math.PI);
  return angles.map((t) => {
    const r = radius * (0.3 + 0.7 * rand());
    return [cx + r * Math.cos(t), cy + r * Math.sin(t)];
  });
}

function areaOf(multi: number[][][][]): number {
  let s = 0;
  for (const polygon of multi) {
    polygon.forEach((ring, i) => {
      let a = 0;
      for (let j = 0; j < ring.length - 1; j++) a += ring[j][0] * ring[j + 1][1] - ring[j + 1][0] * ring[j][1];
      s += (i === 0 ? 1 : -1) * Math.abs(a / 2);
    });
  }
  return s;
}

describe('overlapAreaM2: properties on random polygons', () => {
  it('equals polyclip-ts\'s intersection area, is symmetric and gives a polygon\'s own area with itself', () => {
    const rand = mulberry32(20261202);
    for (let k = 0; k < 120; k++) {
      const a = randomPolygon(rand, 0, 0, 50);
      const b = randomPolygon(rand, (rand() - 0.5) * 120, (rand() - 0.5) * 120, 50);
      const { xy, g } = metreTable([[[a]], [[b]]]);
      const ringA = Array.from(xy.subarray(0, 2 * g.ringOffsets[1]));
      const ringB = Array.from(xy.subarray(2 * g.ringOffsets[1], 2 * g.ringOffsets[2]));
      const pairs = (flat: number[]) => Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]] as [number, number]);
      const reference = areaOf(polyclip.intersection([[pairs(ringA)]], [[pairs(ringB)]]) as number[][][][]);
      const mine = overlapAreaM2(xy, g, 0, 1);
      expect(mine, `case ${k}`).toBeCloseTo(reference, 6);
      expect(overlapAreaM2(xy, g, 1, 0), `case ${k}`).toBeCloseTo(mine, 6);
      expect(overlapAreaM2(xy, g, 0, 0)).toBeCloseTo(areaOf([[pairs(ringA)]]), 6);
    }
  });
});

describe('the bounds that spare the exact area', () => {
  it('a disc inside both plots never claims more than the exact overlap, and the slab bound never less', () => {
    const rand = mulberry32(20261203);
    let proved = 0, ruledOut = 0;
    for (let k = 0; k < 300; k++) {
      const a = randomPolygon(rand, 0, 0, 50);
      const b = randomPolygon(rand, (rand() - 0.5) * 120, (rand() - 0.5) * 120, 50);
      const { xy, g } = metreTable([[[a]], [[b]]]);
      const exact = overlapAreaM2(xy, g, 0, 1);
      const limit = 1 + rand() * 50;
      // At random points: the search tries the centre of the two boxes' intersection.
      for (let t = 0; t < 5; t++) {
        const px = (rand() - 0.5) * 100, py = (rand() - 0.5) * 100;
        if (overlapCertainlyAtLeast(xy, g, 0, 1, px, py, limit)) {
          proved++;
          expect(exact, `case ${k}`).toBeGreaterThanOrEqual(2 * limit);
        }
      }
      if (overlapCertainlyBelow(xy, g, 0, 1, limit)) {
        ruledOut++;
        expect(exact, `case ${k}`).toBeLessThan(limit);
      }
    }
    expect(proved).toBeGreaterThan(20);
    expect(ruledOut).toBeGreaterThan(20);
  });
});
