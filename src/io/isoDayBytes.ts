import { dayOfYmd, daysInMonth } from '../validate/isoDay.ts';

const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** The day number of a valid `YYYY-MM-DD` at `start`, else null (the validator then words the problem). */
export function isoDayAt(b: Uint8Array, start: number): number | null {
  if (b[start + 4] !== MINUS || b[start + 7] !== MINUS) return null;
  const year = digitsAt(b, start, 4);
  const month = digitsAt(b, start + 5, 2);
  const day = digitsAt(b, start + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayOfYmd(year, month, day);
}

function digitsAt(b: Uint8Array, start: number, count: number): number {
  let value = 0;
  for (let k = start; k < start + count; k++) {
    const c = b[k];
    if (c < ZERO || c > NINE) return -1;
    value = value * 10 + (c - ZERO);
  }
  return value;
}
