import type { Language } from '../i18n/index.ts';
import { areaWithMuText, decimalText, percentText } from './numbers.ts';

/** How each attribute is shown: its unit and formatting. */
export type FieldKind = 'area' | 'share' | 'money' | 'count' | 'metres' | 'ratio' | 'text' | 'date';

export const FIELD_KIND: Readonly<Record<string, FieldKind>> = {
  landAreaM2: 'area', areaM2: 'area', gfaAboveM2: 'area', gfaOtherM2: 'area', gfaAmenityM2: 'area', potentialGfaM2: 'area',
  developedShare: 'share', investedShare: 'share', vacancyRate: 'share', otherShare: 'share', amenityShare: 'share',
  revenue: 'money', tax: 'money', valueAdded: 'money', rdSpend: 'money',
  employees: 'count', heightM: 'metres', far: 'ratio',
  agreedStartDate: 'date', actualStartDate: 'date', suspendedSince: 'date',
};

export function fieldValueText(field: string, value: unknown, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value !== 'number') return String(value);
  switch (FIELD_KIND[field]) {
    case 'area':
      return field.startsWith('gfa') || field === 'potentialGfaM2' ? `${decimalText(value, language, 0)} m²` : areaWithMuText(value, language);
    case 'share':
      return percentText(value, language);
    case 'money':
      return `${decimalText(value, language, 1)} ${language === 'zh' ? '万元' : '×10k CNY'}`;
    case 'count':
      return `${decimalText(value, language, 0)} ${language === 'zh' ? '人' : ''}`.trim();
    case 'metres':
      return `${decimalText(value, language, 1)} ${language === 'zh' ? '米' : 'm'}`;
    case 'ratio':
      return decimalText(value, language, 2);
    default:
      return decimalText(value, language, 2);
  }
}
