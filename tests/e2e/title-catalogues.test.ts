import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

/** The seeded 推荐报告 files sit beside the template database; each browser test gets its own data folder. */
function copySeededUploads(e: E2E) {
  const seeded = path.join(path.dirname(inject('e2e').templateDb), 'uploads');
  if (fs.existsSync(seeded)) fs.cpSync(seeded, e.app.ctx.config.uploadDir, { recursive: true });
}

// Next year's plan, so its period is always still to come (the browser tests run on the real clock).
const YEAR = new Date().getFullYear() + 1;
const PLAN = `${YEAR}年度工程系列中级职称申报`;
const GLOBAL_OPINION = '申报材料齐全规范，同意报送上一级审核。';
const OWN_OPINION = '请补充近三年继续教育学时证明。';
const OWN_OPINION_EDITED = '请补充近三年继续教育学时证明及年度考核结果。';

describe.skipIf(!hasBrowser())('title plans, common opinions and submission batches', () => {
  let e: E2E;
  const plansNamed = (name: string) =>
    (e.app.db.$client.prepare('SELECT count(*) AS n FROM title_plans WHERE name = ?').get(name) as { n: number }).n;
  /** Another person at the same browser: the previous session's cookie would skip the login page. */
  const signInAs = async (username: string) => {
    await signIn(e.page, e.app.url, username);
  };
  beforeAll(async () => {
    e = await startE2E();
    copySeededUploads(e);
  });
  afterAll(() => e?.close());

  it('as sysadmin, when the period ends before it starts, then the server says so under the field and nothing is saved; corrected, the plan is created', async () => {
    const { page } = e;
    await signInAs('admin');
    await page.getByText('系统管理员，您好').waitFor();
    await page.goto(`${e.app.url}/#/title-plans/create`);
    await page.getByLabel('事项名称').fill(PLAN);
    await page.getByLabel('职称系列').fill('工程系列');
    await page.getByLabel('年度').fill(String(YEAR));
    await page.getByLabel('初级', { exact: true }).check();
    await page.getByLabel('中级', { exact: true }).check();
    await page.getByLabel('申报开始日期').fill(`${YEAR}-03-01`);
    await page.getByLabel('申报截止日期').fill(`${YEAR}-02-01`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.ra-input-endDate').getByText('申报截止日期不能早于开始日期').waitFor();
    expect(page.url()).toMatch(/#\/title-plans\/create$/);
    expect(plansNamed(PLAN)).toBe(0);

    await page.getByLabel('申报截止日期').fill(`${YEAR}-04-30`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/title-plans$/);
    const row = page.getByRole('row').filter({ hasText: PLAN });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(`${YEAR}-03-01 ~ ${YEAR}-04-30`);
    expect(text).toContain('未开始');
    expect(text).toContain('中级');
    expect(plansNamed(PLAN)).toBe(1);

    // A plan nobody applied to may be deleted (after a confirmation); one with applications offers no 删除.
    await row.click();
    await page.waitForURL(/#\/title-plans\/\d+$/);
    const confirm = await openDialog(page, '删除');
    await confirm.getByText('删除后不可恢复。确定删除这个申报事项？').waitFor();
    await confirm.getByRole('button', { name: '取消' }).click();
    await page.goto(`${e.app.url}/#/title-plans`);
    await page.getByRole('row').filter({ hasText: '中小学教师系列职称申报' }).click();
    await page.waitForURL(/#\/title-plans\/\d+$/);
    await page.getByRole('button', { name: '保存' }).waitFor();
    expect(await page.getByRole('button', { name: '删除' }).count()).toBe(0);
  });

  it('as sysadmin, adds a global common opinion', async () => {
    const { page } = e;
    await page.goto(`${e.app.url}/#/audit-opinions/create`);
    await page.getByText('全局常用意见供所有职称审核员在审核时选用').waitFor();
    await page.getByRole('textbox', { name: '意见内容' }).fill(GLOBAL_OPINION);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/audit-opinions$/);
    const row = page.getByRole('row').filter({ hasText: GLOBAL_OPINION });
    await row.waitFor();
    expect(await row.textContent()).toContain('全局');
  });

  it('as a title reviewer, sees the global opinion (read only), and adds, edits and deletes an own one', async () => {
    const { page } = e;
    await signInAs('shenhe_unit');
    await page.getByText('单位审核员刘洋，您好').waitFor();
    await page.goto(`${e.app.url}/#/audit-opinions`);
    const global = page.getByRole('row').filter({ hasText: GLOBAL_OPINION });
    await global.waitFor();
    expect(await global.textContent()).toContain('全局');
    // A global row opens nothing for a reviewer. The row's click handler decides asynchronously; two
    // rendered frames after the click it has run, and a navigation would have changed the URL.
    await global.click();
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    expect(page.url()).toMatch(/#\/audit-opinions$/);

    await page.goto(`${e.app.url}/#/audit-opinions/create`);
    await page.getByText('您新增的常用意见仅您本人可见').waitFor();
    await page.getByRole('textbox', { name: '意见内容' }).fill(OWN_OPINION);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/audit-opinions$/);
    const own = page.getByRole('row').filter({ hasText: OWN_OPINION });
    await own.waitFor();
    expect(await own.textContent()).toContain('我的');

    await own.click();
    await page.waitForURL(/#\/audit-opinions\/\d+$/);
    await page.getByRole('textbox', { name: '意见内容' }).fill(OWN_OPINION_EDITED);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/audit-opinions$/);
    const edited = page.getByRole('row').filter({ hasText: OWN_OPINION_EDITED });
    await edited.waitFor();

    await edited.click();
    await page.waitForURL(/#\/audit-opinions\/\d+$/);
    await page.getByRole('textbox', { name: '意见内容' }).waitFor();
    const confirm = await openDialog(page, '删除');
    await confirm.getByText('确定删除这条常用意见吗').waitFor();
    await confirm.getByRole('button', { name: '确认' }).click();
    await page.waitForURL(/#\/audit-opinions$/);
    await page.getByRole('row').filter({ hasText: GLOBAL_OPINION }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: OWN_OPINION_EDITED }).count()).toBe(0);

    // Plans are read only for a reviewer: no create button, a row opens the plan to read.
    await page.goto(`${e.app.url}/#/title-plans`);
    await page.getByRole('row').filter({ hasText: PLAN }).waitFor();
    expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await page.getByRole('row').filter({ hasText: PLAN }).click();
    await page.waitForURL(/#\/title-plans\/\d+\/show$/);
    await page.getByText(`${YEAR}-03-01 ~ ${YEAR}-04-30`).waitFor();
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);
  });

  it('as the competent department, opens a batch received from the hospital with its report and applications', async () => {
    const { page } = e;
    await signInAs('shenhe_dept');
    await page.getByText('主管部门审核员陈刚，您好').waitFor();
    await page.goto(`${e.app.url}/#/submission-batches`);
    await page.getByLabel('方向').click();
    await page.getByRole('option', { name: '本机构收到' }).click();
    const rows = page.locator('tbody tr');
    const fromHospital = rows.filter({ hasText: '长春市中心医院' });
    await fromHospital.first().waitFor();
    await expect
      .poll(async () =>
        (await rows.locator('td.column-toOrgName').allTextContents()).every((t) => t === '长春市卫生健康委员会'),
      )
      .toBe(true);
    expect(new Set(await rows.locator('td.column-direction').allTextContents())).toEqual(new Set(['本机构收到']));
    const id = (await fromHospital.first().locator('td.column-id').textContent())!.trim();
    const count = Number((await fromHospital.first().locator('td.column-applicationCount').textContent())!.trim());
    await fromHospital.first().click();

    await page.getByText(`送审批次 #${id}`).first().waitFor();
    await page.getByText(/单位推荐报告\.pdf/).waitFor();
    const download = page.getByRole('link', { name: '下载' });
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/api\/files\/\d+\?download$/);
    const res = await page.request.get(`${e.app.url}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-disposition']).toContain('attachment');

    await page.getByText(`本批申报（${count} 条）`).waitFor();
    const apps = page.locator('.MuiCard-root tbody tr');
    await expect.poll(() => apps.count()).toBe(Math.min(count, 25));
    expect(await apps.first().locator('td.column-unitOrgName').textContent()).toBe('长春市中心医院');
    await apps.first().click();
    await page.waitForURL(/#\/title-applications\/\d+\/show$/);
  });
});
