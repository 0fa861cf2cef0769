import { M2_PER_MU } from '../../src/index.ts';
import type { Language } from '../i18n/index.ts';

function localeOf(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en-GB';
}

export function countText(n: number, language: Language): string {
  return n.toLocaleString(localeOf(language));
}

export function decimalText(n: number | null | undefined, language: Language, digits = 2): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString(localeOf(language), { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Exactly `digits` decimals, so a column of numbers lines up on the decimal point. */
export function fixedText(n: number | null | undefined, language: Language, digits: number): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return n.toLocaleString(localeOf(language), { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function percentText(share: number | null | undefined, language: Language, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${(share * 100).toLocaleString(localeOf(language), { maximumFractionDigits: digits })}%`;
}

/** m² with 亩 alongside, the way Chinese planning tables state land areas. */
export function areaWithMuText(m2: number | null | undefined, language: Language): string {
  if (m2 === null || m2 === undefined || !Number.isFinite(m2)) return '—';
  const mu = m2 / M2_PER_MU;
  return language === 'zh'
    ? `${decimalText(m2, language, 0)} m²（${decimalText(mu, language, 1)} 亩）`
    : `${decimalText(m2, language, 0)} m² (${decimalText(mu, language, 1)} mu)`;
}

/** Large areas: hectares below 1 km², km² above. */
export function largeAreaText(m2: number, language: Language): string {
  if (!Number.isFinite(m2)) return '—';
  if (m2 >= 1e6) return `${decimalText(m2 / 1e6, language, 2)} km²`;
  return language === 'zh' ? `${decimalText(m2 / M2_PER_MU, language, 0)} 亩` : `${decimalText(m2 / 1e4, language, 1)} ha`;
}

export function distanceText(m: number, language: Language): string {
  if (!Number.isFinite(m)) return '—';
  return m >= 1000 ? `${decimalText(m / 1000, language, 2)} km` : `${decimalText(m, language, 0)} m`;
}

/** Floor areas as Chinese tables state them: 万m² (10,000 m²); in English, thousand or million m². */
export function floorAreaText(m2: number, language: Language): string {
  if (!Number.isFinite(m2)) return '—';
  if (language === 'zh') return m2 >= 1e4 ? `${decimalText(m2 / 1e4, language, 1)} 万m²` : `${decimalText(m2, language, 0)} m²`;
  return m2 >= 1e6 ? `${decimalText(m2 / 1e6, language, 2)} million m²` : `${decimalText(m2, language, 0)} m²`;
}
