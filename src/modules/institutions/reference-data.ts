/** Shanghai's 16 districts (GB/T 2260). */
export const DISTRICTS = {
  '310101': { zh: '黄浦区', en: 'Huangpu' },
  '310104': { zh: '徐汇区', en: 'Xuhui' },
  '310105': { zh: '长宁区', en: 'Changning' },
  '310106': { zh: '静安区', en: "Jing'an" },
  '310107': { zh: '普陀区', en: 'Putuo' },
  '310109': { zh: '虹口区', en: 'Hongkou' },
  '310110': { zh: '杨浦区', en: 'Yangpu' },
  '310112': { zh: '闵行区', en: 'Minhang' },
  '310113': { zh: '宝山区', en: 'Baoshan' },
  '310114': { zh: '嘉定区', en: 'Jiading' },
  '310115': { zh: '浦东新区', en: 'Pudong' },
  '310116': { zh: '金山区', en: 'Jinshan' },
  '310117': { zh: '松江区', en: 'Songjiang' },
  '310118': { zh: '青浦区', en: 'Qingpu' },
  '310120': { zh: '奉贤区', en: 'Fengxian' },
  '310151': { zh: '崇明区', en: 'Chongming' },
} as const;

export type DistrictCode = keyof typeof DISTRICTS;
export const DISTRICT_CODES = Object.keys(DISTRICTS) as [DistrictCode, ...DistrictCode[]];

export const CATEGORIES = {
  subject: { zh: '学科类', en: 'K-12 academic subjects' },
  arts: { zh: '文化艺术', en: 'Arts' },
  sports: { zh: '体育', en: 'Sports' },
  science_tech: { zh: '科技', en: 'Science and technology' },
  language: { zh: '语言', en: 'Languages' },
  vocational: { zh: '职业技能', en: 'Vocational skills' },
  early_childhood: { zh: '学龄前', en: 'Early childhood' },
  elderly: { zh: '老年教育', en: 'Elderly education' },
  other: { zh: '其他', en: 'Other' },
} as const;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as [Category, ...Category[]];

export const INSTITUTION_KINDS = ['for_profit', 'non_profit'] as const;
export const TEACHING_MODES = ['offline', 'online'] as const;
export const SUPERVISION_MODES = ['custody', 'deposit'] as const;
export const CHARGING_MODES = ['per_lesson', 'per_period'] as const;
