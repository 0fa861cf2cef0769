import { describe, expect, it } from 'vitest';
import { checkFieldMap, createFieldMapper, recogniseColumn, splitUnit } from '../../../src/index.ts';

const square = { type: 'Polygon', coordinates: [[[121.45, 31.02], [121.451, 31.02], [121.451, 31.021], [121.45, 31.021], [121.45, 31.02]]] };

function mapOne(properties: Record<string, unknown>, fields?: Record<string, string | { column: string; unit: string }>) {
  const issues: string[] = [];
  const mapper = createFieldMapper({ fields });
  const out = mapper.map(properties, square, (field, code) => issues.push(`${field} ${code}`));
  return { out, issues, summary: mapper.summary() };
}

describe('recognised column names', () => {
  it.each([
    ['地块编号', 'id'],
    ['地块代码', 'id'],
    ['所属分园', 'subparkId'],
    ['用地性质', 'landUse'],
    ['企业名称', 'enterprise'],
    ['权利人', 'enterprise'],
    ['土地面积', 'landAreaM2'],
    ['供地状态', 'landStatus'],
    ['约定开工日期', 'agreedStartDate'],
    ['其他产业用途建筑面积', 'gfaOtherM2'],
    ['整改情况', 'rectification'],
    ['容积率', 'far'],
    ['subpark_id', 'subparkId'],
    ['LANDUSE', 'landUse'],
    ['land_area_m2', 'landAreaM2'],
  ])('%s → %s', (column, field) => {
    expect(recogniseColumn(column)?.field).toBe(field);
  });

  it.each([
    ['评价2024', 2024],
    ['eval_2023', 2023],
    ['EVAL2022', 2022],
    ['evaluations.2021', 2021],
    ['2020年评价', 2020],
  ])('%s is the evaluation of %i', (column, year) => {
    expect(recogniseColumn(column)).toMatchObject({ field: 'evaluations', year });
  });

  it.each([
    ['用地面积（公顷）', '用地面积', 'ha'],
    ['用地面积(亩)', '用地面积', 'mu'],
    ['用地面积【平方米】', '用地面积', 'm2'],
    ['营业收入（万元）', '营业收入', 'wan-yuan'],
    ['空置率(%)', '空置率', 'percent'],
    ['空置率（％）', '空置率', 'percent'],
    ['空置率（%', '空置率', 'percent'],
    ['备注(其他)', '备注(其他)', null],
  ])('%s: base %s, unit %s', (column, base, unit) => {
    expect(splitUnit(column)).toEqual({ base, unit });
  });

  it.each([
    ['约定开工日', 'agreedStartDate'],
    ['实际开工日', 'actualStartDate'],
    ['其他产业用', 'gfaOtherM2'],
    ['生活配套建', 'gfaAmenityM2'],
    ['其他产', 'gfaOtherM2'],
  ])('%s, a name cut at 10 bytes in a .dbf, → %s', (column, field) => {
    expect(recogniseColumn(column)?.field).toBe(field);
  });

  it.each(['用地', '实际开工时', '营业收入(', '地块'])('%s stays unmatched: too short, not a prefix, or a cut unit', (column) => {
    expect(recogniseColumn(column)).toBeNull();
  });

  it('GeoJSON keeps exact §4 names only, so near-misses still reach the validator', () => {
    expect(recogniseColumn('subpark_id', false)).toBeNull();
    expect(recogniseColumn('subparkId', false)?.field).toBe('subparkId');
    expect(recogniseColumn('所属分园', false)?.field).toBe('subparkId');
  });
});

