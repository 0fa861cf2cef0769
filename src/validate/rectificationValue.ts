import type { Rectification } from '../schema/index.ts';
import { describeValue } from './describeValue.ts';
import type { FeatureLog } from './featureLog.ts';

/**
 * 0 = unknown (absent or null), 1 = effective, 2 = ineffective. Any other value warns and is read as
 * unknown, which the removal rule treats as not effective: the policy moves out plots whose
 * rectification failed, and an outcome nobody recorded cannot count as a success.
 */
export function rectificationValue(value: unknown, log: FeatureLog): 0 | 1 | 2 {
  if (value === undefined || value === null) return 0;
  if (value === ('effective' satisfies Rectification)) return 1;
  if (value === ('ineffective' satisfies Rectification)) return 2;
  log.warn(
    'invalid-rectification',
    'rectification',
    `rectification is ${describeValue(value)}; expected "effective" or "ineffective", read as unknown (counts as not effective)`,
  );
  return 0;
}
