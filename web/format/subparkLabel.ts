import type { SubparkCollection } from '../map/subparkCollection.ts';

/**
 * The name a user sees for a sub-park key: its name in the UI language when the sub-parks file knows
 * it, the key otherwise, and `outsideLabel` for plots outside every sub-park (key "" / null).
 */
export function subparkLabel(key: string | null | undefined, subparks: SubparkCollection | null, language: string, outsideLabel: string): string {
  if (key === null || key === undefined || key === '') return outsideLabel;
  const info = subparks?.byId.get(key);
  if (!info) return key;
  return language === 'zh' ? info.name : info.nameEn;
}
