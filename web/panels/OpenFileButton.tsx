import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Accepted by the file picker (GeoJSON, and the formats of DOMAIN.md §9 with a Shapefile's siblings); the reader decides by content, so a misnamed file still reads. */
const ACCEPT = '.geojson,.json,.geojsons,.geojsonl,.ndjson,.jsonl,.zip,.shp,.shx,.dbf,.prj,.cpg,.gpkg,.fgb,.csv';

/**
 * Opens plots files from the user's disk (they never leave the machine); several at once for a
 * Shapefile's siblings. The open code loads on first use.
 */
export function OpenFileButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const open = async (files: File[]) => {
    if (files.length === 0) return;
    const { openFiles } = await import('../import/openFiles.ts');
    await openFiles(files);
  };
  return (
    <>
      <button className="btn" onClick={() => input.current?.click()} title={t('open.title')} data-testid="open-file">
        {t('open.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        data-testid="open-file-input"
        onChange={(e) => {
          void open(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </>
  );
}
