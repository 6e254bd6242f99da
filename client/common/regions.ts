/** Jilin's administrative divisions (GB/T 2260) as the forms offer them; the code is what lists filter by. */
export const REGIONS = [
  { code: '220000', name: '吉林省' },
  { code: '220100', name: '吉林省长春市' },
  { code: '220102', name: '吉林省长春市南关区' },
  { code: '220103', name: '吉林省长春市宽城区' },
  { code: '220104', name: '吉林省长春市朝阳区' },
  { code: '220105', name: '吉林省长春市二道区' },
  { code: '220106', name: '吉林省长春市绿园区' },
  { code: '220200', name: '吉林省吉林市' },
  { code: '220202', name: '吉林省吉林市昌邑区' },
  { code: '220204', name: '吉林省吉林市船营区' },
  { code: '220300', name: '吉林省四平市' },
  { code: '220400', name: '吉林省辽源市' },
  { code: '220500', name: '吉林省通化市' },
  { code: '220600', name: '吉林省白山市' },
  { code: '220700', name: '吉林省松原市' },
  { code: '220800', name: '吉林省白城市' },
  { code: '222400', name: '吉林省延边朝鲜族自治州' },
  { code: '222401', name: '吉林省延边朝鲜族自治州延吉市' },
] as const;

export const REGION_CHOICES = REGIONS.map((r) => ({ id: r.code, name: r.name }));
export const regionName = (code: string) => REGIONS.find((r) => r.code === code)?.name ?? code;
