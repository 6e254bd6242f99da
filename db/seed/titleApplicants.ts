import type { TitleLevel } from '../../server/domain/titleRouting';
import type { TitleModule } from '../../server/domain/workflows/titleApplications.workflow';
import { mobile, personName, REGIONS, residentId, type Rng } from './random';

/**
 * What a title applicant writes (seed data for 职称申报): a person whose ID, age, education, work
 * history, certificates, papers and continuing education fit the unit, the profession and the level;
 * and how they correct a module the reviewer returned.
 */

export type Profession = 'doctor' | 'nurse' | 'pharmacist' | 'technician' | 'teacher';
export type UnitKind = 'adult' | 'child' | 'clinic' | 'middle' | 'primary';

/** An employer unit as far as its applicants are concerned: what kind of place, and who works there. */
export interface ApplyingUnit {
  /** The org key of the seed tree (jl_… are in 吉林市, the rest in 长春市). */
  key: string;
  kind: UnitKind;
  staff: [Profession, number][];
}

export const pickWeighted = <T>(rng: Rng, table: readonly (readonly [T, number])[]): T => {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[0][0];
};

const TITLE_NAME: Record<Profession, Record<TitleLevel, string>> = {
  doctor: { junior: '医师', intermediate: '主治医师', associate_senior: '副主任医师', senior: '主任医师' },
  nurse: { junior: '护师', intermediate: '主管护师', associate_senior: '副主任护师', senior: '主任护师' },
  pharmacist: { junior: '药师', intermediate: '主管药师', associate_senior: '副主任药师', senior: '主任药师' },
  technician: {
    junior: '检验技师',
    intermediate: '主管检验技师',
    associate_senior: '副主任检验技师',
    senior: '主任检验技师',
  },
  teacher: { junior: '二级教师', intermediate: '一级教师', associate_senior: '高级教师', senior: '正高级教师' },
};
const ENTRY_TITLE: Record<Profession, string> = {
  doctor: '医士',
  nurse: '护士',
  pharmacist: '药士',
  technician: '检验技士',
  teacher: '三级教师',
};
const FIRST_POSITION: Record<Profession, string> = {
  doctor: '住院医师',
  nurse: '护士',
  pharmacist: '药士',
  technician: '检验技士',
  teacher: '教师',
};
const LEVEL_INDEX: Record<TitleLevel, number> = { junior: 0, intermediate: 1, associate_senior: 2, senior: 3 };

