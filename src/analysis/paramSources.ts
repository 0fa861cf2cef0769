import type { AnalysisParams } from '../schema/index.ts';

/**
 * Where each default threshold comes from. Users must be able to tell the city's rules from this
 * product's choices: a 10 ha "small block" is our reading of 小、散, not a number any policy gives.
 */
export interface ParamSource {
  kind: 'policy' | 'product-default';
  /** The clause for a policy value; for a product default, why the value was chosen. */
  zh: string;
  en: string;
}

export const PARAM_SOURCES: Readonly<Record<keyof AnalysisParams, ParamSource>> = {
  joinDistanceM: { kind: 'product-default', zh: '本工具默认值：道路宽度量级，视为连片', en: 'ParkTwin default: about a road width, read as contiguous' },
  smallBlockAreaM2: { kind: 'product-default', zh: '本工具默认值（10 公顷）；政策未规定"小"的面积', en: 'ParkTwin default (10 ha); no policy sets the size of "small"' },
  scatterDistanceM: { kind: 'product-default', zh: '本工具默认值（1 公里）；政策未规定"散"的距离', en: 'ParkTwin default (1 km); no policy sets the distance of "scattered"' },
  weakYears: { kind: 'policy', zh: '沪科规〔2026〕6号 第四条：连续两年评价不合格', en: 'HKG [2026] No. 6 §4: failing two years running' },
  mixedUseOtherMax: { kind: 'policy', zh: '沪府规〔2021〕9号 五.(二)：其他产业用途与生活配套合计不超过 30%', en: 'HFG [2021] No. 9 V.(2): other uses plus amenities up to 30%' },
  mixedUseAmenityMax: { kind: 'policy', zh: '沪府规〔2021〕9号 五.(二)：生活配套不超过 15%', en: 'HFG [2021] No. 9 V.(2): living amenities up to 15%' },
  farTargetIndustrial: { kind: 'policy', zh: '沪府规〔2021〕9号 五.(二)：工业用地容积率可提高至 2.0 及以上（允许，非下限）', en: 'HFG [2021] No. 9 V.(2): industrial FAR may be raised to 2.0 and above (a permission, not a minimum)' },
  farTargetRnd: { kind: 'policy', zh: '沪府规〔2021〕9号 五.(二)：通用类研发用地容积率可提高至 3.0 及以上（允许，非下限）', en: 'HFG [2021] No. 9 V.(2): general R&D FAR may be raised to 3.0 and above (a permission, not a minimum)' },
  idleYears: { kind: 'policy', zh: '《闲置土地处置办法》（2012）第二条：满一年', en: 'Idle Land Disposal Measures (2012) art. 2: one full year' },
  vacancyThreshold: { kind: 'product-default', zh: '本工具默认值（50%）；政策要求盘活空置楼宇厂房，未规定空置率认定线', en: 'ParkTwin default (50%); policy asks to renew vacant buildings but sets no vacancy line' },
  consolidationMinAreaM2: { kind: 'product-default', zh: '本工具默认值（3 公顷）', en: 'ParkTwin default (3 ha)' },
};
