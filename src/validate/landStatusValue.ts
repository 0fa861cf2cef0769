import type { LandStatus } from '../schema/index.ts';
import { describeValue } from './describeValue.ts';
import type { FeatureLog } from './featureLog.ts';

/** 0 = supplied (the contract's default), 1 = approved-unsupplied; an unknown value warns and defaults. */
export function landStatusValue(value: unknown, log: FeatureLog): 0 | 1 {
  if (value === undefined || value === null || value === ('supplied' satisfies LandStatus)) return 0;
  if (value === ('approved-unsupplied' satisfies LandStatus)) return 1;
  log.warn(
    'invalid-land-status',
    'landStatus',
    `landStatus is ${describeValue(value)}; expected "supplied" or "approved-unsupplied", read as "supplied"`,
  );
  return 0;
}
