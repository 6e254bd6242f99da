import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

const listUrl = (base: string, filter: Record<string, unknown>) =>
  `${base}/#/audit-logs?filter=${encodeURIComponent(JSON.stringify(filter))}&perPage=50`;
// Raw resource names (title-applications, audit-opinions) and `key=value` / `key: a → b` summaries.
const RAW_RESOURCE = /\b[a-z]+(?:-[a-z]+)+\b/;
const KEY_VALUE = /\b[a-zA-Z_]+=|\b[a-z][a-zA-Z]+: /;

describe.skipIf(!hasBrowser())('the audit log, the settings and the appeal queue’s bulk actions', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('the audit log shows no raw resource names nor key=value summaries, whatever the object type', async () => {
    const { page } = e;
    // 三员分立: the audit administrator reads the log.
    await signIn(page, e.app.url, 'auditor');
    await page.getByText('审计管理员何平，您好').waitFor();
    // Beside the demo data's title rows, one row of each way a summary is written: fields of a created
    // record (staff, a reject reason with its sortOrder), "修改字段" (a unit), a status move (an appeal), a setting.
    const admin = await e.app.login('admin');
    expect((await admin.put('/api/settings/appeals.deadlineWorkingDays', { value: 4 })).status).toBe(200);
    expect(
      (
        await admin.post('/api/staff', {
          username: 'shenji01',
          name: '审计读者',
          phone: '13912345670',
          password: 'Start#2026',
        })
      ).status,
    ).toBe(201);
    expect((await admin.post('/api/reject-reasons', { text: '材料模糊不清', sortOrder: 0 })).status).toBe(201);
    const jigou = await e.app.login('jigou01');
    const unit = (await jigou.list('units', { filter: { status: 'active' }, range: [0, 0] })).body[0];
    const shown = (await jigou.get(`/api/units/${unit.id}`)).body;
    expect((await jigou.put(`/api/units/${unit.id}`, { ...shown, name: `${shown.name}（更名）` })).status).toBe(200);
    const kefu = await e.app.login('kefu01');
    const waiting = (await kefu.list('appeals', { filter: { status: 'submitted' }, range: [0, 0] })).body[0];
    expect((await kefu.post(`/api/appeals/${waiting.id}/claim`, { version: waiting.version })).status).toBe(200);
    for (const [resource, label] of [
      ['title-applications', '职称申报'],
      ['staff', '工作人员'],
      ['reject-reasons', '常用驳回原因'],
      ['units', '单位账号'],
      ['appeals', '账号申诉'],
      ['settings', '业务设置'],
    ]) {
      await page.goto(listUrl(e.app.url, { resource }));
      await page.locator('table tbody tr').filter({ hasText: label }).first().waitFor();
      const text = (await page.locator('table').innerText()).replace(/\d+\.\d+\.\d+\.\d+|::[\w:.]*/g, '');
      expect(text, resource).not.toMatch(RAW_RESOURCE);
      expect(text, resource).not.toMatch(KEY_VALUE);
    }
  });

  it('a row opens on its own page with the whole entry, and its object links to the record', async () => {
    const { page } = e;
    await page.goto(listUrl(e.app.url, { resource: 'settings' }));
    const row = page.locator('table tbody tr').filter({ hasText: '申诉办理时限（工作日） 由 3 改为 4' }).first();
    await row.locator('td').nth(2).click();
    await page
      .getByText(/^审计日志 #\d+$/)
      .first()
      .waitFor();
    await page.getByText('操作代码：settings.update').waitFor();
    await page
      .getByText(/^[0-9a-f]{64}$/)
      .first()
      .waitFor();
    await page.getByRole('link', { name: '业务设置「申诉办理时限（工作日）」' }).click();
    await expect.poll(() => page.url()).toContain('/settings/appeals.deadlineWorkingDays');
  });

  it('the list filters by an action chosen by its label', async () => {
    const { page } = e;
    await page.goto(`${e.app.url}/#/audit-logs`);
    await page.locator('table tbody tr').first().waitFor();
    await page.getByRole('combobox', { name: '操作', exact: true }).click();
    await page.getByRole('option', { name: '修改设置', exact: true }).click();
    await expect.poll(() => page.url()).toContain(encodeURIComponent('"action":"settings.update"'));
    await expect
      .poll(async () => (await page.locator('table tbody tr').allInnerTexts()).every((t) => t.includes('修改设置')))
      .toBe(true);
  });

  it('each setting is described, and none offers 删除', async () => {
    const { page } = e;
    await page.context().clearCookies();
    await signIn(page, e.app.url, 'admin');
    await page.getByText('系统管理员，您好').waitFor();
    await page.goto(`${e.app.url}/#/settings`);
    await page.getByText('新收到的账号申诉须在多少个工作日内办结', { exact: false }).waitFor();
    await page.getByRole('cell', { name: '机构初始密码前缀' }).click();
    await page.getByText('系统生成的初始密码以此前缀开头', { exact: false }).waitFor();
    await page.getByRole('button', { name: '保存' }).waitFor();
    expect(await page.getByRole('button', { name: '删除' }).count()).toBe(0);
  });

  it('an agent ticks two waiting appeals, claims them in bulk and reads the result of each', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'kefu01');
    await page.getByText(/您好/).first().waitFor();
    await page.goto(
      `${e.app.url}/#/appeals?filter=${encodeURIComponent(JSON.stringify({ status: 'submitted', assigneeId: 'unassigned' }))}`,
    );
    const rows = page.locator('table tbody tr');
    await rows.nth(1).waitFor();
    const idOf = (n: number) => rows.nth(n).locator('td.column-id');
    await expect.poll(() => idOf(1).innerText()).toMatch(/^\d+$/);
    const ids = [(await idOf(0).innerText()).trim(), (await idOf(1).innerText()).trim()];
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    const dialog = await openDialog(page, '批量领取');
    await dialog.getByText('领取所选的 2 件申诉', { exact: false }).waitFor();
    await dialog
      .getByRole('button', { name: '确定' })
      .or(dialog.getByRole('button', { name: '确认' }))
      .first()
      .click();
    const result = page.getByRole('dialog').filter({ hasText: '批量办理结果' });
    await result.waitFor();
    for (const id of ids) await result.getByText(new RegExp(`^#${id} .+ · 已领取$`)).waitFor();
    await result.getByRole('button', { name: '关闭' }).click();
    const admin = await e.app.login('kefu01');
    for (const id of ids)
      expect((await admin.get(`/api/appeals/${id}`)).body).toMatchObject({
        status: 'processing',
        assigneeName: '客服张敏',
      });
  });
});
