import { useTranslation } from 'react-i18next';
import { useViewStore, setTheme, setNumericField, setExtrusion, setOutlines, THEMES, type Extrusion } from '../stores/viewStore.ts';
import { useCursorStore } from '../stores/cursorStore.ts';
import { COLUMN_FIELDS, type ColumnField } from '../worker/protocol.ts';
import { setPitch } from '../map/mapInstance.ts';
import { useQualityStore, setQualityLayerVisible } from '../stores/qualityStore.ts';

const EXTRUSIONS: readonly Extrusion[] = ['none', 'height', 'gfa'];
const EXTRUSION_KEY: Record<Extrusion, string> = { none: 'theme.extrudeNone', height: 'theme.extrudeHeight', gfa: 'theme.extrudeGfa' };

export function LayersPanel() {
  const { t } = useTranslation();
  const theme = useViewStore((s) => s.theme);
  const numericField = useViewStore((s) => s.numericField);
  const extrusion = useViewStore((s) => s.extrusion);
  const outlines = useViewStore((s) => s.outlines);
  const pitch = useCursorStore((s) => Math.round(s.pitchDegrees));
  const qualityLayer = useQualityStore((s) => s.layerVisible);
  return (
    <div className="panel-section">
      <h3>{t('theme.title')}</h3>
      <div className="radio-list" role="radiogroup">
        {THEMES.map((name, i) => (
          <label key={name} className={theme === name ? 'radio checked' : 'radio'}>
            <input type="radio" name="theme" checked={theme === name} onChange={() => useViewStore.setState((s) => setTheme(s, name))} data-testid={`theme-${name}`} />
            <span>{t(`theme.${name}`)}</span>
            <kbd>{i + 1}</kbd>
          </label>
        ))}
      </div>
      {theme === 'numeric' && (
        <label className="field">
          <span>{t('theme.field')}</span>
          <select value={numericField} onChange={(e) => useViewStore.setState((s) => setNumericField(s, e.target.value as ColumnField))} data-testid="numeric-field">
            {COLUMN_FIELDS.map((f) => (
              <option key={f} value={f}>{t(`field.${f}`)}</option>
            ))}
          </select>
        </label>
      )}
      <label className="check">
        <input type="checkbox" checked={outlines} onChange={(e) => useViewStore.setState((s) => setOutlines(s, e.target.checked))} />
        <span>{t('theme.outlines')}</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={qualityLayer} onChange={(e) => useQualityStore.setState((q) => setQualityLayerVisible(q, e.target.checked))} data-testid="quality-layer-toggle" />
        <span>{t('quality.layer')}</span>
      </label>
      <h3>{t('theme.extrude')}</h3>
      <div className="segmented">
        {EXTRUSIONS.map((e) => (
          <button
            key={e}
            className={extrusion === e ? 'active' : ''}
            data-testid={`extrusion-${e}`}
            onClick={() => {
              useViewStore.setState((s) => setExtrusion(s, e));
              if (e !== 'none' && pitch < 20) setPitch(50);
              if (e === 'none') setPitch(0);
            }}
          >
            {t(EXTRUSION_KEY[e])}
          </button>
        ))}
      </div>
      <label className="field">
        <span>{t('theme.tilt')} {pitch}°</span>
        <input type="range" min={0} max={70} step={1} value={pitch} onChange={(e) => setPitch(Number(e.target.value), false)} data-testid="tilt" />
      </label>
    </div>
  );
}
