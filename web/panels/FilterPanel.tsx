import { subparkLabel } from '../format/subparkLabel.ts';
import { useTranslation } from 'react-i18next';
import { FLAG_NAMES, LAND_USE_CATEGORIES } from '../../src/index.ts';
import { useFilterStore, toggleCategory, toggleFlag, toggleStatus, toggleSubpark, clearFilters, isFilterActive } from '../stores/filterStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useMaskStore } from '../stores/maskStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { CATEGORY_HEX, FLAG_HEX } from '../themes/palette.ts';
import { countText } from '../format/numbers.ts';
import { RangeFilters } from './RangeFilters.tsx';

function Chip({ on, color, label, count, onClick, testId }: { on: boolean; color?: string; label: string; count?: string; onClick: () => void; testId?: string }) {
  return (
    <button className={on ? 'chip-toggle on' : 'chip-toggle'} onClick={onClick} aria-pressed={on} data-testid={testId}>
      {color && <span className="dot" style={{ background: color }} />}
      {label}
      {count !== undefined && <span className="count">{count}</span>}
    </button>
  );
}

/** Filters by sub-park, category, flag, status and ranges. They only change a mask: no layer is rebuilt. */
export function FilterPanel() {
  const { t } = useTranslation();
  const filters = useFilterStore();
  const plots = useDataStore((s) => s.plots);
  const subparks = useDataStore((s) => s.subparks);
  const mask = useMaskStore((s) => s.mask);
  const language = useUiStore((s) => s.language);
  const presentCategories = new Set(plots ? plots.columns.landUseCategory : []);
  return (
    <div className="panel-section">
      <div className="row-between">
        <span data-testid="filter-count">{mask && plots ? t('filter.shown', { shown: countText(mask.shownCount, language), total: countText(plots.plotCount, language) }) : ''}</span>
        <button className="link" disabled={!isFilterActive(filters)} onClick={() => useFilterStore.setState(clearFilters)} data-testid="clear-filters">{t('filter.clear')}</button>
      </div>
      <h3>{t('filter.subparks')}</h3>
      <div className="chips">
        {(plots?.subparkKeys ?? []).map((key, i) => {
          return (
            <Chip key={key} on={filters.subparks.includes(key)} label={subparkLabel(key, subparks, language, t('subparks.outside'))}
              count={mask ? countText(mask.subparkCounts[i], language) : undefined}
              onClick={() => useFilterStore.setState((s) => toggleSubpark(s, key))} testId={`filter-subpark-${key}`} />
          );
        })}
      </div>
      <h3>{t('filter.categories')}</h3>
      <div className="chips">
        {LAND_USE_CATEGORIES.filter((_, i) => presentCategories.has(i)).map((c) => (
          <Chip key={c} on={filters.categories.includes(c)} color={CATEGORY_HEX[c]} label={t(`category.${c}`)}
            onClick={() => useFilterStore.setState((s) => toggleCategory(s, c))} testId={`filter-category-${c}`} />
        ))}
      </div>
      <h3>{t('filter.flags')}</h3>
      <div className="chips">
        {FLAG_NAMES.map((f, i) => (
          <Chip key={f} on={filters.flags.includes(f)} color={FLAG_HEX[f]} label={t(`flag.${f}`)} count={mask ? countText(mask.flagCounts[i], language) : undefined}
            onClick={() => useFilterStore.setState((s) => toggleFlag(s, f))} testId={`filter-flag-${f}`} />
        ))}
      </div>
      <h3>{t('filter.status')}</h3>
      <div className="chips">
        {(['supplied', 'approved-unsupplied'] as const).map((status, i) => (
          <Chip key={status} on={filters.statuses.includes(i)} label={t(`status.${status}`)} onClick={() => useFilterStore.setState((s) => toggleStatus(s, i))} testId={`filter-status-${status}`} />
        ))}
      </div>
      <RangeFilters />
    </div>
  );
}
