import { describe, expect, it } from 'vitest';
import { ringSelfIntersection } from '../../src/validate/ringSelfIntersection.ts';

const flat = (ring: number[][]) => Float64Array.from(ring.flat());
const check = (ring: number[][]) => ringSelfIntersection(flat(ring), 0, ring.length);

/** A star-free circle-ish ring of n vertices (closed), optionally with two vertices swapped to make it cross. */
function circle(n: number, swap = -1): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) ring.push([Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
  if (swap >= 0) [ring[swap], ring[swap + 1]] = [ring[swap + 1], ring[swap]];
  ring.push(ring[0]);
  return ring;
}

describe('ringSelfIntersection', () => {
  it('accepts simple rings', () => {
    expect(check([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toBeNull();
    expect(check([[0, 0], [2, 0], [2, 2], [1, 1], [0, 2], [0, 0]])).toBeNull();
    expect(check(circle(40))).toBeNull();
  });

  it('finds a bow-tie', () => {
    expect(check([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])).toEqual([0, 2]);
  });

  it('finds a ring touching itself at a vertex', () => {
    // Figure eight through (1,1): two lobes sharing one point.
    expect(check([[0, 0], [1, 1], [2, 0], [2, 2], [1, 1], [0, 2], [0, 0]])).not.toBeNull();
  });

  it('finds a spike folding back along the previous edge', () => {
    expect(check([[0, 0], [2, 0], [2, 2], [2, 1], [0, 2], [0, 0]])).not.toBeNull();
  });

  it('finds crossings in large rings through the spatial index, and passes large simple ones', () => {
    expect(check(circle(5000))).toBeNull();
    const crossed = check(circle(5000, 2500));
    expect(crossed).not.toBeNull();
    expect(crossed![0]).toBeGreaterThanOrEqual(2498);
    expect(crossed![1]).toBeLessThanOrEqual(2502);
  });

  it('handles a large ring quickly (index path, not n²)', () => {
    const ring = flat(circle(100_000));
    const t0 = performance.now();
    expect(ringSelfIntersection(ring, 0, ring.length / 2)).toBeNull();
    // Generous bound: n² would be ~5e9 segment tests, minutes not seconds.
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('reads the ring from an offset in a shared buffer', () => {
    const a = [[5, 5], [6, 5], [6, 6], [5, 5]];
    const bowTie = [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]];
    const xy = flat([...a, ...bowTie]);
    expect(ringSelfIntersection(xy, 0, 4)).toBeNull();
    expect(ringSelfIntersection(xy, 4, 9)).toEqual([0, 2]);
  });
});
