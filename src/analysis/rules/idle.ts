import type { PlotTable } from '../../schema/index.ts';

/** Same value as schema MISSING_DAY, held locally because this runs once per plot. */
const MISSING_DAY = -2147483648;
import { addYears } from '../../validate/isoDay.ts';

export type IdleReason = 'not-started' | 'suspended';

/**
 * Idle land (闲置土地, national definition): supplied land not started `idleYears` after the agreed
 * start date; or started, suspended for `idleYears`, with developed share < 1/3 or invested share
 * < 25%. A share that is missing cannot show the shortfall, so it does not count toward it.
 */
export function idleReasonOf(table: PlotTable, row: number, asOfDay: number, idleYears: number): IdleReason | null {
  if (table.landStatus[row] !== 0) return null;
  const agreed = table.dates.agreedStartDate[row];
  const actual = table.dates.actualStartDate[row];
  if (actual === MISSING_DAY) {
    if (agreed !== MISSING_DAY && asOfDay >= addYears(agreed, idleYears)) return 'not-started';
    return null;
  }
  const suspended = table.dates.suspendedSince[row];
  if (suspended === MISSING_DAY || addYears(suspended, idleYears) > asOfDay) return null;
  const developed = table.numeric.developedShare[row];
  const invested = table.numeric.investedShare[row];
  if (developed < 1 / 3 || invested < 0.25) return 'suspended';
  return null;
}
