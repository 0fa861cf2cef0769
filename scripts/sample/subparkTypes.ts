/** Types of the sub-park definitions table (subparks.ts). */
export type ParkCharacter = 'cbd' | 'urban' | 'science' | 'suburban' | 'heavy';

export interface PieceDef {
  /** Chinese label of the piece (片区), used in plot names. */
  label: string;
  lon: number;
  lat: number;
  /** Share of the sub-park's area, as km² before scaling to the approved area. */
  areaKm2: number;
  /** Length ÷ width of the outline; 1 = round-ish. */
  aspect?: number;
  /** Direction of the long axis and of the road grid, degrees counter-clockwise from east. */
  angleDeg?: number;
  /** Short district name (as in data/basemap nameShort) when not the sub-park's own. */
  district?: string;
  /** Years in which this piece's land was mostly supplied. */
  era?: [number, number];
  /** Old plots recorded in legacy Shanghai/GB 50137 codes (M1, C65, C8…). */
  legacyCodes?: boolean;
}

export interface SubparkDef {
  id: string;
  /** Two-letter prefix of plot ids. */
  code: string;
  name: string;
  nameEn: string;
  district: string;
  approvedAreaKm2: number;
  character: ParkCharacter;
  leadingIndustries: string[];
  leadingIndustriesEn: string[];
  /** Targets from published action plans, keyed by indicator name. */
  targets: Record<string, number>;
  /** What the synthetic economics are calibrated to: 万元/人 and a share. */
  calibration: { labourProductivity: number; rdIntensity: number };
  /** Words for fictitious enterprise names, by the park's industries. */
  industryWords: string[];
  era: [number, number];
  pieces: PieceDef[];
  /** Small outlying pieces (the 'small, scattered' problem), placed 1.5–6 km from the first piece. */
  farFlung: { count: number; minKm2: number; maxKm2: number };
}
