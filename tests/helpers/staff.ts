import type { StaffRole } from '../../server/domain/roles';
import type { TestApp } from './testApp';

/**
 * A staff account with roles, the 三员 way: sysadmin (`admin`) opens the account, the security
 * administrator (`secadmin`) gives it its roles. Returns the last answer (201 of the create when no roles).
 */
export async function createStaff(
  t: Pick<TestApp, 'login'>,
  input: { username: string; name: string; roles: StaffRole[]; orgId?: number; phone?: string; password: string },
) {
  const { roles, orgId, ...account } = input;
  const created = await (await t.login('admin')).post('/api/staff', account);
  if (created.status !== 201 || !roles.length) return created;
  const s = created.body;
  const assigned = await (
    await t.login('secadmin')
  ).put(`/api/staff/${s.id}`, { name: s.name, phone: s.phone, roles, orgId, version: s.version });
  // 201 once the account exists with its roles, as a single create would answer.
  return { ...assigned, status: assigned.status === 200 ? 201 : assigned.status };
}
