import type { QualityGeometryTable, QualityTable } from './qualityTable.ts';
import type { QualityFinding } from './qualityFinding.ts';

/**
 * Vertex k of a plot's outline in canonical order: each ring starts at its smallest vertex (by
 * lon, then lat) and leaves out its closing vertex, so the same outline written from another
 * starting corner reads the same. Returns the vertex index in lonLat.
 */
function canonicalVertices(table: QualityGeometryTable, p: number): number[] {
  const { lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets } = table;
  const out: number[] = [];
  for (let r = polygonRingOffsets[plotPolygonOffsets[p]]; r < polygonRingOffsets[plotPolygonOffsets[p + 1]]; r++) {
    const v0 = ringOffsets[r];
    const len = ringOffsets[r + 1] - 1 - v0;
    let best = v0;
    for (let v = v0 + 1; v < v0 + len; v++) {
      const dx = lonLat[2 * v] - lonLat[2 * best];
      if (dx < 0 || (dx === 0 && lonLat[2 * v + 1] < lonLat[2 * best + 1])) best = v;
    }
    for (let k = 0; k < len; k++) out.push(v0 + ((best - v0 + k) % len));
    out.push(-1); // ring separator, so ring boundaries take part in the comparison
  }
  return out;
}

const words = new Uint32Array(2);
const word64 = new Float64Array(words.buffer);

/**
 * FNV-1a over the 64-bit patterns of plot p's coordinates in canonical order (canonicalVertices),
 * walked in place: the same value as hashing that list, without building it for every plot.
 */
function plotGeometryHash(table: QualityGeometryTable, p: number): number {
  const { lonLat, ringOffsets, polygonRingOffsets, plotPolygonOffsets } = table;
  let h = 0x811c9dc5;
  for (let r = polygonRingOffsets[plotPolygonOffsets[p]]; r < polygonRingOffsets[plotPolygonOffsets[p + 1]]; r++) {
    const v0 = ringOffsets[r];
    const len = ringOffsets[r + 1] - 1 - v0;
    let best = v0;
    for (let v = v0 + 1; v < v0 + len; v++) {
      const dx = lonLat[2 * v] - lonLat[2 * best];
      if (dx < 0 || (dx === 0 && lonLat[2 * v + 1] < lonLat[2 * best + 1])) best = v;
    }
    for (let k = 0; k < len; k++) {
      const v = v0 + ((best - v0 + k) % len);
      for (let c = 0; c < 2; c++) {
        word64[0] = lonLat[2 * v + c] + 0; // + 0 folds -0 into 0
        h = Math.imul(h ^ words[0], 0x01000193);
        h = Math.imul(h ^ words[1], 0x01000193);
      }
    }
    h = Math.imul(h ^ 0xff, 0x01000193); // ring separator, as in canonicalVertices
  }
  return h >>> 0;
}

function sameGeometry(table: QualityGeometryTable, a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  const c = table.lonLat;
  for (let i = 0; i < a.length; i++) {
    if ((a[i] < 0) !== (b[i] < 0)) return false;
    if (a[i] >= 0 && (c[2 * a[i]] !== c[2 * b[i]] || c[2 * a[i] + 1] !== c[2 * b[i] + 1])) return false;
  }
  return true;
}

/**
 * Groups of plots with exactly the same outline (same coordinates, whatever the starting corner of
 * each ring), each group's rows in input order (sourceIndex), groups in the order found.
 */
export function duplicateGroups(table: QualityGeometryTable): number[][] {
  const n = table.count;
  const hashes = new Uint32Array(n);
  for (let p = 0; p < n; p++) hashes[p] = plotGeometryHash(table, p);
  // Hash values that occur more than once, found by sorting: a map from every hash to its rows
  // cost seconds at a million plots, where nearly every hash occurs once.
  const sorted = hashes.slice().sort();
  const repeated = new Set<number>();
  for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
  // Buckets of rows sharing a hash, each in row order, buckets in the order of their first row.
  const byHash = new Map<number, number[]>();
  if (repeated.size > 0) {
    for (let p = 0; p < n; p++) {
      const h = hashes[p];
      if (!repeated.has(h)) continue;
      const bucket = byHash.get(h);
      if (bucket) bucket.push(p);
      else byHash.set(h, [p]);
    }
  }
  const groups: number[][] = [];
  for (const bucket of byHash.values()) {
    // A hash bucket may mix outlines (collisions): split it into groups of truly equal ones.
    const orders = bucket.map((p) => canonicalVertices(table, p));
    const taken = new Uint8Array(bucket.length);
    for (let i = 0; i < bucket.length; i++) {
      if (taken[i]) continue;
      const rows = [bucket[i]];
      for (let j = i + 1; j < bucket.length; j++) {
        if (!taken[j] && sameGeometry(table, orders[i], orders[j])) {
          taken[j] = 1;
          rows.push(bucket[j]);
        }
      }
      if (rows.length < 2) continue;
      rows.sort((a, b) => table.sourceIndex[a] - table.sourceIndex[b]);
      groups.push(rows);
    }
  }
  return groups;
}

/** Plots with exactly the same outline under different ids (duplicateGroups): one finding per group. */
export function duplicateFindings(table: QualityTable, areaM2: Float64Array, groups: readonly number[][]): QualityFinding[] {
  return groups.map((rows): QualityFinding => {
    const ids = rows.map((r) => table.ids[r]);
    const area = Math.round(areaM2[rows[0]] * 100) / 100;
    return {
      kind: 'duplicate-geometry',
      severity: 'warning',
      code: 'duplicate-geometry',
      plotIds: ids,
      indexes: rows.map((r) => table.sourceIndex[r]),
      rows,
      measure: area,
      unit: 'm2',
      message: `${rows.length} plots have exactly the same geometry (${area} m²): ${ids.join(', ')}; their area counts ${rows.length} times`,
    };
  });
}

/** Each row's group number in `groups`, -1 for rows in none (overlap search skips pairs in one group). */
export function duplicateGroupOf(count: number, groups: readonly number[][]): Int32Array {
  const groupOf = new Int32Array(count).fill(-1);
  groups.forEach((rows, i) => {
    for (const r of rows) groupOf[r] = i;
  });
  return groupOf;
}
