/**
 * Number formatting for explanations. A value just over a limit must never print as the limit
 * itself ("30.0%, over the 30% cap"), so digits are added until the two read differently.
 */
export function percentText(share: number, limit?: number): string {
  for (let digits = 1; digits <= 6; digits++) {
    const text = (share * 100).toFixed(digits);
    if (limit === undefined || share === limit || text !== (limit * 100).toFixed(digits)) return `${trimZeros(text)}%`;
  }
  return `${(share * 100).toPrecision(12)}%`;
}

export function decimalText(value: number, limit?: number): string {
  for (let digits = 2; digits <= 8; digits++) {
    const text = value.toFixed(digits);
    if (limit === undefined || value === limit || text !== limit.toFixed(digits)) return trimZeros(text);
  }
  return String(value);
}

/**
 * Metres or square metres with thousands separators: whole units, or as many decimals as it takes
 * to read differently from `limit`.
 */
export function areaText(value: number, limit?: number): string {
  for (let digits = 0; digits <= 3; digits++) {
    const text = value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
    if (limit === undefined || value === limit || text !== limit.toLocaleString('en-US', { maximumFractionDigits: digits })) return text;
  }
  return String(value);
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
