import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAG_NAMES } from '../../src/index.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useMaskStore } from '../stores/maskStore.ts';
import { useUiStore, setDashboardOpen } from '../stores/uiStore.ts';
import { INDICATOR_COLUMNS, targetOf } from './indicatorColumns.ts';
import { BarChart } from './BarChart.tsx';
import { RankingTable } from './RankingTable.tsx';
import { TargetList } from './TargetList.tsx';
import { FLAG_HEX } from '../themes/palette.ts';
import { countText, largeAreaText } from '../format/numbers.ts';
import { flyToBounds } from '../map/mapInstance.ts';

/** Indicators per sub-park and for the whole zone, flag counts, the filter's share, and the ranking. */
export default function Dashboard() {
  const { t } = useTranslation();
  const result = useAnalysisStore((s) => s.result);
  const subparks = useDataStore((s) => s.subparks);
  const plots = useDataStore((s) => s.plots);
  const mask = useMaskStore((s) => s.mask);
  const language = useUiStore((s) => s.language);
  const [scope, setScope] = useState('*');
  if (!result) return null;
  const indicators = scope === '*' ? result.total : result.subparks.find((s) => s.subparkId === scope) ?? result.total;
  const info = scope === '*' ? null : subparks?.byId.get(scope);
  const scopeName = info ? (language === 'zh' ? info.name : info.nameEn) : t('dashboard.zone');
  const flagBars = FLAG_NAMES.map((f) => ({
    key: f, label: t(`flag.${f}`), value: indicators.flagCounts[f] ?? 0, color: FLAG_HEX[f], valueText: countText(indicators.flagCounts[f] ?? 0, language),
  }));
  const filterBars = mask && plots
    ? FLAG_NAMES.map((f, i) => ({ key: f, label: t(`flag.${f}`), value: mask.flagCounts[i], color: FLAG_HEX[f], valueText: countText(mask.flagCounts[i], language) }))
    : [];
  return (
    <div className="dashboard" role="dialog" aria-label={t('dashboard.title')} data-testid="dashboard">
      <header className="dashboard-head">
        <h2>{t('dashboard.title')} · {scopeName}</h2>
        <div className="row-gap">
          {scope !== '*' && <button className="btn" onClick={() => setScope('*')}>{t('dashboard.zone')}</button>}
          <button className="btn" onClick={() => useUiStore.setState((s) => setDashboardOpen(s, false))}>{t('panel.close')}</button>
        </div>
      </header>
      <div className="dashboard-grid">
        <section className="cards">
          {INDICATOR_COLUMNS.map((c) => {
            const value = c.valueOf(indicators);
            const target = targetOf(info?.targets, c.key);
            const targetYear = info && target !== null ? info.targetYears[c.key] : undefined;
            const coverage = c.coverageOf?.(indicators);
            const below = target !== null && value !== null && (c.higherIsBetter ? value < target : value > target);
            return (
              <div key={c.key} className={below ? 'card below' : 'card'} data-testid={`card-${c.key}`}>
                <div className="card-label">{t(c.labelKey)}</div>
                <div className="card-value">{c.text(value, language)} {c.unitKey && value !== null ? <small>{t(c.unitKey)}</small> : null}</div>
                {target !== null && (
                  <div className="card-target">
                    {targetYear ? t('dashboard.targetOfYear', { year: targetYear, value: c.text(target, language) }) : t('dashboard.target', { value: c.text(target, language) })}
                  </div>
                )}
                {coverage && <div className="card-coverage muted">{t('dashboard.coverage', { with: countText(coverage.with, language), of: countText(coverage.of, language) })}</div>}
              </div>
            );
          })}
        </section>
        <section className="charts">
          <h3>{t('dashboard.flagCounts')}</h3>
          <BarChart bars={flagBars} widthPixels={340} />
          {mask && (
            <>
              <h3>{t('dashboard.inFilter')} · {countText(mask.shownCount, language)} · {largeAreaText(mask.shownAreaM2, language)}</h3>
              <BarChart bars={filterBars} widthPixels={340} />
            </>
          )}
        </section>
      </div>
      {info && <TargetList info={info} indicators={indicators} language={language} />}
      <h3>{t('dashboard.ranking')} <span className="muted small">{t('dashboard.sortHint')}</span></h3>
      <RankingTable rows={result.subparks} subparks={subparks} language={language} selected={scope} onSelect={(id) => {
        setScope(id);
        const s = subparks?.byId.get(id);
        if (s) flyToBounds(s.bounds, 14);
      }} />
    </div>
  );
}
