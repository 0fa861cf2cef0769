import { flagNamesOfMask, LAND_USE_CATEGORIES, type AnalysisResult, type PlotTable } from '../../src/index.ts';
import { geometryOfRow, propertiesOfRow } from './plotProperties.ts';
import type { ExportFormat } from './protocol.ts';

export type ExportLanguage = 'zh' | 'en';

const HEADERS: Record<ExportLanguage, string[]> = {
  zh: ['地块编号', '分园', '名称', '企业', '用地性质', '用地类别', '供地状态', '图形面积(m²)', '用地面积(m²)', '用地面积(亩)', '地上建筑面积(m²)', '容积率', '其他用途及配套占比', '生活配套占比', '可增建筑面积(m²)', '区块', '政策标记'],
  en: ['id', 'subpark', 'name', 'enterprise', 'landUse', 'category', 'landStatus', 'areaM2', 'landAreaM2', 'landAreaMu', 'gfaAboveM2', 'far', 'otherShare', 'amenityShare', 'potentialGfaM2', 'block', 'flags'],
};

const M2_PER_MU = 10_000 / 15;

/** A CSV cell: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: string | number | null): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  if (typeof value === 'number') return String(Math.round(value * 10_000) / 10_000);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** The list (清单) as CSV text, one row per plot, without the BOM (the caller adds it). */
export function csvOfRows(table: PlotTable, result: AnalysisResult, rows: Uint32Array, language: ExportLanguage): string {
  const lines = [HEADERS[language].map(csvCell).join(',')];
  for (const row of rows) {
    const landArea = table.numeric.landAreaM2[row];
    const block = result.blocks[result.plots.blockIndex[row]];
    lines.push([
      table.ids[row],
      table.subparkKeys[table.subparkIndex[row]],
      table.names[row],
      table.enterprises[row],
      table.landUseCodes[row],
      LAND_USE_CATEGORIES[table.landUseCategory[row]],
      table.landStatus[row] === 1 ? 'approved-unsupplied' : 'supplied',
      result.plots.areaM2[row],
      numberOrNull(landArea),
      Number.isFinite(landArea) ? landArea / M2_PER_MU : null,
      numberOrNull(table.numeric.gfaAboveM2[row]),
      numberOrNull(result.plots.far[row]),
      numberOrNull(result.plots.otherShare[row]),
      numberOrNull(result.plots.amenityShare[row]),
      numberOrNull(result.plots.potentialGfaM2[row]),
      block ? block.id : '',
      flagNamesOfMask(result.plots.flags[row]).join(';'),
    ].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function geoJsonOfRows(table: PlotTable, result: AnalysisResult, rows: Uint32Array): string {
  const parts: string[] = [];
  for (const row of rows) {
    const properties = {
      ...propertiesOfRow(table, row),
      areaM2: result.plots.areaM2[row],
      far: numberOrNull(result.plots.far[row]),
      flags: flagNamesOfMask(result.plots.flags[row]),
    };
    parts.push(JSON.stringify({ type: 'Feature', properties, geometry: geometryOfRow(table, row) }));
  }
  return `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`;
}

export function exportTextOfRows(table: PlotTable, result: AnalysisResult, rows: Uint32Array, format: ExportFormat, language: ExportLanguage): string {
  return format === 'csv' ? csvOfRows(table, result, rows, language) : geoJsonOfRows(table, result, rows);
}
