import { orgs, staff } from '../schema';
import type { OrgLevel } from '../schema/foundation';
import type { StaffRole } from '../../server/domain/roles';
import { hashPassword } from '../../server/security/passwords';
import type { SeedContext } from './context';

/** The review-org tree: 1 province bureau, 2 city bureaus, 3 competent departments, 6 employer units. */
const ORG_TREE: { key: string; name: string; level: OrgLevel; parent?: string; region: string }[] = [
  { key: 'prov', name: '吉林省人力资源和社会保障厅', level: 'province', region: '吉林省' },
  { key: 'cc', name: '长春市人力资源和社会保障局', level: 'city', parent: 'prov', region: '吉林省长春市' },
  { key: 'jl', name: '吉林市人力资源和社会保障局', level: 'city', parent: 'prov', region: '吉林省吉林市' },
  { key: 'cc_health', name: '长春市卫生健康委员会', level: 'department', parent: 'cc', region: '吉林省长春市' },
  { key: 'cc_edu', name: '长春市教育局', level: 'department', parent: 'cc', region: '吉林省长春市' },
  { key: 'jl_health', name: '吉林市卫生健康委员会', level: 'department', parent: 'jl', region: '吉林省吉林市' },
  { key: 'cc_hospital', name: '长春市中心医院', level: 'unit', parent: 'cc_health', region: '吉林省长春市' },
  { key: 'cc_children', name: '长春市儿童医院', level: 'unit', parent: 'cc_health', region: '吉林省长春市' },
  { key: 'cc_school', name: '长春市第一中学', level: 'unit', parent: 'cc_edu', region: '吉林省长春市' },
  { key: 'cc_primary', name: '长春市实验小学', level: 'unit', parent: 'cc_edu', region: '吉林省长春市' },
  { key: 'jl_hospital', name: '吉林市人民医院', level: 'unit', parent: 'jl_health', region: '吉林省吉林市' },
  // An employer with no competent department: its applications go straight to the city bureau.
  { key: 'jl_company', name: '吉林市松江化工有限公司', level: 'unit', parent: 'jl', region: '吉林省吉林市' },
];

/** The demo accounts of API.md (their passwords are printed at start and in the README). */
export const DEMO_ACCOUNTS: { username: string; name: string; password: string; roles: StaffRole[]; org?: string }[] = [
  { username: 'admin', name: '系统管理员', password: 'Admin@2026', roles: ['sysadmin'] },
  // 三员分立: the security and audit administrators beside sysadmin.
  { username: 'secadmin', name: '安全管理员郑洁', password: 'Secadmin@2026', roles: ['security_admin'] },
  { username: 'auditor', name: '审计管理员何平', password: 'Auditor@2026', roles: ['audit_admin'] },
  { username: 'kefu01', name: '客服张敏', password: 'Kefu@2026', roles: ['appeal_agent'] },
  { username: 'kefu02', name: '客服李静', password: 'Kefu@2026', roles: ['appeal_agent'] },
  { username: 'jigou01', name: '机构管理员王强', password: 'Jigou@2026', roles: ['institution_admin'] },
  {
    username: 'shenhe_unit',
    name: '单位审核员刘洋',
    password: 'Shenhe@2026',
    roles: ['title_reviewer'],
    org: 'cc_hospital',
  },
  {
    username: 'shenhe_dept',
    name: '主管部门审核员陈刚',
    password: 'Shenhe@2026',
    roles: ['title_reviewer'],
    org: 'cc_health',
  },
  { username: 'shenhe_city', name: '市局审核员赵丽', password: 'Shenhe@2026', roles: ['title_reviewer'], org: 'cc' },
  { username: 'shenhe_prov', name: '省厅审核员孙涛', password: 'Shenhe@2026', roles: ['title_reviewer'], org: 'prov' },
  // Colleagues, so reassignment within an org has someone to go to.
  {
    username: 'shenhe_unit2',
    name: '单位审核员周婷',
    password: 'Shenhe@2026',
    roles: ['title_reviewer'],
    org: 'cc_hospital',
  },
  {
    username: 'shenhe_dept2',
    name: '主管部门审核员吴磊',
    password: 'Shenhe@2026',
    roles: ['title_reviewer'],
    org: 'cc_health',
  },
];

export async function seedFoundation(ctx: SeedContext) {
  const at = ctx.now.toISOString();
  for (const o of ORG_TREE) {
    const row = ctx.db
      .insert(orgs)
      .values({
        name: o.name,
        level: o.level,
        parentId: o.parent ? ctx.orgIds[o.parent] : null,
        region: o.region,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: orgs.id })
      .get();
    ctx.orgIds[o.key] = row.id;
  }
  const hashes = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    if (!hashes.has(a.password)) hashes.set(a.password, await hashPassword(a.password));
    const row = ctx.db
      .insert(staff)
      .values({
        username: a.username,
        name: a.name,
        passwordHash: hashes.get(a.password)!,
        roles: a.roles,
        orgId: a.org ? ctx.orgIds[a.org] : null,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: staff.id })
      .get();
    ctx.staffIds[a.username] = row.id;
  }
  ctx.log(`机构 ${ORG_TREE.length} 个，工作人员 ${DEMO_ACCOUNTS.length} 名`);
}
