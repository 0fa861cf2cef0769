import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../stores/viewStore.ts';
import { useColumnStore } from '../stores/columnStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { legendOf, type LegendEntry } from './legendEntries.ts';
import { useQualityStore } from '../stores/qualityStore.ts';
import { QUALITY_OUTLINE_HEX } from '../layers/qualityLayer.ts';
import { useHighlightStore } from '../present/storyStore.ts';
import { slideProposalLegend } from '../present/slideProposal.ts';
import { usePresenting } from '../present/usePresenting.ts';

function Swatches({ entries }: { entries: LegendEntry[] }) {
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
  const presenting = usePresenting();
  const qualityShown = useQualityStore((s) => s.layerVisible && !presenting && (s.quality?.findingCount ?? 0) > 0);
  const { title, entries } = legendOf({ theme, field, column, language, plots, t });
  if (qualityShown) entries.push({ key: 'quality', color: QUALITY_OUTLINE_HEX, label: t('quality.legend'), outline: true });
  const slideProposal = useHighlightStore((s) => s.proposal);
  entries.push(...slideProposalLegend(slideProposal, t));
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
