import { FLAG_NAMES, LAND_USE_CATEGORIES, type FlagName, type LandUseCategory } from '../../src/index.ts';

export type Rgba = [number, number, number, number];

export function rgbaOfHex(hex: string, alpha = 255): Rgba {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

export function cssOfRgba([r, g, b, a]: Rgba): string {
  return `rgba(${r},${g},${b},${(a / 255).toFixed(2)})`;
}

/** One colour per land-use category, after the Chinese planning convention (data/landuse.json hues). */
export const CATEGORY_HEX: Readonly<Record<LandUseCategory, string>> = {
  industrial: '#bb9674',
  rnd: '#b03fb0',
  logistics: '#7d7fd6',
  commercial: '#e83a3a',
  office: '#f28c5a',
  residential: '#ffd74b',
  public: '#ff8cc8',
  green: '#5fbf5f',
  road: '#aaaaaa',
  utility: '#2a9d8f',
  water: '#8cc8f0',
  vacant: '#d9d9d9',
  other: '#c8c8b4',
};
export const CATEGORY_RGBA: readonly Rgba[] = LAND_USE_CATEGORIES.map((c) => rgbaOfHex(CATEGORY_HEX[c], 235));

/**
 * Flag colours, in priority order for the flags theme: a plot with several flags takes the colour of
 * the first one in FLAG_PRIORITY (the most consequential finding).
 */
export const FLAG_HEX: Readonly<Record<FlagName, string>> = {
  'removal-candidate': '#d7191c',
  weak: '#f46d43',
  'idle-land': '#8c2d04',
  'approved-unsupplied': '#fdae61',
  'vacant-building': '#a6611a',
  'mixed-use-over-30': '#7b3294',
  'mixed-use-amenity-over-15': '#c2a5cf',
  'low-far': '#2c7bb6',
  'small-block': '#5aae61',
  'scattered-block': '#1b7837',
  'evaluation-failed': '#e6ab02',
};
export const FLAG_PRIORITY: readonly FlagName[] = [
  'removal-candidate', 'idle-land', 'approved-unsupplied', 'weak', 'evaluation-failed', 'vacant-building',
  'mixed-use-over-30', 'mixed-use-amenity-over-15', 'scattered-block', 'small-block', 'low-far',
];
export const NO_FLAG_RGBA: Rgba = [215, 218, 222, 200];
export const FLAG_BIT_ORDER = FLAG_NAMES;

/** FAR as a share of target: <50%, 50–75%, 75–100%, ≥100%, n/a. */
export const FAR_CLASS_RGBA: readonly Rgba[] = [
  rgbaOfHex('#d7301f', 235),
  rgbaOfHex('#fc8d59', 235),
  rgbaOfHex('#fdcc8a', 235),
  rgbaOfHex('#1a9850', 235),
  [215, 218, 222, 200],
];

/** Evaluation status: none, pass, fail once, weak. */
export const EVAL_RGBA: readonly Rgba[] = [
  [215, 218, 222, 200],
  rgbaOfHex('#4daf4a', 235),
  rgbaOfHex('#fdae61', 235),
  rgbaOfHex('#d7191c', 235),
];

/** Sequential YlGnBu-like ramp for choropleths (6 classes) + no data. */
export const RAMP_RGBA: readonly Rgba[] = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'].map((h) => rgbaOfHex(h, 235));
export const NO_DATA_RGBA: Rgba = [215, 218, 222, 160];
