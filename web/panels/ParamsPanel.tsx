import { useTranslation } from 'react-i18next';
import { PARAM_SOURCES, type AnalysisParams } from '../../src/index.ts';
import { useAnalysisStore, setParam, setAsOf, resetParams } from '../stores/analysisStore.ts';
import { requestAnalysisSoon } from '../app/controller.ts';
import { useParamsHistoryStore, undoParamEdit, redoParamEdit } from '../app/paramsUndo.ts';

interface ParamSpec {
  key: keyof AnalysisParams;
  unit: string;
  step: number;
  /** Shown ×100 as a percentage. */
  percent?: boolean;
}

const SPECS: readonly ParamSpec[] = [
  { key: 'joinDistanceM', unit: 'm', step: 10 },
  { key: 'smallBlockAreaM2', unit: 'm²', step: 10_000 },
  { key: 'scatterDistanceM', unit: 'm', step: 100 },
  { key: 'weakYears', unit: '', step: 1 },
  { key: 'mixedUseOtherMax', unit: '%', step: 1, percent: true },
  { key: 'mixedUseAmenityMax', unit: '%', step: 1, percent: true },
  { key: 'farTargetIndustrial', unit: '', step: 0.1 },
  { key: 'farTargetRnd', unit: '', step: 0.1 },
  { key: 'idleYears', unit: '', step: 1 },
  { key: 'vacancyThreshold', unit: '%', step: 5, percent: true },
  { key: 'consolidationMinAreaM2', unit: 'm²', step: 5_000 },
];

/** Rule parameters; every edit re-runs the analysis in the worker (debounced, latest wins). */
export function ParamsPanel() {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const params = useAnalysisStore((s) => s.params);
  const asOf = useAnalysisStore((s) => s.asOf);
  const running = useAnalysisStore((s) => s.running);
  const progress = useAnalysisStore((s) => s.progress);
  const error = useAnalysisStore((s) => s.error);
  const canUndo = useParamsHistoryStore((h) => h.past.length > 0);
  const canRedo = useParamsHistoryStore((h) => h.future.length > 0);
  return (
    <div className="panel-section params">
      <label className="field">
        <span>{t('params.asOf')}</span>
        <input type="date" value={asOf} onChange={(e) => {
          if (!e.target.value) return;
          useAnalysisStore.setState((s) => setAsOf(s, e.target.value));
          requestAnalysisSoon();
        }} data-testid="param-asOf" />
      </label>
      {SPECS.map(({ key, unit, step, percent }) => (
        <label className="field param" key={key}>
          <span>
            {t(`params.${key}`)}
            <span
              className={`param-source ${PARAM_SOURCES[key].kind}`}
              title={english ? PARAM_SOURCES[key].en : PARAM_SOURCES[key].zh}
              data-testid={`param-source-${key}`}
            >
              {t(PARAM_SOURCES[key].kind === 'policy' ? 'params.sourcePolicy' : 'params.sourceDefault')}
            </span>
          </span>
          <span className="param-input">
            <input
              type="number"
              step={step}
              min={0}
              value={percent ? Math.round(params[key] * 1000) / 10 : params[key]}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (e.target.value === '' || !Number.isFinite(n) || n < 0) return;
                useAnalysisStore.setState((s) => setParam(s, key, percent ? n / 100 : n));
                requestAnalysisSoon();
              }}
              data-testid={`param-${key}`}
            />
            <span className="unit">{unit}</span>
          </span>
        </label>
      ))}
      <div className="row-between">
        <button className="link" onClick={() => {
          useAnalysisStore.setState(resetParams);
          requestAnalysisSoon(0);
        }}>{t('params.reset')}</button>
        <span className="undo-redo">
          <button className="link" disabled={!canUndo} onClick={() => undoParamEdit()} title="Ctrl+Z" data-testid="params-undo">{t('params.undo')}</button>
          <button className="link" disabled={!canRedo} onClick={() => redoParamEdit()} title="Ctrl+Shift+Z" data-testid="params-redo">{t('params.redo')}</button>
        </span>
        {running && <span className="running"><span className="spinner" />{t('params.running', { percent: Math.round((progress?.fraction ?? 0) * 100) })}</span>}
      </div>
      {error && <div className="error" role="alert">{error}</div>}
      <p className="muted small params-note">{t('params.sourcesNote')}</p>
    </div>
  );
}
