import { DATE_FIELDS, NUMERIC_FIELDS } from '../../schema/index.ts';

/**
 * Column names recognised without a `--fields` mapping (DOMAIN.md §9), and the units a column name
 * may carry in ASCII or full-width brackets.
 */

/** Fields a column can fill: the §4 fields, `rectification`, and `far` (容积率, used to derive gfaAboveM2). */
export const MAPPABLE_FIELDS: readonly string[] = [
  'id', 'subparkId', 'landUse', 'name', 'enterprise', 'landStatus', 'evaluations', 'rectification', 'far',
  ...NUMERIC_FIELDS, ...DATE_FIELDS,
];

/** The §4 names themselves (camelCase), which a GeoJSON file carries. */
export const CONTRACT_FIELDS: ReadonlySet<string> = new Set(MAPPABLE_FIELDS.filter((f) => f !== 'far'));

const CHINESE_NAMES: Readonly<Record<string, string>> = {
  地块编号: 'id', 地块代码: 'id', 宗地编号: 'id', 宗地代码: 'id',
  所属分园: 'subparkId', 分园: 'subparkId', 所属园区: 'subparkId',
  用地性质: 'landUse', 用地代码: 'landUse', 用地性质代码: 'landUse',
  地块名称: 'name', 宗地名称: 'name',
  企业名称: 'enterprise', 权利人: 'enterprise', 土地使用权人: 'enterprise',
  用地面积: 'landAreaM2', 土地面积: 'landAreaM2', 宗地面积: 'landAreaM2',
  供地状态: 'landStatus',
  约定开工日期: 'agreedStartDate', 实际开工日期: 'actualStartDate', 停工日期: 'suspendedSince',
  开发比例: 'developedShare', 投资比例: 'investedShare',
  地上建筑面积: 'gfaAboveM2', 其他产业用途建筑面积: 'gfaOtherM2', 生活配套建筑面积: 'gfaAmenityM2',
  容积率: 'far', 空置率: 'vacancyRate', 建筑高度: 'heightM',
  营业收入: 'revenue', 税收: 'tax', 增加值: 'valueAdded', 研发投入: 'rdSpend', 从业人员: 'employees',
  整改情况: 'rectification',
};

/**
 * A `.dbf` keeps at most 10 bytes of a column name: 5 Chinese characters in GBK, 3 in UTF-8, so
 * 约定开工日期 arrives as 约定开工日 and 其他产业用途建筑面积 as 其他产业用. A name of at least three
 * Chinese characters that begins exactly one field's recognised names is that field; a shorter or
 * ambiguous one stays unmatched (and listed). A cut unit (营业收入( ) is never guessed.
 */
function fieldOfCutName(base: string): string | undefined {
  if (!/^[\u4e00-\u9fff]{3,}$/.test(base)) return undefined;
  const fields = new Set(Object.keys(CHINESE_NAMES).filter((name) => name.length > base.length && name.startsWith(base)).map((name) => CHINESE_NAMES[name]));
  return fields.size === 1 ? [...fields][0] : undefined;
}

/** Case, `_`, `-` and spaces folded away, so `subpark_id` and `LandAreaM2` meet their field. */
function folded(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, '');
}

const BY_FOLDED: ReadonlyMap<string, string> = new Map(MAPPABLE_FIELDS.map((f) => [folded(f), f]));

export type ColumnUnit = 'ha' | 'mu' | 'm2' | 'wan-yuan' | 'yuan' | 'yi-yuan' | 'percent';

const UNITS: Readonly<Record<string, ColumnUnit>> = {
  公顷: 'ha', ha: 'ha', hm2: 'ha', 亩: 'mu', 平方米: 'm2', m2: 'm2', 'm²': 'm2', 万元: 'wan-yuan', 元: 'yuan', 亿元: 'yi-yuan', '%': 'percent',
};

/** `用地面积（公顷）` → base `用地面积`, unit `ha`. The closing bracket may be missing (a name cut at 10 bytes in a .dbf). */
export function splitUnit(column: string): { base: string; unit: ColumnUnit | null } {
  const m = /^(.*?)\s*[(（[【]\s*([^()（）\]】]+?)\s*[)）\]】]?\s*$/.exec(column.replace(/％/g, '%'));
  if (m) {
    const unit = UNITS[m[2].toLowerCase()];
    if (unit) return { base: m[1], unit };
  }
  return { base: column.trim(), unit: null };
}

/** A recognised column: the field it fills and, for evaluations, the year. */
export interface RecognisedColumn {
  field: string;
  year?: number;
  unit: ColumnUnit | null;
}

const EVALUATION_COLUMN = /^(?:evaluations\.|评价|eval_?|评价结果)(\d{4})(?:年)?(?:评价|评价结果)?$/i;

/**
 * The field a column name means by itself, or null. `foldCase`: also `subpark_id`, `LANDUSE`
 * (tables); GeoJSON keeps exact §4 names, so the validator still warns about near-misses.
 */
export function recogniseColumn(column: string, foldCase = true): RecognisedColumn | null {
  const { base, unit } = splitUnit(column);
  const year = EVALUATION_COLUMN.exec(base) ?? /^(\d{4})年?(?:度)?(?:评价|绩效评价|评价结果)$/.exec(base);
  if (year) return { field: 'evaluations', year: Number(year[1]), unit };
  const field = CHINESE_NAMES[base] ?? (foldCase ? BY_FOLDED.get(folded(base)) ?? fieldOfCutName(base) : CONTRACT_FIELDS.has(base) ? base : undefined);
  return field ? { field, unit } : null;
}

/** `evaluations.2024` → year 2024; a plain field → its name. Null when the key is not a mappable field. */
export function parseFieldKey(key: string): { field: string; year?: number } | null {
  const m = /^evaluations\.(\d{4})$/.exec(key);
  if (m) return { field: 'evaluations', year: Number(m[1]) };
  return MAPPABLE_FIELDS.includes(key) ? { field: key } : null;
}
