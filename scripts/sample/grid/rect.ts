/** Axis-aligned rectangles in a piece's grid frame (u along the grid's main axis, v across it). */
export interface Rect {
  u0: number;
  v0: number;
  u1: number;
  v1: number;
}

export type RoadClass = 'trunk' | 'secondary' | 'branch';

/** Road widths by class, metres (the gaps between plots). */
export const ROAD_WIDTH_M: Readonly<Record<RoadClass, [number, number]>> = {
  trunk: [40, 48],
  secondary: [24, 36],
  branch: [16, 24],
};

export function rectWidth(r: Rect): number {
  return r.u1 - r.u0;
}

export function rectHeight(r: Rect): number {
  return r.v1 - r.v0;
}

export function rectArea(r: Rect): number {
  return (r.u1 - r.u0) * (r.v1 - r.v0);
}
