/**
 * The sub-parks of DOMAIN.md §7 for synthetic data: centres and approximate areas (which set each
 * sub-park's share of the plots). Jinshan has two clusters.
 */
export interface SyntheticSubpark {
  id: string;
  /** Chinese name stem for plot names. */
  nameZh: string;
  areaKm2: number;
  /** lon, lat of the main centre, then of any further cluster. */
  centres: [number, number][];
  /** Leading land-use family, to vary the mix: 'industry' | 'rnd' | 'office'. */
  character: 'industry' | 'rnd' | 'office';
}

export const SYNTHETIC_SUBPARKS: readonly SyntheticSubpark[] = [
  { id: 'zhangjiang', nameZh: '张江', areaKm2: 79.7, centres: [[121.6, 31.19]], character: 'rnd' },
  { id: 'jinqiao', nameZh: '金桥', areaKm2: 30, centres: [[121.61, 31.26]], character: 'industry' },
  { id: 'lujiazui', nameZh: '陆家嘴', areaKm2: 6, centres: [[121.51, 31.235]], character: 'office' },
  { id: 'shibo', nameZh: '世博', areaKm2: 5, centres: [[121.49, 31.19]], character: 'office' },
  { id: 'lingang', nameZh: '临港', areaKm2: 80, centres: [[121.85, 30.92]], character: 'industry' },
  { id: 'caohejing', nameZh: '漕河泾', areaKm2: 14.28, centres: [[121.425, 31.168]], character: 'rnd' },
  { id: 'xuhui', nameZh: '徐汇', areaKm2: 5, centres: [[121.45, 31.18]], character: 'office' },
  { id: 'changning', nameZh: '长宁', areaKm2: 5, centres: [[121.36, 31.22]], character: 'office' },
  { id: 'jingan', nameZh: '静安', areaKm2: 3, centres: [[121.455, 31.23]], character: 'office' },
  { id: 'shibei', nameZh: '市北', areaKm2: 3, centres: [[121.455, 31.28]], character: 'office' },
  { id: 'putuo', nameZh: '普陀', areaKm2: 5, centres: [[121.38, 31.26]], character: 'rnd' },
  { id: 'hongkou', nameZh: '虹口', areaKm2: 7.99, centres: [[121.49, 31.27]], character: 'office' },
  { id: 'yangpu', nameZh: '杨浦', areaKm2: 12, centres: [[121.51, 31.3]], character: 'rnd' },
  { id: 'huangpu', nameZh: '黄浦', areaKm2: 2, centres: [[121.485, 31.215]], character: 'office' },
  { id: 'minhang', nameZh: '闵行', areaKm2: 56.48, centres: [[121.39, 31.08]], character: 'industry' },
  { id: 'baoshan', nameZh: '宝山', areaKm2: 25, centres: [[121.4, 31.36]], character: 'industry' },
  { id: 'jiading', nameZh: '嘉定', areaKm2: 50, centres: [[121.24, 31.38]], character: 'industry' },
  { id: 'songjiang', nameZh: '松江', areaKm2: 21.2, centres: [[121.21, 31.04]], character: 'industry' },
  { id: 'qingpu', nameZh: '青浦', areaKm2: 35, centres: [[121.1, 31.16]], character: 'industry' },
  { id: 'fengxian', nameZh: '奉贤', areaKm2: 35, centres: [[121.47, 30.94]], character: 'industry' },
  { id: 'jinshan', nameZh: '金山', areaKm2: 21.08, centres: [[121.28, 30.83], [121.01, 30.89]], character: 'industry' },
  { id: 'chongming', nameZh: '崇明', areaKm2: 15, centres: [[121.55, 31.6]], character: 'industry' },
  { id: 'zizhu', nameZh: '紫竹', areaKm2: 13, centres: [[121.4533, 31.0214]], character: 'rnd' },
];

/** Plots per sub-park in proportion to area, summing exactly to `total` (largest remainders). */
export function plotCountsBySubpark(total: number, subparks = SYNTHETIC_SUBPARKS): number[] {
  const sum = subparks.reduce((s, p) => s + p.areaKm2, 0);
  const exact = subparks.map((p) => (total * p.areaKm2) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k][1]]++;
  return counts;
}
