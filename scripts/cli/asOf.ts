import { parseIsoDay } from '../../src/index.ts';
import { CliError } from './cliError.ts';

/** Today's date in the local time zone, YYYY-MM-DD. */
export function todayLocalIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The --as-of date, checked to be a real calendar date; today when not given. */
export function asOfDate(given: string | undefined): string {
  if (given === undefined) return todayLocalIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || parseIsoDay(given) === null) {
    throw new CliError(`--as-of must be a real date written YYYY-MM-DD, got "${given}"`);
  }
  return given;
}
