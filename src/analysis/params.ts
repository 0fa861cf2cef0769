import { DEFAULT_PARAMS, type AnalysisParams } from '../schema/index.ts';

export type ParamsResult = { ok: true; params: AnalysisParams } | { ok: false; errors: string[] };

const INTEGER_PARAMS: ReadonlySet<keyof AnalysisParams> = new Set(['weakYears', 'idleYears']);
const SHARE_PARAMS: ReadonlySet<keyof AnalysisParams> = new Set(['mixedUseOtherMax', 'mixedUseAmenityMax', 'vacancyThreshold']);

/**
 * Defaults overlaid with an untrusted partial (a params file, the UI, a saved state). Unknown keys
 * and values of the wrong kind are errors that name the key, because a silently ignored typo in a
 * threshold would change which plots get flagged.
 */
export function resolveParams(input: unknown): ParamsResult {
  if (input === undefined || input === null) return { ok: true, params: { ...DEFAULT_PARAMS } };
  if (typeof input !== 'object' || Array.isArray(input)) return { ok: false, errors: ['parameters must be a JSON object'] };
  const params: AnalysisParams = { ...DEFAULT_PARAMS };
  const errors: string[] = [];
  const known = Object.keys(DEFAULT_PARAMS) as (keyof AnalysisParams)[];
  for (const [key, value] of Object.entries(input)) {
    if (!(known as string[]).includes(key)) {
      errors.push(`unknown parameter "${key}" (known: ${known.join(', ')})`);
      continue;
    }
    const k = key as keyof AnalysisParams;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      errors.push(`parameter "${key}" must be a non-negative number, got ${JSON.stringify(value)}`);
    } else if (INTEGER_PARAMS.has(k) && (!Number.isInteger(value) || value < 1)) {
      errors.push(`parameter "${key}" must be a whole number ≥ 1, got ${value}`);
    } else if (SHARE_PARAMS.has(k) && value > 1) {
      errors.push(`parameter "${key}" is a share and must be within 0..1, got ${value}`);
    } else {
      params[k] = value;
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, params };
}
