import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapToolMode } from './mountMapTools.ts';
import './mapTools.css';

export interface MapToolBarProps {
  mode: MapToolMode;
  onModeChange(mode: MapToolMode): void;
  /** Leave out tools the host does not offer (default: all three). */
  tools?: readonly Exclude<MapToolMode, 'off'>[];
}

const ICON: Record<MapToolMode, string> = { draw: '✎', box: '▭', lasso: '◌', off: '✕' };

/**
 * Draw / box / lasso / off, for the proposal mode. Props only: the host keeps the mode in its own
 * store and passes it to mountMapTools' setMode. Esc turns the active tool off (which also cancels a
 * shape being drawn).
 */
export function MapToolBar({ mode, onModeChange, tools = ['draw', 'box', 'lasso'] }: MapToolBarProps) {
  const { t } = useTranslation();
  useEffect(() => {
    if (mode === 'off') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onModeChange('off');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, onModeChange]);
  const button = (m: MapToolMode) => (
    <button
      key={m}
      type="button"
      className={mode === m ? 'map-tool active' : 'map-tool'}
      aria-pressed={mode === m}
      title={t(`proposalDraw.${m}Title`)}
      onClick={() => onModeChange(mode === m ? 'off' : m)}
      data-testid={`map-tool-${m}`}
    >
      <span className="map-tool-icon" aria-hidden="true">{ICON[m]}</span>
      {t(`proposalDraw.${m}`)}
    </button>
  );
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('proposalDraw.toolbar')} data-testid="map-toolbar">
      {tools.map(button)}
      {mode !== 'off' && button('off')}
      {mode !== 'off' && <span className="map-tool-hint" data-testid="map-tool-hint">{t(`proposalDraw.hint.${mode}`)}</span>}
    </div>
  );
}
