import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportStore, selectionChanged, fieldColumnSet, presetApplied, presetSaved, presetDeleted, commitFractionOf } from './importStore.ts';
import { closeImport, commitImport, reinspect } from './importSession.ts';
import { editorFieldsOf, unmatchedColumnsOf } from './fieldMapping.ts';
import { presetNamesOf, storePresets } from './importPresets.ts';
import { OutlinePreview } from './OutlinePreview.tsx';
import './import.css';

/** Text encodings offered as an override; the file's own (.cpg, language byte, detection) is the default. */
const ENCODINGS = ['utf-8', 'gbk', 'gb18030', 'big5'];
const CUSTOM_CRS = '__custom__';

function fieldLabel(t: (key: string, options?: Record<string, unknown>) => string, field: string): string {
  const year = /^evaluations\.(\d{4})$/.exec(field)?.[1];
  if (year) return t('importStep.evaluationYear', { year });
  if (field === 'evaluations') return t('importStep.evaluations');
  return t(`field.${field}`, { defaultValue: field });
}

/** The coordinate-system part: what was found and from where, the refusal, and the chooser. */
function CrsSection() {
  const { t } = useTranslation();
  const inspection = useImportStore((s) => s.inspection);
  const chosen = useImportStore((s) => s.selections.crs);
  const busy = useImportStore((s) => s.phase !== 'step');
  const [custom, setCustom] = useState(chosen && !inspection?.crsChoices.includes(chosen) ? chosen : '');
  const [customOpen, setCustomOpen] = useState(custom !== '');
  if (!inspection) return null;
  const choose = (value: string | undefined) => {
    useImportStore.setState((s) => selectionChanged(s, 'crs', value));
    void reinspect();
  };
  const selectValue = customOpen ? CUSTOM_CRS : chosen ?? '';
  return (
    <section className="import-section" data-testid="import-crs-section">
      <h3>{t('importStep.crs')}</h3>
      {inspection.crs ? (
        <p data-testid="import-crs">
          <strong>{inspection.crs.label}</strong> <span className="muted">{inspection.crs.name}</span>{' '}
          <span className="import-badge">{t(`importStep.crsSource.${inspection.crs.source}`, { defaultValue: inspection.crs.source })}</span>
        </p>
      ) : (
        <div className="import-refusal" role="alert" data-testid="import-crs-problem">
          {t('importStep.crsRefused')}
          {/* The core's sentence names the coordinate ranges and the likely systems. */}
          <small className="import-refusal-detail">{inspection.crsProblem}</small>
        </div>
      )}
      <label className="import-row">
        <span>{t('importStep.crsChooser')}</span>
        <select
          value={selectValue}
          disabled={busy}
          data-testid="import-crs-select"
          onChange={(e) => {
            if (e.target.value === CUSTOM_CRS) {
              setCustomOpen(true);
              return;
            }
            setCustomOpen(false);
            choose(e.target.value || undefined);
          }}
        >
          <option value="">{t('importStep.crsFromFile')}</option>
          {inspection.crsChoices.map((c) => (
            <option key={c} value={c}>{t(`importStep.crsName.${c.replace(':', '_')}`, { defaultValue: c })}</option>
          ))}
          <option value={CUSTOM_CRS}>{t('importStep.crsCustom')}</option>
        </select>
      </label>
      {customOpen && (
        <div className="import-row">
          <input
            className="import-proj"
            value={custom}
            placeholder="+proj=tmerc +lat_0=… +lon_0=… +ellps=…"
            onChange={(e) => setCustom(e.target.value)}
            data-testid="import-crs-proj"
          />
          <button className="btn small" disabled={busy || custom.trim() === ''} onClick={() => choose(custom.trim())} data-testid="import-crs-apply">
            {t('importStep.apply')}
          </button>
        </div>
      )}
    </section>
  );
}

