import { LAND_USE_CATEGORIES } from '../../src/index.ts';
import { CATEGORY_RGBA, EVAL_RGBA, FAR_CLASS_RGBA, FLAG_HEX, FLAG_PRIORITY, NO_DATA_RGBA, NO_FLAG_RGBA, RAMP_RGBA, cssOfRgba } from '../themes/palette.ts';
import { decimalText, percentText } from '../format/numbers.ts';
import { FIELD_KIND } from '../format/fieldUnits.ts';
import type { Theme } from '../stores/viewStore.ts';
import type { ColumnField, ColumnPayload, LoadResult } from '../worker/protocol.ts';
import type { Language } from '../i18n/index.ts';

const UNIT_KEY_OF_KIND: Record<string, string> = { area: 'unit.m2', money: 'unit.wan', count: 'unit.person', metres: 'unit.m' };

export interface LegendEntry {
  key: string;
  color: string;
  label: string;
  outline?: boolean;
}

export interface LegendInput {
  theme: Theme;
  field: ColumnField;
  column: ColumnPayload | undefined | null;
  language: Language;
  plots: LoadResult | null;
  t: (key: string) => string;
}

/** Title and entries of the current theme's legend: the map's legend and the exported images share them. */
export function legendOf({ theme, field, column, language, plots, t }: LegendInput): { title: string; entries: LegendEntry[] } {
  let entries: LegendEntry[] = [];
  if (theme === 'landUse') {
    const present = new Set(plots ? plots.columns.landUseCategory : []);
    entries = LAND_USE_CATEGORIES.map((c, i) => ({ key: c, color: cssOfRgba(CATEGORY_RGBA[i]), label: t(`category.${c}`), present: present.has(i) }))
      .filter((e) => e.present || !plots)
      .map(({ key, color, label }) => ({ key, color, label }));
  } else if (theme === 'flags') {
    entries = FLAG_PRIORITY.map((f) => ({ key: f, color: FLAG_HEX[f], label: t(`flag.${f}`) }));
    entries.push({ key: 'none', color: cssOfRgba(NO_FLAG_RGBA), label: t('legend.noFlag') });
  } else if (theme === 'far') {
    entries = ['farBelow50', 'farBelow75', 'farBelow100', 'farMeets', 'farNotApplicable'].map((k, i) => ({ key: k, color: cssOfRgba(FAR_CLASS_RGBA[i]), label: t(`legend.${k}`) }));
  } else if (theme === 'evaluation') {
    entries = ['evalNone', 'evalPass', 'evalFailOnce', 'evalWeak'].map((k, i) => ({ key: k, color: cssOfRgba(EVAL_RGBA[i]), label: t(`legend.${k}`) }));
  } else if (column) {
    const bounds = [column.min, ...column.breaks, column.max];
    const text = (v: number) => (FIELD_KIND[field] === 'share' ? percentText(v, language) : decimalText(v, language));
    const offset = Math.max(0, RAMP_RGBA.length - (column.breaks.length + 1));
    entries = bounds.slice(0, -1).map((lo, i) => ({
      key: String(i),
      color: cssOfRgba(RAMP_RGBA[offset + i]),
      label: `${text(lo)} – ${text(bounds[i + 1])}`,
    }));
    entries.push({ key: 'nodata', color: cssOfRgba(NO_DATA_RGBA), label: t('legend.noData') });
  }
  // Removal candidates and consolidation groups are outlined over every theme, so every legend names them.
  entries.push({ key: 'removal', color: '#d7191c', label: t('legend.removalOutline'), outline: true });
  entries.push({ key: 'group', color: '#2166ac', label: t('legend.groupOutline'), outline: true });
  const unitKey = UNIT_KEY_OF_KIND[FIELD_KIND[field] ?? ''];
  const title = theme === 'numeric' ? `${t(`field.${field}`)}${unitKey ? (language === 'zh' ? `（${t(unitKey)}）` : ` (${t(unitKey)})`) : ''}` : t(`theme.${theme}`);
  return { title, entries };
}
