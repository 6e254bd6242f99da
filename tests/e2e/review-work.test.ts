import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { orgs, titlePlans } from '../../db/schema';
import { buildTitleApplication, submitTitleApplication } from '../helpers/titles';
import { residentIdFor } from '../helpers/fixtures';
import { submitAppeal } from '../helpers/appeals';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

/**
 * Work never lost: the review page keeps its marks as a server-side draft (a reload brings them
 * back, leaving with unsaved ones asks first), and a claim that lost the race says who won it and
 * shows the record as it now is.
 */
describe.skipIf(!hasBrowser())('review drafts and claim conflicts', () => {
  let e: E2E;
  const ids: number[] = [];

  beforeAll(async () => {
    e = await startE2E();
    const plan = e.app.db.select().from(titlePlans).where(like(titlePlans.name, '%卫生系列高级%')).get()!;
    const hospital = e.app.db.select().from(orgs).where(eq(orgs.name, '长春市中心医院')).get()!;
    for (const [n, name] of [
      [5151, '草稿测试甲'],
      [5152, '领取测试乙'],
    ] as const) {
      const res = await submitTitleApplication(
        e.app,
        buildTitleApplication(e.app, {
          planId: plan.id,
          unitOrgId: hospital.id,
          applicant: { name, idNumber: residentIdFor(n), phone: '13904315678' },
        }),
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      ids.push(res.body.id);
    }
  });
  afterAll(() => e?.close());

  const mark = (module: string) =>
    e.page
      .getByRole('group', { name: `${module}是否有误` })
      .getByRole('button', { name: '无误' })
      .click();

  it('as shenhe_unit: 3 of 9 modules marked survive a reload; leaving with an unsaved mark asks first', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'shenhe_unit');
    await page.getByText('单位审核员刘洋，您好').waitFor();
    await page.goto(`${e.app.url}/#/title-applications/${ids[0]}/show`);
    await page.getByText(`职称申报 #${ids[0]} · 草稿测试甲`).waitFor();
    for (const m of ['基本信息', '学历信息', '工作经历']) await mark(m);
    await page.getByText('已标记 3/9 个模块').waitFor();
    await page.getByTestId('draft-status').filter({ hasText: '草稿已自动保存' }).waitFor();

    await page.reload();
    await page.getByText(`职称申报 #${ids[0]} · 草稿测试甲`).waitFor();
    await page.getByText('已标记 3/9 个模块').waitFor();

    // The network drops the next save: the mark is not on the server, so the menu asks before leaving.
    await page.route('**/api/title-applications/*/review-draft', (route) =>
      route.request().method() === 'PUT' ? route.abort() : route.continue(),
    );
    await mark('资格证书');
    await page.getByText('已标记 4/9 个模块').waitFor();
    await page.getByRole('menuitem', { name: '职称审核首页' }).click();
    const leave = page.getByRole('dialog').filter({ hasText: '审核草稿尚未保存' });
    await leave.waitFor();
    await leave.getByRole('button', { name: '留在本页' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(page.url()).toContain(`/title-applications/${ids[0]}/show`);
    // Back online, the retry saves it and the page may be left (and found again as it was).
    await page.unroute('**/api/title-applications/*/review-draft');
    await page.getByTestId('draft-status').filter({ hasText: '草稿已自动保存' }).waitFor();
    await page.getByRole('menuitem', { name: '职称审核首页' }).click();
    await page.getByText('长春市中心医院 · 各申报事项在本机构的待办').waitFor();
    await page.goto(`${e.app.url}/#/title-applications/${ids[0]}/show`);
    await page.getByText('已标记 4/9 个模块').waitFor();

    // Revealing the applicant's full ID asks why first; the reason is picked from the common ones.
    await page.getByRole('button', { name: '查看完整信息' }).click();
    const ask = page.getByRole('dialog').filter({ hasText: '查看完整个人信息须说明原因' });
    await ask.getByRole('button', { name: '查看', exact: true }).click();
    await ask.getByText('请选择或填写查看原因').waitFor();
    await ask.getByRole('combobox', { name: '查看原因' }).click();
    await page.getByRole('option', { name: '核对申请人身份' }).click();
    await ask.getByRole('button', { name: '查看', exact: true }).click();
    await page.getByRole('dialog').filter({ hasText: '完整个人信息' }).getByText(residentIdFor(5151)).waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('as shenhe_unit: a colleague claims first; the 409 names them, the dialog goes and the page shows who holds it', async () => {
    const { page } = e;
    await page.goto(`${e.app.url}/#/title-applications/${ids[1]}/show`);
    await page.getByText(`职称申报 #${ids[1]} · 领取测试乙`).waitFor();
    await page.getByRole('button', { name: '领取', exact: true }).waitFor();
    const colleague = await e.app.login('shenhe_unit2');
    expect((await colleague.post('/api/title-applications/claim', { ids: [ids[1]] })).status).toBe(200);
    const dialog = await openDialog(page, '领取');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page
      .getByText(/已由单位审核员周婷领取/)
      .first()
      .waitFor();
    await page.getByText('该申报已由单位审核员周婷领取，如需办理请其转派。').waitFor();
    await page.getByRole('button', { name: '领取', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('as kefu01: another agent claims the appeal first; the 409 names them and the page shows 处理中 without 领取', async () => {
    const { page } = e;
    const id = await submitAppeal(e.app);
    await signIn(page, e.app.url, 'kefu01');
    await page.getByText('客服张敏，您好').waitFor();
    await page.goto(`${e.app.url}/#/appeals/${id}/show`);
    await page.getByText(`账号申诉 #${id}`).waitFor();
    await page.getByRole('button', { name: '领取', exact: true }).waitFor();
    const other = await e.app.login('kefu02');
    expect((await other.post(`/api/appeals/${id}/claim`, { version: 1 })).status).toBe(200);
    const dialog = await openDialog(page, '领取');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByText('该申诉已由客服李静领取').first().waitFor();
    await page.getByRole('button', { name: '领取', exact: true }).waitFor({ state: 'detached' });
    await page.getByText('办理人：客服李静').waitFor();
  });
});
