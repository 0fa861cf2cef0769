import { describe, expect, it } from 'vitest';
import { localProjection, plotEdgeIndex, plotRingsOfTable, polygonEdgeIndex, snappedAmong, snappedPosition, unprojectXY, type PlotRings } from '../../src/index.ts';
import { plot, rect } from '../../scripts/golden/caseBuilder.ts';
import { tableOf } from '../helpers/tableOf.ts';

// caseBuilder's origin: positions below are metres east/north of it.
const ORIGIN = localProjection(121.6, 31.2);
const at = (x: number, y: number): [number, number] => unprojectXY(ORIGIN, x, y) as [number, number];

const { table } = tableOf([plot('a1', rect(0, 0, 100, 100)), plot('a2', rect(110, 0, 100, 100))]);
const index = plotEdgeIndex(plotRingsOfTable(table));

/** The table's vertex nearest to a metre position, as stored. */
function storedVertex(x: number, y: number): [number, number] {
  const [lon, lat] = at(x, y);
  let best: [number, number] = [NaN, NaN];
  let bestD = Infinity;
  for (let v = 0; v < table.lonLat.length / 2; v++) {
    const d = Math.hypot(table.lonLat[2 * v] - lon, table.lonLat[2 * v + 1] - lat);
    if (d < bestD) {
      bestD = d;
      best = [table.lonLat[2 * v], table.lonLat[2 * v + 1]];
    }
  }
  return best;
}

describe('snappedPosition', () => {
  it('snaps to a plot vertex within the tolerance, rounded to 1e-9°', () => {
    const s = snappedPosition(index, at(102, 103), 5);
    expect(s?.kind).toBe('vertex');
    expect(s?.row).toBe(0);
    expect(s?.distanceM).toBeCloseTo(Math.hypot(2, 3), 1);
    const v = storedVertex(100, 100);
    expect(s!.lonLat[0]).toBeCloseTo(v[0], 9);
    expect(s!.lonLat[1]).toBeCloseTo(v[1], 9);
    for (const c of s!.lonLat) expect(Math.round(c * 1e9) / 1e9).toBe(c);
  });

  it('snaps to the nearest point of an edge when no vertex is within the tolerance', () => {
    const s = snappedPosition(index, at(50, 103), 5);
    expect(s?.kind).toBe('edge');
    expect(s?.distanceM).toBeCloseTo(3, 2);
    const [lon, lat] = s!.lonLat;
    const onEdge = at(50, 100);
    expect(lon).toBeCloseTo(onEdge[0], 7);
    expect(lat).toBeCloseTo(onEdge[1], 8);
  });

  it('prefers a vertex to a nearer edge', () => {
    // (96, 102): edge y=100 is 2 m away, the corner (100, 100) 4.5 m.
    expect(snappedPosition(index, at(96, 102), 5)?.kind).toBe('vertex');
    expect(snappedPosition(index, at(96, 102), 3)?.kind).toBe('edge');
  });

  it('picks the nearer of two plots across a gap', () => {
    // a1's east edge at x=100, a2's west edge at x=110.
    expect(snappedPosition(index, at(103, 50), 6)?.row).toBe(0);
    expect(snappedPosition(index, at(108, 50), 6)?.row).toBe(1);
  });

  it('returns null beyond the tolerance, for a zero tolerance and with no plots', () => {
    expect(snappedPosition(index, at(50, 108), 5)).toBeNull();
    expect(snappedPosition(index, at(50, 100.5), 0)).toBeNull();
    expect(snappedPosition(plotEdgeIndex(plotRingsOfTable(tableOf([]).table)), at(0, 0), 5)).toBeNull();
  });

  it('reads the viewer geometry (float32 offsets from an origin) to the same vertex', () => {
    const rings = plotRingsOfTable(table);
    const origin: [number, number] = [121.59, 31.21];
    const positions = new Float32Array(table.lonLat.length);
    for (let i = 0; i < positions.length; i += 2) {
      positions[i] = table.lonLat[i] - origin[0];
      positions[i + 1] = table.lonLat[i + 1] - origin[1];
    }
    const viewer: PlotRings = { ...rings, originLonLat: origin, positions, bounds: Float32Array.from(rings.bounds) };
    const s = snappedPosition(plotEdgeIndex(viewer), at(1, -1), 3);
    const v = storedVertex(0, 0);
    expect(s?.kind).toBe('vertex');
    expect(Math.abs(s!.lonLat[0] - v[0])).toBeLessThan(2e-9);
    expect(Math.abs(s!.lonLat[1] - v[1])).toBeLessThan(2e-9);
  });
});

describe('snappedAmong (plots and the land drawn so far)', () => {
  // Land drawn east of a2 (a2 spans x 110..210): a square 220..260 × 0..40.
  const square = { type: 'Polygon' as const, coordinates: [[at(220, 0), at(260, 0), at(260, 40), at(220, 40), at(220, 0)]] };
  const drawn = polygonEdgeIndex([square]);

  it('snaps to a drawn polygon\'s vertex and edge where no plot is near', () => {
    const v = snappedAmong([index, drawn], at(262, 41), 5);
    expect(v).toMatchObject({ kind: 'vertex', source: 1, row: 0 });
    expect(v!.lonLat[0]).toBeCloseTo(square.coordinates[0][2][0], 9);
    expect(v!.lonLat[1]).toBeCloseTo(square.coordinates[0][2][1], 9);
    const e = snappedAmong([index, drawn], at(240, 43), 5);
    expect(e).toMatchObject({ kind: 'edge', source: 1 });
    expect(e!.distanceM).toBeCloseTo(3, 1);
    expect(snappedPosition(index, at(262, 41), 5)).toBeNull();
  });

  it('prefers any vertex to an edge, and the nearer of two of a kind', () => {
    // (214, 2): a2's corner (210, 0) is 4.5 m away, the square's west edge x=220 is 6 m: the vertex.
    expect(snappedAmong([index, drawn], at(214, 2), 7)).toMatchObject({ kind: 'vertex', source: 0, row: 1 });
    // (216, 20): a2's east edge 6 m, the square's west edge 4 m: the nearer edge, the drawn land's.
    expect(snappedAmong([index, drawn], at(216, 20), 7)).toMatchObject({ kind: 'edge', source: 1 });
    expect(snappedAmong([index, polygonEdgeIndex([])], at(300, 300), 5)).toBeNull();
  });
});
