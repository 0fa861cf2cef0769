import { BALANCE_MODES, BALANCE_SCOPES, DEFAULT_PARAMS, type AnalysisParams, type NumericParamKey } from '../schema/index.ts';

export type ParamsResult = { ok: true; params: AnalysisParams } | { ok: false; errors: string[] };

const INTEGER_PARAMS: ReadonlySet<string> = new Set(['weakYears', 'idleYears']);
const SHARE_PARAMS: ReadonlySet<string> = new Set(['mixedUseOtherMax', 'mixedUseAmenityMax', 'vacancyThreshold']);
/** Parameters that take one of a few words instead of a number. */
const CHOICE_PARAMS: Readonly<Record<string, readonly string[]>> = { balanceScope: BALANCE_SCOPES, balanceMode: BALANCE_MODES };

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
  const known = Object.keys(DEFAULT_PARAMS);
  for (const [key, value] of Object.entries(input)) {
    if (!known.includes(key)) {
      errors.push(`unknown parameter "${key}" (known: ${known.join(', ')})`);
      continue;
    }
    const choices = CHOICE_PARAMS[key];
    if (choices) {
      if (typeof value === 'string' && choices.includes(value)) Object.assign(params, { [key]: value });
      else errors.push(`parameter "${key}" must be one of ${choices.map((c) => `"${c}"`).join(', ')}, got ${JSON.stringify(value)}`);
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      errors.push(`parameter "${key}" must be a non-negative number, got ${JSON.stringify(value)}`);
    } else if (INTEGER_PARAMS.has(key) && (!Number.isInteger(value) || value < 1)) {
      errors.push(`parameter "${key}" must be a whole number ≥ 1, got ${value}`);
    } else if (SHARE_PARAMS.has(key) && value > 1) {
      errors.push(`parameter "${key}" is a share and must be within 0..1, got ${value}`);
    } else {
      params[key as NumericParamKey] = value;
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, params };
}
