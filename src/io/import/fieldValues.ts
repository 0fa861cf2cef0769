/**
 * Cell values of planners' tables as the plot contract wants them (DOMAIN.md §9). A value that
 * cannot be converted is returned unchanged, so the plot table builder reports it on its field
 * exactly as it would for GeoJSON.
 */

const FULL_WIDTH = /[\u3000\uFF01-\uFF5E]/;

/** Full-width digits and punctuation (Chinese input methods) as ASCII. */
export function asciiDigits(text: string): string {
  // Most cells hold none: no new string then.
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Empty text and the `.dbf` null marker are no value. */
export function isNoValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text === '' || /^\*+$/.test(text);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A number from a number or from text with ASCII or full-width thousands separators; else the value unchanged. */
export function numberValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = asciiDigits(value).trim().replace(/(\d)[,，'](?=\d{3}(\D|$))/g, '$1').replace(/\s/g, '');
  return NUMBER.test(text) ? Number(text) : value;
}

/** `YYYY-MM-DD`, `YYYY/M/D`, `YYYY.M.D`, `YYYY年M月D日`, `YYYYMMDD`, a date-time (its written date): ISO day text; else the value unchanged. */
export function dateValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1e7 && value < 1e8) value = String(value);
  if (typeof value !== 'string') return value;
  const text = asciiDigits(value).trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:$|[T\s]\d{1,2}:\d{2})/.exec(text);
  if (!parts) return value;
  return `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
}

const PASS = new Set(['合格', '达标', '通过', '是', 'pass', 'passed', 'true', 't', 'y', 'yes', '1']);
const FAIL = new Set(['不合格', '不达标', '未通过', '否', 'fail', 'failed', 'false', 'f', 'n', 'no', '0']);

/** true (pass), false (fail) or null when the value says neither. */
export function passValue(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string') return null;
  const text = asciiDigits(value).trim().toLowerCase();
  if (PASS.has(text)) return true;
  if (FAIL.has(text)) return false;
  return null;
}

const LAND_STATUS: Readonly<Record<string, string>> = {
  已供: 'supplied',
  已供应: 'supplied',
  已出让: 'supplied',
  批而未供: 'approved-unsupplied',
  未供: 'approved-unsupplied',
  已批未供: 'approved-unsupplied',
};

export function landStatusValue(value: unknown): unknown {
  return typeof value === 'string' ? (LAND_STATUS[value.trim()] ?? value.trim()) : value;
}

const RECTIFICATION: Readonly<Record<string, string>> = {
  整改到位: 'effective',
  整改有效: 'effective',
  有效: 'effective',
  整改不力: 'ineffective',
  整改无效: 'ineffective',
  无效: 'ineffective',
};

export function rectificationValue(value: unknown): unknown {
  return typeof value === 'string' ? (RECTIFICATION[value.trim()] ?? value.trim()) : value;
}

/** Ids, sub-parks, names: text; a whole number from a numeric column becomes its digits. */
export function textValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return typeof value === 'string' ? value.trim() : value;
}
