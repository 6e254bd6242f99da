import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

describe.skipIf(!hasBrowser())('institution accounts, as the institution-management administrator (jigou01)', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    await signIn(e.page, e.app.url, 'jigou01');
    await e.page.getByText('机构管理员王强，您好').waitFor();
  });
  afterAll(() => e?.close());

  it('registers an institution, opens it, changes its administrator and sees the history', async () => {
    const { page } = e;
    await page.goto(`${e.app.url}/#/institutions/create`);
    await page.getByLabel('机构类型').click();
    await page.getByRole('option', { name: '技工院校' }).click();
    await page.getByLabel('机构层级').click();
    await page.getByRole('option', { name: '市级' }).click();
    // 所在地区: the cascading 省 / 市 / 县 picker over GB/T 2260.
    await page.getByLabel('省', { exact: true }).click();
    await page.getByRole('option', { name: '吉林省', exact: true }).click();
    await page.getByLabel('市', { exact: true }).click();
    await page.getByRole('option', { name: '长春市', exact: true }).click();
    await page.getByLabel('机构名称').fill('长春汽车工业高级技工学校');
    await page.getByLabel('联系人').fill('赵丽');
    await page.getByLabel('联系电话').fill('13804310000');
    await page.getByRole('button', { name: '保存' }).click();

    // The show page of the new institution, with its system-assigned number.
    await page.getByText('长春汽车工业高级技工学校').first().waitFor();
    const number = await page
      .getByText(/^JGC220100\d{5}$/)
      .first()
      .textContent();
    expect(number).toMatch(/^JGC220100\d{5}$/);

    // Open: a wrong ID number gets the server's message under the field, then the right one goes through.
    const dialog = await openDialog(page, '开通');
    await dialog.getByText('尚未设置管理员').waitFor();
    await dialog.getByLabel('管理员姓名').fill('王建国');
    await dialog.getByLabel('管理员证件号码').fill('110105194912310021');
    await dialog.getByLabel('管理员手机号码').fill('13512347850');
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.getByText('身份证号码校验位不正确').waitFor();
    await dialog.getByLabel('管理员证件号码').fill('11010519491231002X');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByText('已开通').first().waitFor();

    // Change the administrator: the current one is shown masked beside the form.
    const change = await openDialog(page, '变更管理员');
    await change.getByText('110***********002X').waitFor();
    await change.getByLabel('管理员姓名').fill('李秀英');
    await change.getByLabel('管理员证件号码').fill('220102199001010076');
    await change.getByLabel('管理员手机号码').fill('13604315678');
    await change.getByRole('button', { name: '确认' }).click();
    await change.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: '管理员' }).click();
    await page.getByText('李秀英').first().waitFor();
    const history = page.getByRole('row').filter({ hasText: '王建国' });
    await history.waitFor();
    expect(await history.textContent()).toContain('机构管理员王强');

    await page.getByRole('tab', { name: '短信通知' }).click();
    await page.getByText('136****5678').first().waitFor();

    await page.getByRole('link', { name: '开通通知书' }).click();
    await page.getByText('机构网上办事账号开通通知书').first().waitFor();
    expect(await page.getByText(number!).count()).toBeGreaterThan(0);
    await page.getByText('“Jl”+ 机构管理员证件号码后六位').waitFor();
    // The prefix in a monospace face, so that l and I cannot be confused on paper.
    expect(await page.getByTestId('password-prefix').textContent()).toBe('Jl');
    expect(await page.getByTestId('password-prefix').evaluate((el) => getComputedStyle(el).fontFamily)).toContain(
      'monospace',
    );
  });

  it('disabling asks for a reason; without one nothing happens', async () => {
    const { page } = e;
    await page.goto(`${e.app.url}/#/institutions?filter=${encodeURIComponent(JSON.stringify({ q: '长春汽车工业' }))}`);
    await page.getByRole('cell', { name: '长春汽车工业高级技工学校' }).click();
    // Wait for the record itself, not only the button: the toolbar re-renders while the page loads.
    await page.waitForURL(/institutions\/\d+\/show/);
    await page.getByRole('tab', { name: '基本信息' }).waitFor();
    await page.getByText('已开通').first().waitFor();
    const dialog = await openDialog(page, '停用');
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.getByText('请填写原因').waitFor();
    await dialog.getByRole('textbox').fill('年检不合格');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByText('已停用').first().waitFor();
    await page.getByRole('button', { name: '启用' }).waitFor();
  });
});
