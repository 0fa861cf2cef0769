import { parseIsoDay, shanghaiIsoDay } from '../../src/index.ts';
import { CliError } from './cliError.ts';

/** The --as-of date, checked to be a real calendar date; today in Shanghai (as the viewer) when not given. */
export function asOfDate(given: string | undefined, now: Date = new Date()): string {
  if (given === undefined) return shanghaiIsoDay(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || parseIsoDay(given) === null) {
    throw new CliError(`--as-of must be a real date written YYYY-MM-DD, got "${given}"`);
  }
  return given;
}
