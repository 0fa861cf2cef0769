/**
 * One CSV cell of text (RFC 4180) that is also safe to open in a spreadsheet.
 *
 * Formula injection: Excel, WPS and LibreOffice run a cell that starts with `=`, `+`, `-` or `@`
 * (and treat a leading tab or carriage return the same way) as a formula, so a plot id such as
 * `=HYPERLINK(…)` from an untrusted file could act when the report is opened. Such text cells get a
 * leading apostrophe, which spreadsheets show as text (OWASP "CSV injection"). A text cell that is
 * a plain number (`-12.5`) is left alone, and numeric columns are written by the report itself and
 * never guarded, so negative numbers stay numbers. The apostrophe is visible to programs that read
 * the CSV; the JSON report carries the ids unchanged.
 *
 * Quoting: a cell with a comma, quote, CR or LF is wrapped in quotes, inner quotes doubled.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvTextCell(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A numeric CSV cell in full precision (the shortest text that reads back as the same double; see
 * reportNumbers.ts): a share of 0.30000000000000004 flagged over a 0.30 cap must not print as 0.3.
 * Not applicable (NaN, null) and infinities are an empty cell. Never formula-guarded: a negative
 * number stays a number.
 */
export function csvNumberCell(value: number | null): string {
  return value !== null && Number.isFinite(value) ? String(value) : '';
}

/** One cell of either kind: numbers in full precision, text quoted and formula-guarded. */
export function csvCell(value: string | number | null): string {
  return typeof value === 'string' ? csvTextCell(value) : csvNumberCell(value);
}
