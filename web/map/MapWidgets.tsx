import { useTranslation } from 'react-i18next';
import { useCursorStore } from '../stores/cursorStore.ts';
import { flyToBounds } from './mapInstance.ts';
import { homeBounds } from './homeBounds.ts';

/** North arrow (turns with the map), coordinates under the cursor, whole-zone button. */
export function MapWidgets() {
  const { t } = useTranslation();
  const bearing = useCursorStore((s) => s.bearingDegrees);
  const lonLat = useCursorStore((s) => s.lonLat);
  return (
    <>
      <div className="north-arrow" title={t('map.north')} style={{ transform: `rotate(${-bearing}deg)` }} aria-label={t('map.north')}>
        <svg viewBox="0 0 24 36" width="22" height="34" aria-hidden="true">
          <polygon points="12,2 20,30 12,24 4,30" fill="#1f2937" />
          <polygon points="12,2 12,24 4,30" fill="#9ca3af" />
        </svg>
        <span>{t('map.north')}</span>
      </div>
      <button className="home-button" onClick={() => flyToBounds(homeBounds(), 12)} title={t('map.resetView')}>⌂</button>
      <div className="coords" data-testid="coords">
        {lonLat ? t('map.coords', { lon: lonLat[0].toFixed(5), lat: lonLat[1].toFixed(5) }) : ''}
      </div>
    </>
  );
}
