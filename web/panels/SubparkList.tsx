import { useTranslation } from 'react-i18next';
import { useDataStore } from '../stores/dataStore.ts';
import { useMaskStore } from '../stores/maskStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { useFilterStore, setSubparks } from '../stores/filterStore.ts';
import { flyToBounds } from '../map/mapInstance.ts';
import { homeBounds } from '../map/homeBounds.ts';
import { countText } from '../format/numbers.ts';

/** The sub-parks: click to fly there; the filter button shows only that sub-park. */
export function SubparkList() {
  const { t } = useTranslation();
  const subparks = useDataStore((s) => s.subparks);
  const plots = useDataStore((s) => s.plots);
  const mask = useMaskStore((s) => s.mask);
  const language = useUiStore((s) => s.language);
  const selected = useFilterStore((s) => s.subparks);
  return (
    <div className="panel-section">
      <ul className="subpark-list">
        <li>
          <button className="subpark-item" onClick={() => {
            flyToBounds(homeBounds(), 12);
            useFilterStore.setState((s) => setSubparks(s, []));
          }}>
            <strong>{t('subparks.all')}</strong>
            <span className="muted">{plots ? t('subparks.plots', { n: countText(plots.plotCount, language) }) : ''}</span>
          </button>
        </li>
        {(subparks?.subparks ?? []).map((s) => {
          const index = plots ? plots.subparkKeys.indexOf(s.id) : -1;
          const count = index >= 0 && mask ? mask.subparkCounts[index] : null;
          return (
            <li key={s.id} className={selected.includes(s.id) ? 'selected' : ''}>
              <button className="subpark-item" onClick={() => flyToBounds(s.bounds, 14)} data-testid={`fly-${s.id}`}>
                <strong>{language === 'zh' ? s.name : s.nameEn}</strong>
                <span className="muted">{s.district}{count !== null ? ` · ${t('subparks.plots', { n: countText(count, language) })}` : ''}</span>
              </button>
              <button className="link small" onClick={() => {
                useFilterStore.setState((f) => setSubparks(f, selected.length === 1 && selected[0] === s.id ? [] : [s.id]));
                flyToBounds(s.bounds, 14);
              }}>{t('panel.filters')}</button>
              <button className="link small" title={t('proposal.buttonTitle')} data-testid={`proposal-for-${s.id}`} onClick={() => {
                void import('../proposal/proposalActions.ts').then((m) => m.enterProposalMode(s.id));
                flyToBounds(s.bounds, 14);
              }}>{t('proposal.subparkEntry')}</button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
