/**
 * Today as the bureau counts it: the calendar date in Shanghai (UTC+8, no daylight saving), the
 * default as-of date of the viewer and the CLI alike. The machine's or the browser's own zone
 * must not decide: between 00:00 and 08:00 Shanghai time the UTC date is still yesterday, which
 * moves idle-land deadlines by a day. Intl is an ECMAScript built-in (ECMA-402), so this stays
 * pure and runs in Node, a worker and the browser. Pure: the caller passes the instant.
 */
const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  numberingSystem: 'latn',
});

/** `YYYY-MM-DD` of the instant `now` in Asia/Shanghai. */
export function shanghaiIsoDay(now: Date): string {
  const parts: Record<string, string> = {};
  for (const part of SHANGHAI_DAY.formatToParts(now)) parts[part.type] = part.value;
  return `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}`;
}
