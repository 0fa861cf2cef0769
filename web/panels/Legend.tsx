import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAND_USE_CATEGORIES } from '../../src/index.ts';
import { useViewStore } from '../stores/viewStore.ts';
import { useColumnStore } from '../stores/columnStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { CATEGORY_RGBA, EVAL_RGBA, FAR_CLASS_RGBA, FLAG_HEX, FLAG_PRIORITY, NO_DATA_RGBA, NO_FLAG_RGBA, RAMP_RGBA, cssOfRgba } from '../themes/palette.ts';
import { decimalText, percentText } from '../format/numbers.ts';
import { FIELD_KIND } from '../format/fieldUnits.ts';
import { useQualityStore } from '../stores/qualityStore.ts';
import { QUALITY_OUTLINE_HEX } from '../layers/qualityLayer.ts';

const UNIT_KEY_OF_KIND: Record<string, string> = { area: 'unit.m2', money: 'unit.wan', count: 'unit.person', metres: 'unit.m' };

interface Entry {
  key: string;
  color: string;
  label: string;
  outline?: boolean;
}

function Swatches({ entries }: { entries: Entry[] }) {
  return (
    <ul className="legend-list">
      {entries.map((e) => (
        <li key={e.key}>
          <span className={e.outline ? 'swatch outline' : 'swatch'} style={e.outline ? { borderColor: e.color } : { background: e.color }} />
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** The legend of the current theme, always visible at the bottom left of the map. */
export function Legend() {
  const { t } = useTranslation();
  // Folded to its title, the legend frees the lower left of the map (labels there, a projector).
  const [collapsed, setCollapsed] = useState(false);
  const theme = useViewStore((s) => s.theme);
  const field = useViewStore((s) => s.numericField);
  const column = useColumnStore((s) => s.columns[field]);
  const language = useUiStore((s) => s.language);
  const plots = useDataStore((s) => s.plots);
  const qualityShown = useQualityStore((s) => s.layerVisible && (s.quality?.findingCount ?? 0) > 0);
  let entries: Entry[] = [];
  if (theme === 'landUse') {
    const present = new Set(plots ? plots.columns.landUseCategory : []);
    entries = LAND_USE_CATEGORIES.map((c, i) => ({ key: c, color: cssOfRgba(CATEGORY_RGBA[i]), label: t(`category.${c}`), present: present.has(i) }))
      .filter((e) => e.present || !plots);
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
  if (qualityShown) entries.push({ key: 'quality', color: QUALITY_OUTLINE_HEX, label: t('quality.legend'), outline: true });
  const unitKey = UNIT_KEY_OF_KIND[FIELD_KIND[field] ?? ''];
  const title = theme === 'numeric' ? `${t(`field.${field}`)}${unitKey ? (language === 'zh' ? `（${t(unitKey)}）` : ` (${t(unitKey)})`) : ''}` : t(`theme.${theme}`);
  return (
    <div className={collapsed ? 'legend collapsed' : 'legend'} data-testid="legend">
      <button className="legend-title" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed} title={t(collapsed ? 'legend.expand' : 'legend.collapse')} data-testid="legend-toggle">
        {title} <span className="legend-chevron" aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
      </button>
      {!collapsed && (
        <>
          <Swatches entries={entries} />
          <div className="legend-subpark"><span className="swatch outline" style={{ borderColor: '#1f4e79' }} />{t('legend.subpark')}</div>
        </>
      )}
    </div>
  );
}
