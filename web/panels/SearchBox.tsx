import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { plotsWorker } from '../worker/client.ts';
import { useDataStore } from '../stores/dataStore.ts';
import { useUiStore } from '../stores/uiStore.ts';
import type { SearchHit } from '../worker/protocol.ts';
import { showPlotAtRow } from '../app/showPlot.ts';

/** Search by plot id, name or enterprise; the worker scans its table, the main thread only shows hits. */
export function SearchBox() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const ready = useDataStore((s) => s.status === 'ready');
  const subparks = useDataStore((s) => s.subparks);
  const language = useUiStore((s) => s.language);
  const inputRef = useRef<HTMLInputElement>(null);
  /** The query a chosen hit wrote into the box: not searched again. */
  const chosenRef = useRef<string | null>(null);

  useEffect(() => {
    if (!ready || !query.trim() || query === chosenRef.current) {
      setHits(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void plotsWorker().search(query, 12).then((found) => current && setHits(found));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, ready]);

  const choose = (hit: SearchHit) => {
    void showPlotAtRow(hit.row);
    setHits(null);
    chosenRef.current = hit.id;
    setQuery(hit.id);
    inputRef.current?.blur();
  };

  return (
    <div className="search">
      <input
        ref={inputRef}
        id="search-input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits?.length) choose(hits[0]);
          if (e.key === 'Escape') {
            setHits(null);
            inputRef.current?.blur();
          }
        }}
        data-testid="search"
      />
      {hits && (
        <ul className="search-results" role="listbox">
          {hits.length === 0 && <li className="muted">{t('search.none')}</li>}
          {hits.map((hit) => {
            const info = subparks?.byId.get(hit.subparkKey);
            return (
              <li key={hit.row} role="option" onMouseDown={() => choose(hit)}>
                <strong>{hit.id}</strong> <span>{hit.name}</span> <span className="muted">{hit.enterprise}</span>
                <span className="muted"> · {info ? (language === 'zh' ? info.name : info.nameEn) : hit.subparkKey}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
