import { beginImport } from './importSession.ts';

/** Extensions read straight away, without the import step (see openFiles). */
const GEOJSON = /\.(geojson|json|geojsons|geojsonl|ndjson|jsonl)$/i;

/**
 * True when the files go through the import step. A single GeoJSON file does not: RFC 7946 fixes
 * its coordinate system (WGS84), our own files carry the §4 names, the reader already recognises
 * the Chinese ones, and whatever it cannot use is listed in the issues and the input summary after
 * loading. Asking would be a click with nothing to decide, and a large GeoJSON would be read twice.
 */
export function needsImportStep(names: readonly string[]): boolean {
  return !(names.length === 1 && GEOJSON.test(names[0]));
}

/** Opens what the user picked or dropped: GeoJSON at once, everything else through the import step. */
export async function openFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  if (!needsImportStep(files.map((f) => f.name))) {
    const { openPlotsFile } = await import('../app/openPlotsFile.ts');
    await openPlotsFile(files[0]);
    return;
  }
  await beginImport(files);
}
