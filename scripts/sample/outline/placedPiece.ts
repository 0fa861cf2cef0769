import type { Position } from 'geojson';
import type { GridFrameParams } from '../grid/gridFrame.ts';
import type { RoadLine } from '../grid/roadLines.ts';
import type { RiverBand } from './riverBand.ts';

/** One piece (片区) of a sub-park, placed on the map. */
export interface PlacedPiece {
  subparkId: string;
  /** 0-based: the defined pieces first, then the outlying ones. */
  index: number;
  label: string;
  farFlung: boolean;
  /** Origin of the piece's local metric frame and road grid. */
  lon0: number;
  lat0: number;
  frame: GridFrameParams;
  /** Through roads of the piece's grid (the outline runs along their centre lines). */
  uLines: RoadLine[];
  vLines: RoadLine[];
  era: [number, number];
  legacyCodes: boolean;
  /** Boundary polygons (outer ring, then holes) in lon/lat, rings closed. */
  polygons: Position[][][];
  /** Rivers through the piece, in its grid frame. */
  rivers: RiverBand[];
  areaM2: number;
}
