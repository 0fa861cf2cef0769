/** Walks the positions of GeoJSON-shaped geometries that have not been validated yet. */
import { FlatPolygons } from './flatPolygons.ts';

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function emptyBounds(): Bounds {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

export function isEmptyBounds(b: Bounds): boolean {
  return !(b.minX <= b.maxX);
}

function isPosition(value: unknown[]): boolean {
  return typeof value[0] === 'number';
}

/** Calls `visit` for every [x, y, …] array nested anywhere in `coordinates`. */
function eachPosition(coordinates: unknown, visit: (position: number[]) => void): void {
  if (!Array.isArray(coordinates)) return;
  if (isPosition(coordinates)) {
    visit(coordinates as number[]);
    return;
  }
  for (const item of coordinates) eachPosition(item, visit);
}

function coordinatesOf(geometry: unknown): unknown {
  return typeof geometry === 'object' && geometry !== null ? (geometry as { coordinates?: unknown }).coordinates : undefined;
}

/** Grows `bounds` by the geometry's positions, converted by `convert` when given (the geometry is not changed). */
export function extendBounds(bounds: Bounds, geometry: unknown, convert?: ((x: number, y: number) => [number, number]) | null): void {
  if (geometry instanceof FlatPolygons) {
    extendBoundsFlat(bounds, geometry.xyConvertedBy(convert));
    return;
  }
  eachPosition(coordinatesOf(geometry), (p) => {
    const [x, y] = convert && typeof p[1] === 'number' ? convert(p[0], p[1]) : [p[0], p[1]];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    if (x < bounds.minX) bounds.minX = x;
    if (x > bounds.maxX) bounds.maxX = x;
    if (y < bounds.minY) bounds.minY = y;
    if (y > bounds.maxY) bounds.maxY = y;
  });
}

/** Replaces every position's x and y in place (z and m are dropped: the plot contract is 2D). */
export function transformGeometry(geometry: unknown, convert: (x: number, y: number) => [number, number]): void {
  eachPosition(coordinatesOf(geometry), (p) => {
    if (typeof p[1] !== 'number') return;
    const [x, y] = convert(p[0], p[1]);
    p.length = 2;
    p[0] = x;
    p[1] = y;
  });
}

/** extendBounds over flat [x, y, x, y, …]. */
export function extendBoundsFlat(bounds: Bounds, xy: ArrayLike<number>, convert?: ((x: number, y: number) => [number, number]) | null): void {
  for (let i = 0; i + 1 < xy.length; i += 2) {
    let x = xy[i];
    let y = xy[i + 1];
    if (convert) [x, y] = convert(x, y);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < bounds.minX) bounds.minX = x;
    if (x > bounds.maxX) bounds.maxX = x;
    if (y < bounds.minY) bounds.minY = y;
    if (y > bounds.maxY) bounds.maxY = y;
  }
}
