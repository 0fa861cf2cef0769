/**
 * The land-use code of a plot: 2023 national codes, and in a few older pieces the legacy Shanghai /
 * GB 50137 letters (M1, C65, C8…) still found in old records — both must go through the table.
 */
import type { LandUseCategory } from '../../../src/index.ts';
import type { Rng } from '../lib/prng.ts';
import type { ParkCharacter } from '../subparkTypes.ts';
import type { RawPlot } from '../plots/rawPlot.ts';

type Weights = Readonly<Record<string, number>>;

const NATIONAL: Readonly<Record<LandUseCategory, Weights>> = {
  industrial: { '100101': 1 },
  rnd: { '0802': 1 },
  logistics: { '1101': 3, '110101': 1, '110102': 1 },
  commercial: { '0901': 4, '090101': 1, '090103': 1, '090104': 1 },
  office: { '0902': 1 },
  residential: { '070102': 3, '0701': 1 },
  public: { '080403': 2, '0804': 1, '080602': 1, '0801': 1, '080501': 1 },
  green: { '1401': 3, '1402': 3, '1403': 1 },
  road: { '1207': 1, '120803': 2, '120802': 1 },
  utility: { '1303': 3, '1301': 1, '1302': 1, '1309': 1, '1310': 1, '1306': 1 },
  water: { '1705': 1 },
  vacant: { '16': 3, '2301': 1 },
  other: { '1507': 1 },
};

const INDUSTRIAL_BY_CHARACTER: Readonly<Record<ParkCharacter, Weights>> = {
  cbd: { '100101': 1 },
  urban: { '100101': 1 },
  science: { '100101': 5, '1001': 1 },
  suburban: { '100101': 5, '100102': 4, '1001': 1 },
  heavy: { '100102': 5, '100103': 2, '100101': 2 },
};

const LEGACY: Readonly<Partial<Record<LandUseCategory, Weights>>> = {
  industrial: { M1: 3, M2: 2 },
  rnd: { C65: 1 },
  logistics: { W: 1, W1: 1 },
  commercial: { C2: 1 },
  office: { C8: 1 },
  residential: { Rr2: 1 },
  public: { C6: 1 },
  green: { G1: 1, G2: 1 },
  road: { S1: 1 },
  utility: { U1: 1, U: 1 },
};

export function landUseCode(plot: RawPlot, character: ParkCharacter, legacy: boolean, rng: Rng): string {
  const c = plot.category;
  if (legacy && LEGACY[c]) return rng.weighted(LEGACY[c]);
  if (plot.kind === 'greenStrip') return '1402';
  if (plot.kind === 'roadStrip') return '1207';
  if (plot.kind === 'water') return rng.chance(0.5) ? '1705' : '1701';
  if (c === 'industrial') return rng.weighted(INDUSTRIAL_BY_CHARACTER[character]);
  return rng.weighted(NATIONAL[c]);
}
