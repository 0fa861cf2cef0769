import type { FlagName } from '../schema/index.ts';

/** The policy each flag puts into practice (DOMAIN.md §1), cited in every explanation. */
export const POLICY_CLAUSES: Readonly<Record<FlagName, { zh: string; en: string }>> = {
  'small-block': { zh: '张江若干意见 一.(三).3，沪科规〔2026〕6号 第四条', en: 'Zhangjiang opinions I.(3).3; HKG [2026] No. 6 §4' },
  'scattered-block': { zh: '张江若干意见 一.(三).3，沪科规〔2026〕6号 第四条', en: 'Zhangjiang opinions I.(3).3; HKG [2026] No. 6 §4' },
  weak: { zh: '沪科规〔2026〕6号 第四条', en: 'HKG [2026] No. 6 §4' },
  'removal-candidate': { zh: '沪科规〔2026〕6号 第四条', en: 'HKG [2026] No. 6 §4' },
  'mixed-use-over-30': { zh: '沪府规〔2021〕9号 五.(二)', en: 'HFG [2021] No. 9 V.(2)' },
  'mixed-use-amenity-over-15': { zh: '沪府规〔2021〕9号 五.(二)', en: 'HFG [2021] No. 9 V.(2)' },
  'low-far': { zh: '沪府规〔2021〕9号 五.(二)', en: 'HFG [2021] No. 9 V.(2)' },
  'approved-unsupplied': { zh: '沪科规〔2026〕6号 第十条', en: 'HKG [2026] No. 6 §10' },
  'idle-land': { zh: '《闲置土地处置办法》第二条，沪科规〔2026〕6号 第十条', en: 'Idle Land Disposal Measures art. 2; HKG [2026] No. 6 §10' },
  'vacant-building': { zh: '沪科规〔2026〕6号 第十条', en: 'HKG [2026] No. 6 §10' },
  'evaluation-failed': { zh: '沪科规〔2026〕6号 第四条', en: 'HKG [2026] No. 6 §4' },
};