describe('values', () => {
  it('converts units in column names, dividing where the result must be exact', () => {
    const { out } = mapOne({ '用地面积（公顷）': 2.5, '地上建筑面积(亩)': 3, '空置率（%）': 50, '营业收入(元)': 12345, '税收（亿元）': 1.5 });
    expect(out.landAreaM2).toBe(25000);
    expect(out.gfaAboveM2).toBe(2000);
    expect(out.vacancyRate).toBe(0.5);
    expect(out.revenue).toBeCloseTo(1.2345, 12);
    expect(out.tax).toBe(15000);
  });

  it('reads numbers with ASCII or full-width thousands separators and digits, and per cent text in share columns', () => {
    const { out } = mapOne({ 用地面积: '12,345.5', 地上建筑面积: '１２，３４５', 从业人员: ' 250 ', 开发比例: '35%' });
    expect(out.landAreaM2).toBe(12345.5);
    expect(out.gfaAboveM2).toBe(12345);
    expect(out.employees).toBe(250);
    expect(out.developedShare).toBe(0.35);
  });

  it('keeps codes as text and leaves what is not a number for the validator', () => {
    const { out } = mapOne({ 用地性质: '0802', 地块编号: 1024, 用地面积: 'about 3 mu' });
    expect(out.landUse).toBe('0802');
    expect(out.id).toBe('1024');
    expect(out.landAreaM2).toBe('about 3 mu');
  });

  it.each([
    ['2020-03-05', '2020-03-05'],
    ['2020/3/5', '2020-03-05'],
    ['2020.3.5', '2020-03-05'],
    ['20200305', '2020-03-05'],
    [20200305, '2020-03-05'],
    ['2020年3月5日', '2020-03-05'],
    ['2020-03-05T23:30:00+08:00', '2020-03-05'],
    ['2020/03/05 00:00:00', '2020-03-05'],
    ['２０２０－０３－０５', '2020-03-05'],
    ['March 2020', 'March 2020'],
  ])('date %j → %j', (value, expected) => {
    expect(mapOne({ 实际开工日期: value }).out.actualStartDate).toBe(expected);
  });

  it('empty cells and the .dbf *** marker are no value', () => {
    const { out } = mapOne({ 用地面积: '***', 企业名称: '', 建筑高度: null, 地块编号: 'A' });
    expect(out).toEqual({ id: 'A' });
  });

  it('reads evaluations from year columns (合格/不合格, pass/fail, booleans, 1/0) sorted by year', () => {
    const { out, issues } = mapOne({ 评价2025: '不合格', 评价2023: '合格', eval_2024: 'FAIL', 'evaluations.2022': true, 评价2021: 0, 评价2020: '良好' });
    expect(out.evaluations).toEqual([
      { year: 2021, pass: false },
      { year: 2022, pass: true },
      { year: 2023, pass: true },
      { year: 2024, pass: false },
      { year: 2025, pass: false },
    ]);
    expect(issues).toEqual(['evaluations invalid-evaluation']);
  });

  it('reads an evaluations column holding the §4 JSON array as text', () => {
    const { out } = mapOne({ evaluations: '[{"year":2024,"pass":false}]' });
    expect(out.evaluations).toEqual([{ year: 2024, pass: false }]);
  });

  it('maps 供地状态 and 整改情况 words', () => {
    expect(mapOne({ 供地状态: '批而未供', 整改情况: '整改不力' }).out).toEqual({ landStatus: 'approved-unsupplied', rectification: 'ineffective' });
    expect(mapOne({ 供地状态: '已供', 整改情况: '整改到位' }).out).toEqual({ landStatus: 'supplied', rectification: 'effective' });
  });

  it('derives gfaAboveM2 from 容积率 and the declared area, else the geometry', () => {
    expect(mapOne({ 容积率: 1.5, 用地面积: 10000 }).out).toEqual({ gfaAboveM2: 15000, landAreaM2: 10000 });
    const fromGeometry = mapOne({ 容积率: 2 }).out.gfaAboveM2 as number;
    expect(fromGeometry).toBeGreaterThan(2 * 95 * 111 * 0.99);
    expect(fromGeometry).toBeLessThan(2 * 95.5 * 111.5);
    expect(mapOne({ 容积率: 2, 地上建筑面积: 500 }).out).toEqual({ gfaAboveM2: 500 });
  });

  it('accepts a sub-park name for its id when names are given', () => {
    const mapper = createFieldMapper({ subparkNames: { 紫竹园: 'zizhu' } });
    expect(mapper.map({ 所属分园: '紫竹园' }, null, () => {}).subparkId).toBe('zizhu');
  });
});

describe('--fields', () => {
  it('maps named columns first; other columns are still recognised by name', () => {
    const { out, summary } = mapOne({ DKBH: 'A-1', YDXZ: 'M1', PJ2024: '合格', 所属分园: 'zizhu', MJ: 3 }, { id: 'DKBH', landUse: 'YDXZ', 'evaluations.2024': 'PJ2024', landAreaM2: { column: 'MJ', unit: '亩' } });
    expect(out).toEqual({ id: 'A-1', landUse: 'M1', evaluations: [{ year: 2024, pass: true }], subparkId: 'zizhu', landAreaM2: 2000 });
    expect(summary.fieldMap).toEqual({ id: 'DKBH', landUse: 'YDXZ', 'evaluations.2024': 'PJ2024', subparkId: '所属分园', landAreaM2: 'MJ' });
  });

  it('a column the mapping gives a field to is not matched again; a second column for a field is unmatched', () => {
    const { out, summary } = mapOne({ 地块编号: 'by-name', CODE: 'by-map', 宗地编号: 'other' }, { id: 'CODE' });
    expect(out.id).toBe('by-map');
    expect(summary.unmatchedColumns).toEqual(['地块编号', '宗地编号']);
  });

  it('lists every column that matches nothing once, in the order seen', () => {
    const mapper = createFieldMapper();
    mapper.map({ 备注: 'x', 地块编号: 'A', 图斑号: 1 }, null, () => {});
    mapper.map({ 备注: 'y', 地块编号: 'B', 图斑号: 2 }, null, () => {});
    expect(mapper.summary().unmatchedColumns).toEqual(['备注', '图斑号']);
  });

  it('checkFieldMap refuses what is not a field → column object, naming the key', () => {
    expect(() => checkFieldMap([])).toThrow(/JSON object/);
    expect(() => checkFieldMap({ plotNumber: 'DKBH' })).toThrow(/"plotNumber" is not a plot field/);
    expect(() => checkFieldMap({ id: 3 })).toThrow(/column for "id"/);
    expect(() => checkFieldMap({ landAreaM2: { column: 'MJ', unit: '万元' } })).toThrow(/unit/);
    expect(checkFieldMap({ id: 'DKBH', 'evaluations.2024': 'PJ2024', far: 'RJL' })).toEqual({ id: 'DKBH', 'evaluations.2024': 'PJ2024', far: 'RJL' });
    expect(checkFieldMap({ subparkId: null })).toEqual({ subparkId: null });
  });

  it('reads a field mapped to null from no column, even one recognised by its name', () => {
    const mapper = createFieldMapper({ fields: checkFieldMap({ subparkId: null, 'evaluations.2024': null, id: 'DKBH' }) });
    const out = mapper.map({ DKBH: 'A1', 所属分园: 'ZJ01', 评价2024: '合格', 评价2023: '不合格' }, null, () => {});
    expect(out).toEqual({ id: 'A1', evaluations: [{ year: 2023, pass: false }] });
    expect(mapper.summary()).toEqual({ fieldMap: { id: 'DKBH', 'evaluations.2023': '评价2023' }, unmatchedColumns: ['所属分园', '评价2024'] });
  });
});
