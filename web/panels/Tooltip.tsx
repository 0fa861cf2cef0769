import { subparkLabel } from '../format/subparkLabel.ts';
import { useTranslation } from 'react-i18next';
import { LAND_USE_CATEGORIES, flagNamesOfMask } from '../../src/index.ts';
import { useCursorStore } from '../stores/cursorStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import { areaWithMuText, decimalText } from '../format/numbers.ts';

/** Hover card built from the typed columns already on the main thread (no worker round trip). */
export function Tooltip() {
  const { t } = useTranslation();
  const hover = useCursorStore((s) => s.hover);
  const plots = useDataStore((s) => s.plots);
  const subparks = useDataStore((s) => s.subparks);
  const analysis = useAnalysisStore((s) => s.result?.plots);
  const language = useUiStore((s) => s.language);
  if (!hover || !plots || hover.row >= plots.plotCount) return null;
  const { row } = hover;
  const subparkKey = plots.subparkKeys[plots.columns.subparkIndex[row]];
  const subparkName = subparkLabel(subparkKey, subparks, language, t('subparks.outside'));
  const flags = analysis ? flagNamesOfMask(analysis.flags[row]) : [];
  return (
    <div className="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} data-testid="tooltip">
      <div className="tooltip-title">{subparkName} · {t(`category.${LAND_USE_CATEGORIES[plots.columns.landUseCategory[row]]}`)}</div>
      {analysis && (
        <div>
          {areaWithMuText(analysis.areaM2[row], language)} · {t('field.far')} {decimalText(analysis.far[row], language)}
        </div>
      )}
      {flags.length > 0 && (
        <div className="tooltip-flags">
          {flags.map((f) => (
            <span key={f} className="chip">{t(`flag.${f}`)}</span>
          ))}
        </div>
      )}
    </div>
  );
}
