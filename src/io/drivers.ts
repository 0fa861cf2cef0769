import type { PlotFormatDriver } from './formatDriver.ts';
import { geoJsonDriver, geoJsonSeqDriver } from './geoJsonDrivers.ts';
import { csvDriver, geoPackageDriver, shapefileDriver, shapefileZipDriver } from './import/wholeFileDrivers.ts';
import { flatGeobufDriver } from './import/flatGeobufDriver.ts';

/** Every format the importer reads, most specific first (binary magic numbers, then text). */
export const PLOT_FORMAT_DRIVERS: readonly PlotFormatDriver[] = [
  shapefileZipDriver,
  shapefileDriver,
  geoPackageDriver,
  flatGeobufDriver,
  csvDriver,
  geoJsonSeqDriver,
  geoJsonDriver,
];

/** Lower-case extension with the dot (`.geojson`), or '' when the name has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * The driver for an input: the first in table order (most specific first) whose sniff accepts the
 * head. Content decides because files are often misnamed (NDJSON saved as .json). When no driver
 * recognises the content, the one matching the extension, else GeoJSON: its reader then explains
 * what the input is instead.
 */
export function driverForInput(head: Uint8Array, fileName?: string, drivers = PLOT_FORMAT_DRIVERS): PlotFormatDriver {
  const sniffed = drivers.find((d) => d.sniff(head));
  if (sniffed) return sniffed;
  const extension = fileName ? extensionOf(fileName) : '';
  return drivers.find((d) => d.extensions.includes(extension)) ?? geoJsonDriver;
}

export function driverById(id: string, drivers = PLOT_FORMAT_DRIVERS): PlotFormatDriver | undefined {
  return drivers.find((d) => d.id === id);
}
