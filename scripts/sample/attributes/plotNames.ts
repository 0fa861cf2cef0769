/** Names of non-enterprise plots: parks, schools, substations… after the piece's label. */
import type { RawPlot } from '../plots/rawPlot.ts';

const BY_CODE: Readonly<Record<string, string>> = {
  '1401': '公园', G1: '公园', '1403': '广场',
  '080403': '学校', '0804': '学校', C6: '学校', '080602': '社区卫生服务中心', '0801': '管理服务中心', '080501': '体育中心',
  '1303': '变电站', U1: '变电站', '1301': '水厂', '1302': '污水处理厂', '1309': '环卫站', '1310': '消防站', '1306': '通信机房', U: '公用设施',
  '120803': '公共停车场', '120802': '公交首末站',
  '070102': '人才公寓', '0701': '人才公寓', Rr2: '住宅小区',
};

export function plotName(plot: RawPlot, code: string, label: string, serial: number): string | undefined {
  if (plot.kind === 'water') return `${label}河道`;
  if (plot.kind === 'greenStrip' || plot.kind === 'roadStrip') return undefined;
  const noun = BY_CODE[code];
  if (!noun) return undefined;
  if ((code === '1401' || code === 'G1') && plot.areaM2 < 15_000) return undefined;
  return `${label}${noun}${serial > 1 ? serial : ''}`.replace(/(\d+)$/, '($1)');
}
