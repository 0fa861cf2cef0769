import { csvCell, flagNamesOfMask, LAND_USE_CATEGORIES, M2_PER_MU, type AnalysisResult, type PlotTable } from '../../src/index.ts';
import { geometryOfRow, propertiesOfRow } from './plotProperties.ts';
import type { ExportFormat } from './protocol.ts';

export type ExportLanguage = 'zh' | 'en';

const HEADERS: Record<ExportLanguage, string[]> = {
  zh: ['地块编号', '分园', '名称', '企业', '用地性质', '用地类别', '供地状态', '图形面积(m²)', '用地面积(m²)', '用地面积(亩)', '地上建筑面积(m²)', '容积率', '其他用途及配套占比', '生活配套占比', '可增建筑面积(m²)', '区块', '盘活地块组', '政策标记'],
  en: ['id', 'subpark', 'name', 'enterprise', 'landUse', 'category', 'landStatus', 'areaM2', 'landAreaM2', 'landAreaMu', 'gfaAboveM2', 'far', 'otherShare', 'amenityShare', 'potentialGfaM2', 'block', 'consolidationGroup', 'flags'],
};

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
      groupIdOf(result, row) ?? '',
      flagNamesOfMask(result.plots.flags[row]).join(';'),
    ].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function groupIdOf(result: AnalysisResult, row: number): string | null {
  const group = result.consolidation[result.plots.groupIndex[row]];
  return group ? group.id : null;
}

/**
 * The report's members of a plot (DOMAIN.md §6: areaM2, blockId, far, otherShare, amenityShare,
 * potentialGfaM2, flags) and its consolidation group, numbers in full precision, null when not
 * applicable (JSON has no NaN).
 */
export function reportPropertiesOfRow(result: AnalysisResult, row: number): Record<string, unknown> {
  const c = result.plots;
  const block = result.blocks[c.blockIndex[row]];
  return {
    areaM2: numberOrNull(c.areaM2[row]),
    blockId: block ? block.id : null,
    far: numberOrNull(c.far[row]),
    otherShare: numberOrNull(c.otherShare[row]),
    amenityShare: numberOrNull(c.amenityShare[row]),
    potentialGfaM2: numberOrNull(c.potentialGfaM2[row]),
    flags: flagNamesOfMask(c.flags[row]),
    consolidationGroupId: groupIdOf(result, row),
  };
}

/** The list as a GeoJSON FeatureCollection: the plot's attributes, then the report's members. */
export function geoJsonOfRows(table: PlotTable, result: AnalysisResult, rows: Uint32Array): string {
  const parts: string[] = [];
  for (const row of rows) {
    const properties = { ...propertiesOfRow(table, row), ...reportPropertiesOfRow(result, row) };
    parts.push(JSON.stringify({ type: 'Feature', properties, geometry: geometryOfRow(table, row) }));
  }
  return `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`;
}

export function exportTextOfRows(table: PlotTable, result: AnalysisResult, rows: Uint32Array, format: ExportFormat, language: ExportLanguage): string {
  return format === 'csv' ? csvOfRows(table, result, rows, language) : geoJsonOfRows(table, result, rows);
}
