/** 所在地区 picker and the GB/T 2260 warning chip [issue 18 §3]. */
export const regionsZh = {
  regions: {
    province: '省',
    city: '市',
    county: '县（区）',
    whole: '（全部）',
    unknown_chip: '区划代码不在现行目录',
    unknown_hint: '证件号码或信用代码中的县级行政区划代码不在现行 GB/T 2260 目录中（可能已撤并），请核实',
  },
};
