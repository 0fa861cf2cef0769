/** Shanghai's 16 districts: Chinese name as in the source map → adcode, short name, English name. */
export interface DistrictName {
  adcode: string;
  nameShort: string;
  nameEn: string;
}

export const SHANGHAI_DISTRICTS: Readonly<Record<string, DistrictName>> = {
  黄浦区: { adcode: '310101', nameShort: '黄浦', nameEn: 'Huangpu' },
  徐汇区: { adcode: '310104', nameShort: '徐汇', nameEn: 'Xuhui' },
  长宁区: { adcode: '310105', nameShort: '长宁', nameEn: 'Changning' },
  静安区: { adcode: '310106', nameShort: '静安', nameEn: "Jing'an" },
  普陀区: { adcode: '310107', nameShort: '普陀', nameEn: 'Putuo' },
  虹口区: { adcode: '310109', nameShort: '虹口', nameEn: 'Hongkou' },
  杨浦区: { adcode: '310110', nameShort: '杨浦', nameEn: 'Yangpu' },
  闵行区: { adcode: '310112', nameShort: '闵行', nameEn: 'Minhang' },
  宝山区: { adcode: '310113', nameShort: '宝山', nameEn: 'Baoshan' },
  嘉定区: { adcode: '310114', nameShort: '嘉定', nameEn: 'Jiading' },
  浦东新区: { adcode: '310115', nameShort: '浦东', nameEn: 'Pudong' },
  金山区: { adcode: '310116', nameShort: '金山', nameEn: 'Jinshan' },
  松江区: { adcode: '310117', nameShort: '松江', nameEn: 'Songjiang' },
  青浦区: { adcode: '310118', nameShort: '青浦', nameEn: 'Qingpu' },
  奉贤区: { adcode: '310120', nameShort: '奉贤', nameEn: 'Fengxian' },
  崇明区: { adcode: '310151', nameShort: '崇明', nameEn: 'Chongming' },
};
