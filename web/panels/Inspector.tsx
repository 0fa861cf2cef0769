import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore, selectRow } from '../stores/uiStore.ts';
import { useAnalysisStore } from '../stores/analysisStore.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { plotsWorker } from '../worker/client.ts';
import { flyToBounds } from '../map/mapInstance.ts';
import type { AnalysisPayload, PlotDetail } from '../worker/protocol.ts';
import { detailForSelection, type HeldDetail } from './heldDetail.ts';
import { FLAG_HEX } from '../themes/palette.ts';
import { fieldValueText } from '../format/fieldUnits.ts';
import { areaWithMuText, decimalText, distanceText, percentText } from '../format/numbers.ts';

const ATTRIBUTE_ORDER = [
  'id', 'name', 'enterprise', 'landUse', 'landStatus', 'landAreaM2', 'gfaAboveM2', 'gfaOtherM2', 'gfaAmenityM2', 'heightM',
  'vacancyRate', 'agreedStartDate', 'actualStartDate', 'suspendedSince', 'developedShare', 'investedShare', 'rectification',
  'revenue', 'tax', 'valueAdded', 'rdSpend', 'employees',
];

/** Every attribute of the clicked plot, its block and sub-park, and each flag explained. Text only, never HTML. */
export function Inspector() {
  const { t } = useTranslation();
  const row = useUiStore((s) => s.selectedRow);
  const language = useUiStore((s) => s.language);
  const result = useAnalysisStore((s) => s.result);
  const subparks = useDataStore((s) => s.subparks);
  const [held, setHeld] = useState<HeldDetail<PlotDetail, AnalysisPayload | null> | null>(null);

  useEffect(() => {
    if (row < 0) return;
    // Latest wins: a reply for an earlier selection or result is dropped.
    let current = true;
    void plotsWorker().plotDetail(row).then((detail) => current && setHeld({ row, result, detail }));
    return () => {
      current = false;
    };
  }, [row, result]);

  const detail = detailForSelection(held, row, result);
  if (!detail) return null;
  const p = detail.properties;
  const subparkId = String(p.subparkId ?? '');
  const info = subparks?.byId.get(subparkId);
  const close = () => useUiStore.setState((s) => selectRow(s, -1));
  const evaluations = Array.isArray(p.evaluations) ? (p.evaluations as Array<{ year: number; pass: boolean; score?: number }>) : [];
  const valueOf = (key: string): string => {
    if (key === 'landStatus') return t(`status.${String(p.landStatus)}`);
    if (key === 'rectification') return t(`rectification.${String(p.rectification)}`);
    if (key === 'landUse') return `${String(p.landUse)} · ${t(`category.${String(p.category)}`)}`;
    return fieldValueText(key, p[key], language);
  };
  return (
    <aside className="inspector" data-testid="inspector" aria-label={t('inspector.title')}>
      <header className="inspector-head">
        <div>
          <div className="muted small">{t('inspector.title')}</div>
          <h2 data-testid="inspector-id">{String(p.id)}</h2>
          {typeof p.name === 'string' && <div className="inspector-name" data-testid="inspector-name">{p.name}</div>}
        </div>
        <button className="link" onClick={close} aria-label={t('panel.close')} data-testid="inspector-close">✕</button>
      </header>
      <section>
        <h3>{t('inspector.flags')}</h3>
        {detail.flags.length === 0 ? (
          <p className="muted">{t('inspector.noFlags')}</p>
        ) : (
          <ul className="flag-explanations" data-testid="flag-explanations">
            {detail.flags.map((f) => (
              <li key={f.flag} data-flag={f.flag}>
                <span className="flag-name" style={{ borderColor: FLAG_HEX[f.flag] }}>{t(`flag.${f.flag}`)}</span>
                <span className="flag-text">{language === 'zh' ? f.zh : f.en}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>{t('inspector.block')}</h3>
        <dl className="attributes">
          <dt>{t('field.subparkId')}</dt>
          <dd>{info ? (language === 'zh' ? `${info.name}（${info.district}）` : `${info.nameEn} (${info.district})`) : subparkId || t('subparks.outside')}</dd>
          {detail.block && (
            <>
              <dt>{t('inspector.block')}</dt>
              <dd>
                {detail.block.id} · {areaWithMuText(detail.block.areaM2, language)} ·{' '}
                {detail.block.isMain ? t('inspector.mainBlock') : t('inspector.otherBlock', { distance: distanceText(detail.block.distanceToMainM, language) })}
              </dd>
            </>
          )}
          {detail.group && (
            <>
              <dt>{t('inspector.group')}</dt>
              <dd>{detail.group.id} · {areaWithMuText(detail.group.areaM2, language)}</dd>
            </>
          )}
          <dt>{t('field.areaM2')}</dt>
          <dd>{areaWithMuText(detail.areaM2, language)}</dd>
          <dt>{t('field.far')}</dt>
          <dd>{decimalText(detail.far, language)}</dd>
          {detail.otherShare !== null && (
            <>
              <dt>{t('field.otherShare')}</dt>
              <dd>{percentText(detail.otherShare, language)}</dd>
              <dt>{t('field.amenityShare')}</dt>
              <dd>{percentText(detail.amenityShare, language)}</dd>
            </>
          )}
          {detail.potentialGfaM2 !== null && (
            <>
              <dt>{t('field.potentialGfaM2')}</dt>
              <dd>{fieldValueText('potentialGfaM2', detail.potentialGfaM2, language)}</dd>
            </>
          )}
        </dl>
      </section>
      <section>
        <h3>{t('inspector.attributes')}</h3>
        <dl className="attributes" data-testid="attributes">
          {ATTRIBUTE_ORDER.filter((k) => p[k] !== undefined).map((k) => (
            <div key={k} className="attr-row">
              <dt>{t(`field.${k}`)}</dt>
              <dd>{valueOf(k)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {evaluations.length > 0 && (
        <section>
          <h3>{t('inspector.evaluations')}</h3>
          <ul className="evaluations">
            {evaluations.map((e, i) => (
              <li key={`${e.year}-${i}`} className={e.pass ? 'pass' : 'fail'}>
                {e.year}：{e.pass ? t('inspector.pass') : t('inspector.fail')}
                {e.score !== undefined ? ` · ${t('inspector.score', { score: e.score })}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {detail.issues.length > 0 && (
        <section>
          <h3>{t('inspector.issues')}</h3>
          <ul className="issues">
            {detail.issues.map((i, k) => (
              <li key={k} className={i.severity}>{i.message}</li>
            ))}
          </ul>
        </section>
      )}
      <button className="btn" onClick={() => flyToBounds(detail.bounds, 17)}>{t('inspector.zoomTo')}</button>
    </aside>
  );
}