const DEPARTMENTS: Record<UnitKind, string[]> = {
  adult: [
    '心血管内科',
    '呼吸与危重症医学科',
    '消化内科',
    '神经内科',
    '内分泌科',
    '肾内科',
    '普通外科',
    '骨科',
    '神经外科',
    '泌尿外科',
    '妇产科',
    '眼科',
    '耳鼻咽喉科',
    '急诊科',
    '重症医学科',
    '麻醉科',
    '医学影像科',
    '康复医学科',
  ],
  child: [
    '新生儿科',
    '小儿呼吸科',
    '小儿消化科',
    '小儿神经内科',
    '小儿心血管科',
    '小儿外科',
    '儿童保健科',
    '儿童重症医学科',
  ],
  clinic: ['职工医务室', '职业健康科'],
  middle: [
    '语文',
    '数学',
    '英语',
    '物理',
    '化学',
    '生物',
    '历史',
    '地理',
    '道德与法治',
    '信息技术',
    '体育与健康',
    '音乐',
    '美术',
  ],
  primary: ['语文', '数学', '英语', '科学', '道德与法治', '信息科技', '体育与健康', '音乐', '美术'],
};
/** What a department's clinicians write and research about. */
const DISEASES: Record<string, string[]> = {
  心血管内科: ['冠心病', '原发性高血压', '慢性心力衰竭', '心房颤动'],
  呼吸与危重症医学科: ['慢性阻塞性肺疾病', '社区获得性肺炎', '支气管哮喘'],
  消化内科: ['上消化道出血', '急性胰腺炎', '肝硬化'],
  神经内科: ['急性脑梗死', '帕金森病', '癫痫'],
  内分泌科: ['2型糖尿病', '甲状腺功能亢进症', '骨质疏松症'],
  肾内科: ['慢性肾脏病', '糖尿病肾病'],
  普通外科: ['急性阑尾炎', '胆囊结石', '腹股沟疝'],
  骨科: ['骨质疏松性骨折', '腰椎间盘突出症', '膝骨关节炎'],
  神经外科: ['颅脑损伤', '高血压脑出血'],
  泌尿外科: ['泌尿系结石', '良性前列腺增生'],
  妇产科: ['妊娠期糖尿病', '子宫肌瘤', '妊娠期高血压疾病'],
  眼科: ['白内障', '原发性青光眼', '糖尿病视网膜病变'],
  耳鼻咽喉科: ['慢性鼻窦炎', '突发性聋'],
  急诊科: ['急性中毒', '心脏骤停', '多发伤'],
  重症医学科: ['脓毒症', '急性呼吸窘迫综合征'],
  麻醉科: ['术后急性疼痛', '老年患者术后谵妄'],
  医学影像科: ['肺结节', '急性缺血性脑卒中'],
  康复医学科: ['脑卒中后偏瘫', '全膝关节置换术后'],
  新生儿科: ['新生儿黄疸', '早产儿', '新生儿呼吸窘迫综合征'],
  小儿呼吸科: ['小儿支气管肺炎', '儿童哮喘', '儿童肺炎支原体肺炎'],
  小儿消化科: ['小儿腹泻', '儿童功能性腹痛'],
  小儿神经内科: ['儿童癫痫', '热性惊厥'],
  小儿心血管科: ['川崎病', '病毒性心肌炎'],
  小儿外科: ['先天性巨结肠', '小儿腹股沟斜疝'],
  儿童保健科: ['儿童营养性缺铁性贫血', '儿童生长迟缓'],
  儿童重症医学科: ['重症手足口病', '脓毒性休克'],
  职工医务室: ['原发性高血压', '2型糖尿病', '化学性眼灼伤'],
  职业健康科: ['职业性噪声聋', '尘肺病', '职业性苯中毒'],
};
const MED_SCHOOLS = [
  '吉林大学白求恩医学部',
  '长春中医药大学',
  '北华大学医学院',
  '吉林医药学院',
  '延边大学医学院',
  '中国医科大学',
  '哈尔滨医科大学',
  '大连医科大学',
];
const NURSE_SCHOOLS = [
  '吉林职工医科大学',
  '长春医学高等专科学校',
  '白城医学高等专科学校',
  '吉林卫生学校',
  '吉林大学护理学院',
];
const TEACHER_SCHOOLS = [
  '东北师范大学',
  '吉林师范大学',
  '长春师范大学',
  '北华大学',
  '通化师范学院',
  '白城师范学院',
  '延边大学',
];
const TEACHER_MAJOR: Record<string, string> = {
  语文: '汉语言文学',
  数学: '数学与应用数学',
  英语: '英语',
  物理: '物理学',
  化学: '化学',
  生物: '生物科学',
  历史: '历史学',
  地理: '地理科学',
  道德与法治: '思想政治教育',
  信息技术: '计算机科学与技术',
  信息科技: '教育技术学',
  体育与健康: '体育教育',
  音乐: '音乐学',
  美术: '美术学',
  科学: '科学教育',
};
const JOURNALS: Record<Profession, string[]> = {
  doctor: [
    '中国实用内科杂志',
    '吉林医学',
    '中国医药导报',
    '中国现代医生',
    '临床医学研究与实践',
    '中国医药指南',
    '中国实用儿科杂志',
    '中国妇幼保健',
  ],
  nurse: ['中华护理杂志', '护理研究', '护理学杂志', '当代护士', '吉林医学'],
  pharmacist: ['中国医院药学杂志', '中国药房', '药学实践杂志', '中国医药导报'],
  technician: ['检验医学与临床', '国际检验医学杂志', '临床检验杂志', '吉林医学'],
  teacher: ['吉林教育', '中小学教学研究', '教学与管理', '中国信息技术教育', '中小学德育', '基础教育参考'],
};
const OTHER_HOSPITALS = [
  '长春市第二医院',
  '吉林省人民医院',
  '德惠市人民医院',
  '九台区人民医院',
  '榆树市中医院',
  '农安县人民医院',
  '舒兰市人民医院',
];
const OTHER_SCHOOLS = [
  '九台区第一中学',
  '农安县实验中学',
  '德惠市第三中学',
  '长春市朝阳区实验小学',
  '榆树市第二小学',
  '双阳区实验学校',
];

const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

