/**
 * Calendar dates as day numbers (days since 1970-01-01, proleptic Gregorian, no time zone), so the
 * table stores dates in an Int32Array and the analysis compares them as integers.
 * Civil ↔ day conversion after Howard Hinnant's `days_from_civil`; no Date object, so no local
 * time zone can shift a day.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date; month 1..12, day 1..31 (not range-checked here). */
export function dayOfYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
export function ymdOfDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of a strict ISO `YYYY-MM-DD` date, or null when malformed or impossible (2023-02-30). */
export function parseIsoDay(text: string): number | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayOfYmd(year, month, day);
}

/** `YYYY-MM-DD` of a day number. Callers check MISSING_DAY first: it is not a date. */
export function dayToIso(dayNumber: number): string {
  const { year, month, day } = ymdOfDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same month and day `years` later (DOMAIN.md §5: "+ 1 year"); 29 February in a target year
 * without one becomes 1 March.
 */
export function addYears(dayNumber: number, years: number): number {
  const { year, month, day } = ymdOfDay(dayNumber);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return dayOfYmd(target, 3, 1);
  return dayOfYmd(target, month, day);
}

/** Calendar year of a day number. */
export function yearOfDay(dayNumber: number): number {
  return ymdOfDay(dayNumber).year;
}
