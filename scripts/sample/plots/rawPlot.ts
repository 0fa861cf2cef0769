import type { Position } from 'geojson';
import type { LandUseCategory } from '../../../src/index.ts';
import type { BlockUse } from '../profiles.ts';

/** A plot's shape and use, before its attributes are drawn. */
export interface RawPlot {
  /** Closed, counter-clockwise lon/lat ring, 6 decimals. */
  ring: Position[];
  areaM2: number;
  kind: 'lot' | 'greenStrip' | 'roadStrip' | 'water';
  category: LandUseCategory;
  blockUse: BlockUse;
  /** Block number within the piece: lots of one block touch each other. */
  block: number;
  /** Share of the lot's rectangle kept after cutting to the outline (1 = whole). */
  keptShare: number;
}