export interface Applicant {
  name: string;
  idNumber: string;
  phone: string;
  titleName: string;
  modules: Record<TitleModule, Record<string, unknown>>;
}

/** A plausible applicant for the unit and level: the ID carries the birth date and sex the modules state. */
export function applicant(
  rng: Rng,
  unit: ApplyingUnit,
  level: TitleLevel,
  year: number,
  unitName: string,
  usedIds: Set<string>,
): Applicant {
  const profession = pickWeighted(rng, unit.staff);
  const li = LEVEL_INDEX[level];
  const [oldest, youngest] = [
    [32, 24],
    [41, 30],
    [50, 37],
    [58, 44],
  ][li];
  const city = unit.key.startsWith('jl') ? '吉林' : '长春';
  const wantFemale =
    profession === 'nurse' ? rng.chance(0.92) : profession === 'teacher' ? rng.chance(0.7) : rng.chance(0.5);
  let idNumber = '';
  for (let i = 0; i < 12; i++) {
    const region = rng.chance(0.7) ? rng.pick(REGIONS.filter((r) => r.short === city)) : rng.pick(REGIONS);
    idNumber = residentId(rng, region.code, year - oldest, year - youngest);
    if (!usedIds.has(idNumber) && Number(idNumber[16]) % 2 === (wantFemale ? 0 : 1)) break;
  }
  usedIds.add(idNumber);
  const born = Number(idNumber.slice(6, 10));
  const birthDate = `${born}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const female = Number(idNumber[16]) % 2 === 0;
  const surname = personName(rng);
  const teacher = profession === 'teacher';
  const dept = rng.pick(DEPARTMENTS[unit.kind]);

  // Education, and the year full-time study ended (work starts that summer).
  const education: Record<string, unknown>[] = [];
  let y = born + 18;
  const study = (school: string, major: string, degree: string, years: number, mode = '全日制') => {
    education.push({ school, major, degree, studyMode: mode, from: month(y, 9), to: month(y + years, 6) });
    y += years;
  };
  if (profession === 'nurse') {
    study(rng.pick(NURSE_SCHOOLS), '护理', '无（专科）', 3);
  } else if (teacher) {
    study(rng.pick(TEACHER_SCHOOLS), TEACHER_MAJOR[dept] ?? '小学教育', '学士', 4);
    if (rng.chance(0.3)) study(rng.pick(TEACHER_SCHOOLS), `学科教学（${dept}）`, '教育硕士', 2);
  } else if (profession === 'doctor') {
    study(
      rng.pick(MED_SCHOOLS),
      unit.kind === 'child' ? '儿科学' : unit.kind === 'clinic' ? '预防医学' : '临床医学',
      '医学学士',
      5,
    );
    if (rng.chance([0.3, 0.45, 0.5, 0.5][li])) {
      study(rng.pick(MED_SCHOOLS), unit.kind === 'child' ? '儿科学' : `内科学（${dept}方向）`, '医学硕士', 3);
      if (li >= 2 && rng.chance(0.3))
        study(rng.pick(MED_SCHOOLS), unit.kind === 'child' ? '儿科学' : '临床医学', '医学博士', 3);
    }
  } else {
    study(rng.pick(MED_SCHOOLS), profession === 'pharmacist' ? '药学' : '医学检验技术', '理学学士', 4);
    if (rng.chance(0.25))
      study(rng.pick(MED_SCHOOLS), profession === 'pharmacist' ? '药理学' : '临床检验诊断学', '硕士', 3);
  }
  const workYear = Math.min(y, year - 1);
  if (profession === 'nurse' && rng.chance(0.7)) {
    const from = workYear + rng.int(1, 3);
    if (from + 2 < year)
      education.push({
        school: rng.pick(NURSE_SCHOOLS.filter((s) => s.includes('大学'))),
        major: '护理学',
        degree: '学士',
        studyMode: '业余',
        from: month(from, 3),
        to: month(from + 2, 7),
      });
  }
  const startMonth = rng.pick([7, 8]);
  const workStartDate = `${month(workYear, startMonth)}-01`;

  // Titles held so far.
  const currentTitle =
    li === 0
      ? rng.chance(0.5)
        ? ENTRY_TITLE[profession]
        : '无'
      : li === 1
        ? TITLE_NAME[profession].junior
        : li === 2
          ? TITLE_NAME[profession].intermediate
          : TITLE_NAME[profession].associate_senior;
  const titleYear =
    currentTitle === '无' ? null : Math.max(workYear + 1, year - rng.int([1, 4, 5, 5][li], [3, 8, 10, 10][li]));
  const position = teacher
    ? `${dept}教师${rng.chance(0.4) ? '、班主任' : ''}`
    : {
        doctor: ['住院医师', '住院医师', '主治医师', rng.chance(0.4) ? '科室副主任' : '副主任医师'][li],
        nurse: ['责任护士', '责任护士', '护理组长', '护士长'][li],
        pharmacist: ['调剂药师', '调剂药师', '临床药师', '药剂科副主任'][li],
        technician: ['检验技师', '检验技师', '检验组长', '检验科副主任'][li],
      }[profession];
  const department = teacher
    ? `${dept}教研组`
    : profession === 'pharmacist'
      ? '药剂科'
      : profession === 'technician'
        ? rng.chance(0.8)
          ? '检验科'
          : '病理科'
        : profession === 'nurse' && rng.chance(0.1)
          ? '手术室'
          : dept;

  const work: Record<string, unknown>[] = [];
  if (year - workYear > 8 && rng.chance(0.35)) {
    const moved = workYear + rng.int(2, Math.min(8, year - workYear - 2));
    work.push({
      unit: rng.pick(teacher ? OTHER_SCHOOLS : OTHER_HOSPITALS),
      department: teacher ? `${dept}教研组` : department,
      position: teacher ? `${dept}教师` : FIRST_POSITION[profession],
      from: month(workYear, startMonth),
      to: month(moved, 6),
    });
    work.push({ unit: unitName, department, position, from: month(moved, 7), to: '至今' });
  } else {
    work.push({ unit: unitName, department, position, from: month(workYear, startMonth), to: '至今' });
  }

  const quals: Record<string, unknown>[] = [];
  if (teacher) {
    const stage = unit.kind === 'primary' ? '小学' : rng.pick(['高级中学', '初级中学']);
    quals.push({
      name: `${stage}教师资格证书`,
      number: `${workYear - 1}22${rng.digits(11)}`,
      issuedAt: `${workYear - 1}-0${rng.int(5, 9)}-${rng.int(10, 28)}`,
    });
    quals.push({
      name: '普通话水平测试等级证书',
      number: `22${rng.digits(12)}`,
      issuedAt: `${workYear - 1}-0${rng.int(3, 6)}-${rng.int(10, 28)}`,
      grade: rng.pick(['二级甲等', '一级乙等', '二级乙等']),
    });
  } else {
    const cert = {
      doctor: '医师资格证书',
      nurse: '护士执业资格考试合格证明',
      pharmacist: '药学专业技术资格证书（药士）',
      technician: '检验专业技术资格证书（技士）',
    }[profession];
    quals.push({
      name: cert,
      number: `${workYear + 1}22${rng.digits(11)}`,
      issuedAt: `${workYear + 1}-${rng.pick(['05', '08', '12'])}-${rng.int(10, 28)}`,
    });
    if (profession === 'doctor' || profession === 'nurse')
      quals.push({
        name: profession === 'doctor' ? '医师执业证书' : '护士执业证书',
        number: `${profession === 'doctor' ? '1' : ''}${rng.digits(profession === 'doctor' ? 14 : 12)}`,
        issuedAt: `${workYear + 1}-${rng.int(10, 12)}-${rng.int(10, 28)}`,
        scope:
          profession === 'doctor'
            ? unit.kind === 'child'
              ? '儿科专业'
              : unit.kind === 'clinic'
                ? '公共卫生类别'
                : '内科专业'
            : '护理',
      });
  }
  const titleDate = titleYear ? `${titleYear}-${rng.pick(['06', '09', '12'])}-${rng.int(10, 28)}` : null;
  if (titleDate)
    quals.push({ name: `${currentTitle}资格证书`, number: `${titleYear}220${rng.digits(7)}`, issuedAt: titleDate });

  // Pharmacists and technicians work for every ward: their topics come from any clinical department.
  const topic = () =>
    teacher ? dept : rng.pick(DISEASES[DISEASES[department] ? department : rng.pick(DEPARTMENTS[unit.kind])]);
  const distinct = <T extends { name?: unknown; course?: unknown; title?: unknown }>(list: T[]) =>
    list.filter(
      (e, i) => list.findIndex((x) => (x.name ?? x.course ?? x.title) === (e.name ?? e.course ?? e.title)) === i,
    );
  const achievements = distinct(
    Array.from({ length: rng.int([0, 1, 2, 3][li], [1, 2, 4, 5][li]) }, () => {
      const at = rng.int(Math.max(workYear + 1, year - 6), year - 1);
      if (teacher) {
        return rng.pick([
          {
            name: `${city}市${dept}学科市级公开课《${rng.pick(['单元整体教学设计', '项目式学习实践', '大概念教学', '跨学科主题学习'])}》`,
            role: '授课教师',
            year: at,
            level: '市级',
          },
          {
            name: `${city}市教育科学规划课题“核心素养导向的${dept}课堂教学研究”`,
            role: rng.pick(['主持人', '主要参与人']),
            year: at,
            level: '市级',
          },
          { name: `指导学生获吉林省中小学${dept}竞赛二等奖`, role: '指导教师', year: at, level: '省级' },
          { name: `${unitName}${dept}校本课程开发`, role: '主要编写人', year: at, level: '校级' },
        ]);
      }
      return rng.pick([
        {
          name: `开展新技术“${topic()}的规范化诊疗”`,
          role: rng.pick(['负责人', '主要完成人']),
          year: at,
          level: '院级',
        },
        {
          name: `${city}市科技发展计划项目“${topic()}早期筛查与干预研究”`,
          role: rng.pick(['主持人', '第二完成人', '主要参与人']),
          year: at,
          level: '市级',
        },
        {
          name: `${department}${profession === 'nurse' ? '专科护理质量改进项目' : '临床路径优化'}`,
          role: '主要完成人',
          year: at,
          level: '院级',
        },
        { name: `吉林省卫生健康适宜技术推广项目“${topic()}分级诊疗”`, role: '主要参与人', year: at, level: '省级' },
      ]);
    }),
  );

  const publications = distinct(
    Array.from({ length: rng.int([0, 1, 2, 3][li], [1, 2, 3, 5][li]) }, () => {
      const d = topic();
      const title = teacher
        ? rng.pick([
            `核心素养视域下${unit.kind === 'primary' ? '小学' : '中学'}${d}教学策略研究`,
            `“双减”背景下${d}作业设计的实践与思考`,
            `${d}课堂中问题链设计的实践探索`,
            `信息技术与${d}教学深度融合的路径`,
          ])
        : rng.pick([
            `${d}患者${profession === 'nurse' ? '延续性护理' : '综合治疗'}的临床效果观察`,
            `${d}的临床特点及诊治进展`,
            profession === 'pharmacist' ? `临床药师参与${d}患者用药管理的实践` : `早期干预对${d}患者预后的影响`,
            profession === 'technician' ? `血清学指标检测在${d}诊断中的价值` : `${d}患者的危险因素分析`,
          ]);
      return {
        title,
        journal: rng.pick(JOURNALS[profession]),
        publishedAt: month(rng.int(Math.max(workYear + 1, year - 8), year - 1), rng.int(1, 12)),
        role: rng.pick(['第一作者', '第一作者', '通讯作者', '第二作者']),
      };
    }),
  );

  const courses = teacher
    ? [
        '公需科目：专业技术人员职业道德与诚信建设',
        '义务教育课程标准（2022年版）解读',
        '信息技术应用能力提升工程2.0',
        '班主任工作能力提升',
        '中小学生心理健康教育',
      ]
    : [
        '公需科目：专业技术人员职业道德与诚信建设',
        '医疗质量安全核心制度',
        '医院感染预防与控制',
        '合理用药与处方点评',
        '急危重症抢救技能培训',
        `${department}诊疗新进展`,
      ];
  const ceEntries = distinct(
    Array.from({ length: rng.int(3, 5) }, () => ({
      course: rng.pick(courses),
      hours: rng.pick([12, 16, 24, 30, 32]),
      year: year - rng.int(0, 2),
      provider: rng.pick(
        teacher
          ? ['吉林省教育学院', '国家中小学智慧教育平台', '长春市教师进修学校']
          : ['吉林省专业技术人员继续教育网', '吉林省医学会', `${city}市卫生健康委员会`],
      ),
    })),
  );

  const awards = distinct(
    Array.from({ length: rng.int(0, [1, 2, 3, 3][li]) }, () => {
      const name = teacher
        ? rng.pick([`${city}市优秀教师`, `${city}市骨干教师`, '吉林省优质课评比一等奖', '校级优秀班主任'])
        : rng.pick([
            `${unitName}年度先进工作者`,
            `${city}市优秀${profession === 'nurse' ? '护士' : '医务工作者'}`,
            '院级优秀带教老师',
            '吉林省卫生健康系统先进个人',
          ]);
      return {
        name,
        level: name.startsWith('吉林省') ? '省级' : name.startsWith(city) ? '市级' : teacher ? '校级' : '院级',
        year: rng.int(Math.max(workYear + 1, year - 6), year - 1),
      };
    }),
  );

  const attachments = [
    { name: '身份证（正反面）.pdf', note: '原件扫描件' },
    { name: '学历学位证书.pdf', note: '含学信网学历认证报告' },
    { name: '资格证书.pdf', note: '原件扫描件' },
    ...(titleYear ? [{ name: '现职称资格证书.pdf', note: '原件扫描件' }] : []),
    { name: '近五年年度考核登记表.pdf', note: '加盖单位公章' },
    ...(publications.length ? [{ name: '论文原件及期刊目录页.pdf', note: `共${publications.length}篇` }] : []),
    { name: '继续教育学时证明.pdf', note: '继续教育平台打印' },
  ];

  return {
    name: surname,
    idNumber,
    phone: mobile(rng),
    titleName: TITLE_NAME[profession][level],
    modules: {
      basic: {
        gender: female ? '女' : '男',
        birthDate,
        politicalStatus: rng.pick(['中共党员', '中共党员', '群众', '群众', '群众', '共青团员', '九三学社社员']),
        currentTitle,
        ...(titleDate ? { currentTitleDate: titleDate } : {}),
        position,
        department,
        workStartDate,
      },
      education: { entries: education },
      work_history: { entries: work },
      qualifications: { entries: quals },
      achievements: { entries: achievements },
      publications: { entries: publications },
      continuing_education: { hours: ceEntries.reduce((s, e) => s + e.hours, 0), entries: ceEntries },
      awards: { entries: awards },
      attachments: { entries: attachments },
    },
  };
}

export type Content = Record<string, unknown>;
const entriesOf = (c: Content) => (Array.isArray(c.entries) ? (c.entries as Content[]) : []);

/** The module as the applicant corrected it after a return: what the reviewer asked for, added or fixed. */
export function corrected(rng: Rng, module: TitleModule, before: Content, year: number): Content {
  const c = structuredClone(before);
  const entries = entriesOf(c);
  switch (module) {
    case 'basic': {
      // 参加工作时间 corrected to what the personnel file says (July ↔ August of the same year).
      const [y, m] = String(c.workStartDate).split('-');
      c.workStartDate = `${y}-${m === '07' ? '08' : '07'}-01`;
      break;
    }
    case 'education':
      if (entries.length) entries[entries.length - 1].certificateNumber = `1${rng.digits(17)}`;
      break;
    case 'work_history':
      for (const e of entries) e.proof = '单位人事部门出具的工作经历证明（加盖公章）已上传';
      break;
    case 'qualifications':
      if (entries.length)
        entries[0].number = String(entries[0].number).slice(0, 6) + rng.digits(String(entries[0].number).length - 6);
      break;
    case 'achievements':
      for (const e of entries) e.proof = '单位出具的业绩证明已上传';
      if (!entries.length)
        entries.push({
          name: '科室业务学习主讲',
          role: '主讲人',
          year: year - 1,
          level: '科室级',
          proof: '单位出具的业绩证明已上传',
        });
      break;
    case 'publications':
      for (const e of entries) e.cn = `CN22-${rng.int(1000, 1999)}/${rng.pick(['R', 'G4'])}`;
      break;
    case 'continuing_education': {
      entries.push({
        course: '专业科目：本专业新理论新技术',
        hours: 32,
        year,
        provider: '吉林省专业技术人员继续教育网',
        note: '补充学时',
      });
      c.hours = entries.reduce((s, e) => s + Number(e.hours), 0);
      break;
    }
    case 'awards':
      for (const e of entries) e.issuer = '颁奖单位文件已上传';
      break;
    case 'attachments':
      entries.push({ name: '补充材料说明.pdf', note: '按审核意见补充' });
      break;
  }
  return c;
}
