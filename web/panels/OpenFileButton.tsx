import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Accepted by the file picker; the reader decides by content, so a misnamed file still reads. */
const ACCEPT = '.geojson,.json,.geojsons,.geojsonl,.ndjson,.jsonl';

/** Opens a plots file from the user's disk (it never leaves the machine); the open code loads on first use. */
export function OpenFileButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const open = async (file: File | undefined) => {
    if (!file) return;
    const { openPlotsFile } = await import('../app/openPlotsFile.ts');
    await openPlotsFile(file);
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
        hidden
        data-testid="open-file-input"
        onChange={(e) => {
          void open(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </>
  );
}
