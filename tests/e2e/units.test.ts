import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';
import { tinyPdf, tinyPng } from '../helpers/fixtures';
import { createRng, uscc } from '../../db/seed/random';

const listUrl = (base: string, filter: Record<string, unknown>) =>
  `${base}/#/units?filter=${encodeURIComponent(JSON.stringify(filter))}&order=ASC&sort=id`;

describe.skipIf(!hasBrowser())(
  'unit accounts and operators, as the institution-management administrator (jigou01)',
  () => {
    let e: E2E;
    beforeAll(async () => {
      e = await startE2E();
      await signIn(e.page, e.app.url, 'jigou01');
      await e.page.getByText('机构管理员王强，您好').waitFor();
    });
    afterAll(() => e?.close());

    it('bulk-activates two pending units after checking their identities, and sees them active', async () => {
      const { page } = e;
      await page.goto(listUrl(e.app.url, { status: 'pending_activation' }));
      const rows = page.locator('tbody tr');
      // The list first paints placeholder rows with blank cells: wait until two real names are there.
      const nameOf = (i: number) => rows.nth(i).locator('td').nth(2).textContent();
      await expect
        .poll(async () => /\S/.test((await nameOf(0)) ?? '') && /\S/.test((await nameOf(1)) ?? ''))
        .toBe(true);
      const names = [await nameOf(0), await nameOf(1)];
      await rows.nth(0).locator('input[type="checkbox"]').check();
      await rows.nth(1).locator('input[type="checkbox"]').check();
      await page.getByRole('button', { name: '批量激活' }).click();
      const dialog = page.getByRole('dialog');
      for (const n of names) await dialog.getByText(n!).waitFor();
      await dialog.getByRole('button', { name: '确认' }).click();
      await page.getByText('已激活 2 个').waitFor();
      for (const n of names) {
        await page.goto(listUrl(e.app.url, { q: n, status: 'active' }));
        await page.getByRole('cell', { name: n! }).waitFor();
      }
    });

    it('registers a unit at the window with its materials and opens the receipt', async () => {
      const { page } = e;
      const code = uscc(createRng(2026), '220104');
      await page.goto(`${e.app.url}/#/units/create`);
      await page.getByLabel('统一社会信用代码').fill(code);
      await page.getByLabel('单位名称').fill('长春市窗口注册测试有限公司');
      await page.getByLabel('法定代表人').fill('陈晓明');
      await page.getByLabel(/^证件号码/).fill('11010519491231002X');
      await page.getByLabel('证件有效期起').fill('2021-05-10');
      await page.getByLabel(/^手机号码/).fill('13604310001');
      await page.getByLabel('账号').fill('ccwindow2026');
      await page.getByLabel('办理人姓名').fill('李娜');
      await page.getByLabel('办理人证件号码').fill('110105199003071239');
      await page.getByLabel('办理人手机号码').fill('13904310002');
      const inputs = page.locator('input[type="file"]');
      await inputs.nth(0).setInputFiles({ name: '营业执照副本.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
      await inputs.nth(1).setInputFiles({ name: '办理人身份证.png', mimeType: 'image/png', buffer: tinyPng() });
      await inputs.nth(2).setInputFiles({ name: '授权委托书.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('单位网上办事账号受理回执').first().waitFor();
      await page.getByText('ccwindow2026').waitFor();
      await page.getByText(/营业执照副本（营业执照副本\.pdf）/).waitFor();
      expect(await page.getByText('机构管理员王强').count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('receipt-no').textContent()).toMatch(/^SL\d{8}\d{4}$/);
      await page.getByText('110***********1239').first().waitFor();
    });

    it('raises a full unit’s operator quota with a reason and adds an operator', async () => {
      const { page } = e;
      // A unit whose operator places are all taken.
      const full = (
        await (
          await e.app.login('jigou01')
        ).list('units', { filter: { atQuota: true, status: 'active' }, range: [0, 0] })
      ).body[0];
      await page.goto(`${e.app.url}/#/units/${full.id}/show`);
      await page.getByText(full.name).first().waitFor();
      // Opening the operator form on a full unit warns before anything is typed.
      await page.getByRole('tab', { name: '管理员与经办人' }).click();
      await page.getByRole('link', { name: /添加经办人/ }).click();
      await page.waitForURL(/operators\/create/);
      await page
        .getByRole('alert')
        .filter({ hasText: `该单位经办人名额已满（已用 ${full.operatorCount} / 共 ${full.operatorQuota}）` })
        .waitFor();
      await page.goto(`${e.app.url}/#/units/${full.id}/show`);
      await page.getByText(full.name).first().waitFor();
      const dialog = await openDialog(page, '调整名额');
      await dialog.getByLabel('经办人名额').fill(String(full.operatorQuota + 2));
      await dialog.getByLabel('调整原因').fill('单位业务扩大，申请增加经办人');
      await dialog.getByRole('button', { name: '确认' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('tab', { name: '管理员与经办人' }).click();
      await page.getByRole('link', { name: /添加经办人/ }).click();
      await page.waitForURL(/operators\/create/);
      await page.locator('input[name="name"]').fill('新经办人孙悦');
      await page.locator('input[name="idNumber"]').fill('220102199001010076');
      await page.locator('input[name="phone"]').fill('13504319999');
      // Two years from today, so the test holds on any date (validity must lie in the future).
      await page.locator('input[name="validTo"]').fill(`${new Date().getFullYear() + 2}-12-31`);
      await page.getByLabel('职称申报单位公示').check();
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByRole('cell', { name: '新经办人孙悦' }).waitFor();
      await page
        .getByText(`${full.operatorCount + 1} / ${full.operatorQuota + 2}`)
        .first()
        .waitFor();
    });
  },
);
