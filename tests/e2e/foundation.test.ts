import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../helpers/staff';
import { hasBrowser, signIn, startE2E, type E2E } from './browser';

describe.skipIf(!hasBrowser())('the console shell, as the system administrator', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('a wrong password shows the server’s message on the login page', async () => {
    await signIn(e.page, e.app.url, 'admin', 'Wrong#2026');
    await expect(e.page.getByText('用户名或密码错误').first().waitFor()).resolves.toBeUndefined();
  });

  it('signs in as admin, opens a staff account, and the audit administrator sees the action in the audit log', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'admin');
    await page.getByText('系统管理员，您好').waitFor();

    await page.goto(`${e.app.url}/#/staff/create`);
    await page.getByLabel('用户名').fill('kefu09');
    await page.getByLabel('姓名').fill('客服赵晨');
    await page.getByLabel('初始密码').fill('Start#2026');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已新建记录').waitFor();
    await page.goto(`${e.app.url}/#/staff?filter=${encodeURIComponent(JSON.stringify({ q: 'kefu09' }))}`);
    await page.getByRole('cell', { name: 'kefu09' }).waitFor();
    // Its edit form carries the account's 操作记录, its creation first.
    await page.getByRole('cell', { name: 'kefu09' }).click();
    const trail = page.locator('.MuiCard-root').filter({ hasText: '操作记录' });
    await trail.getByText('新建工作人员').waitFor();
    expect(await trail.textContent()).not.toContain('暂无操作记录');
    // 三员分立: the log is not the sysadmin's to read.
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);

    await page.context().clearCookies();
    await signIn(page, e.app.url, 'auditor');
    await page.getByText('审计管理员何平，您好').waitFor();
    await page.goto(`${e.app.url}/#/audit-logs`);
    const row = page.getByRole('row').filter({ hasText: '新建工作人员' }).filter({ hasText: 'kefu09' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('系统管理员');
  });

  it('a field the server refuses shows its message on the form and nothing is created', async () => {
    const { page } = e;
    await page.context().clearCookies();
    await signIn(page, e.app.url, 'admin');
    await page.getByText('系统管理员，您好').waitFor();
    await page.goto(`${e.app.url}/#/staff/create`);
    await page.getByLabel('用户名').fill('kefu01');
    await page.getByLabel('姓名').fill('重复的人');
    await page.getByLabel('初始密码').fill('Start#2026');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('用户名已存在').first().waitFor();
    expect(page.url()).toContain('/staff/create');
  });

  it('a new colleague with a temporary password is sent to change it first, then reaches the console', async () => {
    const { page } = e;
    expect(
      (
        await createStaff(e.app, {
          username: 'xinren01',
          name: '新人周洋',
          roles: ['institution_admin'],
          password: 'Temp#2026a',
        })
      ).status,
    ).toBe(201);
    await page.context().clearCookies();
    await signIn(page, e.app.url, 'xinren01', 'Temp#2026a');
    await page.getByText('您正在使用初始密码或临时密码').waitFor();
    await page.getByLabel('原密码').fill('Temp#2026a');
    await page.getByLabel('新密码', { exact: false }).first().fill('weak');
    await page.getByLabel('确认新密码').fill('weak');
    await page.getByRole('button', { name: '确认修改' }).click();
    await page.getByText('密码长度应为 8–64 位').first().waitFor();
    await page.getByLabel('新密码', { exact: false }).first().fill('Better#2026');
    await page.getByLabel('确认新密码').fill('Better#2026');
    await page.getByRole('button', { name: '确认修改' }).click();
    await page.getByText('新人周洋，您好').waitFor();
  });
});
