import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

describe.skipIf(!hasBrowser())('an action dialog, when someone else changed the record first', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('when the record changed behind the dialog, then the 409 message shows and the page reloads the record as it now stands', async () => {
    const { page } = e;
    // 三员分立: disabling accounts is the security administrator's.
    const admin = await e.app.login('secadmin');
    const [kefu02] = (await admin.get(`/api/staff?filter=${encodeURIComponent(JSON.stringify({ q: 'kefu02' }))}`)).body;
    await signIn(page, e.app.url, 'secadmin');
    await page.getByText('安全管理员郑洁，您好').waitFor();
    await page.goto(`${e.app.url}/#/staff/${kefu02.id}`);
    await page.getByRole('textbox', { name: '姓名' }).waitFor();
    const dialog = await openDialog(page, '停用');

    // A colleague disables the same account while the dialog is open.
    expect((await admin.post(`/api/staff/${kefu02.id}/disable`, { version: kefu02.version })).status).toBe(200);

    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByRole('alert').filter({ hasText: '该记录已被他人修改，请刷新后重试' }).first().waitFor();
    // The reloaded record no longer offers 停用 but 启用.
    await page.getByRole('button', { name: '启用', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '停用', exact: true }).count()).toBe(0);
  });
});