/** The field mapping: one row per field with the column it reads, the columns left over, and presets. */
function MappingSection() {
  const { t } = useTranslation();
  const inspection = useImportStore((s) => s.inspection);
  const fields = useImportStore((s) => s.fields);
  const presets = useImportStore((s) => s.presets);
  const busy = useImportStore((s) => s.phase !== 'step');
  const [presetName, setPresetName] = useState('');
  if (!inspection) return null;
  const columns = inspection.columns;
  const unmatched = unmatchedColumnsOf(columns, fields);
  const names = presetNamesOf(presets);
  const save = () => {
    useImportStore.setState((s) => presetSaved(s, presetName));
    storePresets(useImportStore.getState().presets);
    setPresetName('');
  };
  return (
    <section className="import-section import-mapping" data-testid="import-mapping">
      <h3>{t('importStep.mapping')}</h3>
      <div className="import-row">
        <select
          value=""
          disabled={busy || names.length === 0}
          onChange={(e) => e.target.value && useImportStore.setState((s) => presetApplied(s, e.target.value))}
          data-testid="import-preset-select"
        >
          <option value="">{names.length === 0 ? t('importStep.noPresets') : t('importStep.applyPreset')}</option>
          {names.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
        <input value={presetName} placeholder={t('importStep.presetName')} onChange={(e) => setPresetName(e.target.value)} data-testid="import-preset-name" />
        <button className="btn small" disabled={presetName.trim() === ''} onClick={save} data-testid="import-preset-save">{t('importStep.savePreset')}</button>
        {names.length > 0 && (
          <select value="" onChange={(e) => {
            if (!e.target.value) return;
            useImportStore.setState((s) => presetDeleted(s, e.target.value));
            storePresets(useImportStore.getState().presets);
          }} data-testid="import-preset-delete">
            <option value="">{t('importStep.deletePreset')}</option>
            {names.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        )}
      </div>
      <div className="import-fields">
        {editorFieldsOf(fields).map((field) => (
          <label key={field} className={fields[field] ? 'import-field mapped' : 'import-field'}>
            <span>{fieldLabel(t, field)}</span>
            <select value={fields[field] ?? ''} disabled={busy} data-testid={`import-field-${field}`} onChange={(e) => useImportStore.setState((s) => fieldColumnSet(s, field, e.target.value || null))}>
              <option value="">—</option>
              {columns.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </label>
        ))}
      </div>
      <p className={unmatched.length > 0 ? 'import-unmatched' : 'muted'} data-testid="import-unmatched">
        {unmatched.length > 0 ? t('importStep.unmatched', { columns: unmatched.join('、'), count: unmatched.length }) : t('importStep.allMatched')}
      </p>
    </section>
  );
}

/**
 * The import step (DOMAIN.md §9): what the picked files hold and how they will be read, editable,
 * with a preview of the plots over the district map, before anything replaces the plots shown.
 */
export default function ImportStep() {
  const { t } = useTranslation();
  const phase = useImportStore((s) => s.phase);
  const fileNames = useImportStore((s) => s.fileNames);
  const inspection = useImportStore((s) => s.inspection);
  const selections = useImportStore((s) => s.selections);
  const error = useImportStore((s) => s.error);
  const progress = useImportStore((s) => s.progress);
  if (phase === 'idle') return null;
  const busy = phase !== 'step';
  const select = (key: 'encoding' | 'layer', value: string) => {
    useImportStore.setState((s) => selectionChanged(s, key, value));
    void reinspect();
  };
  const fileIssues = inspection?.issues ?? [];
  return (
    <div className="modal-backdrop">
      <div className="modal import-step" role="dialog" aria-label={t('importStep.title')} data-testid="import-step" data-phase={phase}>
        <h2>{t('importStep.title')} <span className="muted import-files">{fileNames.join('，')}</span></h2>
        {!inspection ? (
          <p className="muted" data-testid="import-inspecting">{t('importStep.inspecting')}</p>
        ) : (
          <div className="import-body">
            <div className="import-left">
              <section className="import-section">
                <h3>{t('importStep.file')}</h3>
                <p data-testid="import-format">{t(`importStep.format.${inspection.format}`, { defaultValue: inspection.formatLabel })} · {t('importStep.features', { count: inspection.featureCount })}</p>
                {inspection.layers.length > 1 && (
                  <label className="import-row">
                    <span>{t('importStep.layer')}</span>
                    <select value={selections.layer ?? inspection.layer ?? ''} disabled={busy} onChange={(e) => select('layer', e.target.value)} data-testid="import-layer-select">
                      {inspection.layers.map((l) => <option key={l} value={l}>{l}</option>)}
                    </select>
                  </label>
                )}
                {inspection.encoding !== null && (
                  <label className="import-row">
                    <span>{t('importStep.encoding')}</span>
                    <select value={selections.encoding ?? ''} disabled={busy} onChange={(e) => select('encoding', e.target.value)} data-testid="import-encoding-select">
                      <option value="">{t('importStep.encodingFound', { encoding: inspection.encoding.toUpperCase() })}</option>
                      {ENCODINGS.map((e) => <option key={e} value={e}>{e.toUpperCase()}</option>)}
                    </select>
                  </label>
                )}
                <p className="muted" data-testid="import-encoding">{t('importStep.encodingUsed', { encoding: (inspection.encoding ?? 'utf-8').toUpperCase() })}</p>
              </section>
              <CrsSection key={fileNames.join('|')} />
              {fileIssues.length > 0 && (
                <ul className="import-warnings" data-testid="import-warnings">
                  {fileIssues.map((i, k) => <li key={k} className={i.severity} title={i.code}>{i.message}</li>)}
                </ul>
              )}
              <OutlinePreview rings={inspection.outlineSample} />
            </div>
            <div className="import-right">
              <MappingSection />
            </div>
          </div>
        )}
        {error && <p className="import-refusal" role="alert" data-testid="import-error">{error}</p>}
        {phase === 'loading' && (
          <div className="import-progress" data-testid="import-progress">
            <span>{t(`importStep.stage.${progress?.stage ?? 'decode'}`, { defaultValue: t('importStep.stage.decode') })}</span>
            <div className="progress"><div className="progress-bar" style={{ width: `${Math.round(commitFractionOf(progress) * 100)}%` }} /></div>
          </div>
        )}
        <div className="modal-actions">
          <button className="btn" onClick={closeImport} data-testid="import-cancel">{phase === 'loading' ? t('importStep.stop') : t('importStep.cancel')}</button>
          <button className="btn primary" disabled={busy || !inspection?.crs} onClick={() => void commitImport()} data-testid="import-commit">
            {t('importStep.commit')}
          </button>
        </div>
      </div>
    </div>
  );
}
