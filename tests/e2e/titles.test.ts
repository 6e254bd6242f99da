import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { orgs, titlePlans } from '../../db/schema';
import { tinyPdf } from '../../db/seed/samples';
import {
  buildTitleApplication,
  buildTitleModules,
  resubmitTitleApplication,
  submitTitleApplication,
} from '../helpers/titles';
import { INTAKE_KEY, residentIdFor } from '../helpers/fixtures';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

/**
 * One application's way through the console [003 §3.1]: it arrives from the public hall at the
 * hospital; the unit reviewer goes through its modules, passes it and sends it up in a batch with the
 * recommendation report; the department returns it with a module marked; the applicant resubmits
 * that module; the department sees what changed and the whole progress.
 */
describe.skipIf(!hasBrowser())('professional-title review, from the unit to the department', () => {
  let e: E2E;
  let id: number;
  const applicant = '韩梅梅';

  beforeAll(async () => {
    e = await startE2E();
    const plan = e.app.db.select().from(titlePlans).where(like(titlePlans.name, '%卫生系列高级%')).get()!;
    const hospital = e.app.db.select().from(orgs).where(eq(orgs.name, '长春市中心医院')).get()!;
    // 附件材料 as the hall sends it: the file first, then the application naming it.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(tinyPdf())]), '任职资格证明.pdf');
    const upload = await e.app.anonymous().post('/api/intake/title-applications/attachments', form, INTAKE_KEY);
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const res = await submitTitleApplication(
      e.app,
      buildTitleApplication(e.app, {
        planId: plan.id,
        unitOrgId: hospital.id,
        applicant: { name: applicant, idNumber: residentIdFor(4242), phone: '13904315678' },
        modules: buildTitleModules({
          attachments: { entries: [{ name: '任职资格证明.pdf', note: '扫描件', fileId: upload.body.fileId }] },
        }),
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    id = res.body.id;
  });
  afterAll(() => e?.close());

  const row = () => e.page.locator('tbody tr').filter({ hasText: applicant });

  it('as shenhe_unit: from the review home to the application, module by module, passed with a common opinion, then batch-submitted with the report', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'shenhe_unit');
    // The review home: per plan, what waits here; the number opens the list with that filter.
    await page.getByRole('menuitem', { name: '职称审核首页' }).click();
    await page.getByText('长春市中心医院 · 各申报事项在本机构的待办').waitFor();
    await page.getByRole('link', { name: /卫生系列高级职称申报 待审/ }).click();
    await page.locator('input[name="q"]').fill(applicant);
    await row().waitFor();
    expect(await row().textContent()).toContain('待审');
    // The ID number is masked in the list.
    expect(await row().textContent()).toMatch(/220\*+\d{3}[\dX]/);
    await row().click();
    await page.getByText(`职称申报 #${id} · ${applicant}`).waitFor();

    // Passing needs every module looked at: the form says so before anything is sent.
    await page.getByRole('radio', { name: '通过', exact: true }).check();
    await page.getByRole('button', { name: '提交审核结果' }).click();
    await page.getByText(/通过前请逐个模块标记「无误」（已标记 0\/9）/).waitFor();
    // Marking a module opens the next one.
    for (const m of [
      '基本信息',
      '学历信息',
      '工作经历',
      '资格证书',
      '业绩成果',
      '论文著作',
      '继续教育',
      '获奖情况',
      '附件材料',
    ]) {
      if (m === '附件材料') {
        // The attachment opens in the viewer beside its name.
        await page.getByRole('button', { name: '查看附件「任职资格证明.pdf」' }).click();
        await page.locator('iframe[title="任职资格证明.pdf"]').waitFor();
      }
      await page
        .getByRole('group', { name: `${m}是否有误` })
        .getByRole('button', { name: '无误' })
        .click();
    }
    await page.getByText('已标记 9/9 个模块').waitFor();
    await page.getByLabel('常用意见').click();
    await page.getByRole('option', { name: '经科室及单位评议推荐，已公示无异议，同意推荐。' }).click();
    await expect
      .poll(() => page.locator('textarea[name="opinion"]').inputValue())
      .toBe('经科室及单位评议推荐，已公示无异议，同意推荐。');
    await page.getByRole('button', { name: '提交审核结果' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText(/需在列表中批量送审至长春市卫生健康委员会/).waitFor();
    await confirm.getByRole('button', { name: '确认' }).click();
    await page.getByText(/本级已审核通过，等待在「待送审」列表中批量送审至长春市卫生健康委员会/).waitFor();

    // 待送审 → select it → 批量送审 with the 推荐报告 (required).
    await page.getByRole('link', { name: '去批量送审' }).click();
    await page.locator('input[name="q"]').fill(applicant);
    await row().waitFor();
    expect(await row().textContent()).toContain('待送审');
    await row().getByRole('checkbox').check();
    const batch = await openDialog(page, '批量送审');
    await batch.getByText(/所选的 1 条申报将一并送往上一级审核机构/).waitFor();
    // The unit's report for this plan is offered, ticked; this batch sends a new one instead.
    const reuse = batch.getByRole('checkbox', { name: /使用本机构已上传的推荐报告：长春市中心医院推荐报告\.pdf/ });
    await expect.poll(() => reuse.isChecked()).toBe(true);
    await reuse.uncheck();
    await batch.getByRole('button', { name: '确认' }).click();
    await batch.getByText('请上传推荐报告/申报函').first().waitFor();
    await batch
      .locator('input[type="file"]')
      .setInputFiles({ name: '推荐报告.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await batch.locator('textarea[name="note"]').fill('本院第一批推荐');
    await batch.getByRole('button', { name: '确认' }).click();
    await page.getByText(/已送审 1 条申报，批次 #\d+/).waitFor();
    await expect.poll(() => row().count()).toBe(0);
  });

  it('as shenhe_dept: marks a module wrong and returns the application to the applicant, to come back here', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'shenhe_dept');
    await page.getByText(/您好/).first().waitFor();
    await page.goto(`${e.app.url}/#/title-applications/${id}/show`);
    await page.getByText('当前在长春市卫生健康委员会（第 2/4 级）').waitFor();
    await page.getByRole('button', { name: '继续教育' }).click();
    await page.getByRole('group', { name: '继续教育是否有误' }).getByRole('button', { name: '有误' }).click();
    // A module marked wrong cannot be passed.
    await page.getByRole('radio', { name: '通过', exact: true }).check();
    await page.locator('textarea[name="opinion"]').fill('继续教育学时不足，请补充专业科目学时。');
    await page.getByRole('button', { name: '提交审核结果' }).click();
    await page.getByText('有模块标记为有误，不能通过；请退回修改或改为无误。').waitFor();

    // The typed opinion can be kept as one of the reviewer's own common opinions, without leaving the page.
    await page.getByRole('button', { name: '存为我的常用意见' }).click();
    await page.getByText('已存为常用意见').waitFor();
    await expect.poll(() => page.getByRole('button', { name: '存为我的常用意见' }).isDisabled()).toBe(true);

    await page.getByRole('radio', { name: '退回修改' }).check();
    await page.getByRole('button', { name: '提交审核结果' }).click();
    await page.getByText('请选择申报人修改后重新提交到本级还是从第一级重新审核').waitFor();
    await page.getByRole('radio', { name: '直接回到本级' }).check();
    await page.getByRole('button', { name: '提交审核结果' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('退回给申报人，问题模块：继续教育。').waitFor();
    await confirm.getByRole('button', { name: '确认' }).click();
    await page.getByText(/已退回申报人修改（问题模块：继续教育）；重新提交后回到长春市卫生健康委员会/).waitFor();
  });

  it('after the applicant resubmits: the department sees what changed and the whole progress', async () => {
    const { page } = e;
    // Another module than the one returned is refused, by name.
    const refused = await resubmitTitleApplication(e.app, id, { modules: { awards: { entries: [] } } });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('获奖情况');
    const ce = buildTitleModules().continuing_education;
    const res = await resubmitTitleApplication(e.app, id, {
      modules: {
        continuing_education: {
          hours: 128,
          entries: [...ce.entries, { course: '专业科目：心血管疾病诊疗进展', hours: 32, year: 2026 }],
        },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);

    await page.reload();
    await page.getByText('上次退回：长春市卫生健康委员会').waitFor();
    // The changed module opens by itself, with the value before and the added entry.
    const module = page.getByRole('region', { name: '继续教育' }).or(page.locator('[aria-label="继续教育"]'));
    await module.getByText('已修改').first().waitFor();
    await module.getByText('修改前：96').waitFor();
    await module.getByText('专业科目：心血管疾病诊疗进展').waitFor();
    await module.getByText('新增').waitFor();

    await page.getByRole('tab', { name: '审核进度' }).click();
    const chain = page.getByLabel('审核链');
    await chain.getByText('长春市中心医院').waitFor();
    expect(await chain.locator('[data-state="ahead"]').count()).toBe(2);
    const steps = page.getByRole('list', { name: '办理记录' }).locator('li');
    await expect.poll(() => steps.count()).toBe(5);
    const texts = await steps.allTextContents();
    expect(texts[0]).toMatch(/^提交申报.*长春市中心医院.*韩梅梅/);
    expect(texts[1]).toMatch(/^审核通过.*单位审核员.*经科室及单位评议推荐，已公示无异议，同意推荐。/);
    expect(texts[2]).toMatch(/^送审.*送审至长春市卫生健康委员会（批次 #\d+）/);
    expect(texts[3]).toMatch(/^审核退回修改.*继续教育学时不足.*问题模块：继续教育.*退回至：申报人（修改后回到本级）/);
    expect(texts[4]).toMatch(/^重新提交.*修改模块：继续教育/);
  });

  it('as shenhe_unit: the review home counts what is past its level’s deadline; the number opens those rows, marked 超期', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'shenhe_unit');
    await page.getByRole('menuitem', { name: '职称审核首页' }).click();
    // The demo hospital has applications left lying past the plan's 10 working days.
    const overdue = page.getByRole('link', {
      name: /^[1-9]\d* \S*卫生系列高级职称申报 超期（每级审核时限 10 个工作日）/,
    });
    const n = Number((await overdue.getAttribute('aria-label'))!.split(' ')[0]);
    await overdue.click();
    await expect.poll(() => page.url()).toContain(encodeURIComponent('"overdue":true'));
    const rows = page.locator('tbody tr').filter({ hasText: '超期' });
    await expect.poll(() => rows.count()).toBe(n);
    expect(await page.locator('tbody tr').count()).toBe(n);
  });
});
