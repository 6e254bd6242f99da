import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TITLE_MODULES } from '../../client/resources/title-applications/choices';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

/**
 * 委托 (#13 item 5) as its people use it. The demo has shenhe_unit on leave with shenhe_unit2 reviewing
 * for them today: the delegate finds the delegator's claimed work in 我的待办 and passes one "代" them;
 * then the delegator ends the delegation from its page.
 */
describe.skipIf(!hasBrowser())('委托: the delegate reviews for the reviewer on leave', () => {
  let e: E2E;
  let applicationId: number;
  let delegatorName: string;
  beforeAll(async () => {
    e = await startE2E();
    const delegator = await e.app.login('shenhe_unit');
    delegatorName = (await delegator.get('/api/auth/me')).body.name as string;
    // One of the delegator's own claimed, pending applications: the work the delegate takes over.
    const theirs = await delegator.list('title-applications', {
      filter: { assigneeId: 'mine', status: 'pending' },
      range: [0, 0],
    });
    expect(theirs.status).toBe(200);
    expect(theirs.body.length, 'the demo has pending work claimed by shenhe_unit').toBe(1);
    applicationId = theirs.body[0].id as number;
  });
  afterAll(() => e?.close());

  it('shenhe_unit2 sees the banner and shenhe_unit’s work in 我的待办, passes one, and the progress says 代 … 审核', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'shenhe_unit2');
    await page.getByText('，您好').waitFor();
    await page.goto(`${e.app.url}/#/title-review`);
    await page.getByText(`您正在代 ${delegatorName} 审核，至`).waitFor();

    const mine = encodeURIComponent(JSON.stringify({ assigneeId: 'mine', status: 'pending' }));
    await page.goto(`${e.app.url}/#/title-applications?filter=${mine}`);
    const row = page.locator('tbody tr').filter({ hasText: delegatorName }).first();
    await row.waitFor();
    await page.goto(`${e.app.url}/#/title-applications/${applicationId}/show`);
    await page.getByRole('heading', { name: new RegExp(`职称申报 #${applicationId}`) }).waitFor();
    await page.getByRole('button', { name: '提交审核结果' }).waitFor();
    await expect.poll(() => page.getByTestId('draft-status').textContent()).not.toContain('正在读取');

    // The review by its keys: the first module, 无误 nine times, 通过, an opinion, submit and confirm.
    await page.keyboard.press('j');
    for (let i = 0; i < TITLE_MODULES.length; i++) {
      await page.keyboard.press('y');
      await page
        .getByRole('status')
        .filter({ hasText: `已标记 ${i + 1}/9 个模块` })
        .waitFor();
    }
    await page.keyboard.press('p');
    await page.locator('textarea[name="opinion"]').fill('材料齐全，同意推荐（代为审核）');
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByText(/本级已审核通过/).waitFor();

    await page.getByRole('tab', { name: '审核进度' }).click();
    await page.getByText(`代 ${delegatorName} 审核`).first().waitFor();
    expect(await page.getByText('材料齐全，同意推荐（代为审核）').count()).toBeGreaterThan(0);
  });

  it('shenhe_unit ends the delegation from its page after a confirmation; it then reads 已结束 and the banner is gone', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'shenhe_unit');
    await page.getByText('，您好').waitFor();
    await page.goto(`${e.app.url}/#/delegations`);
    const row = page.locator('tbody tr').filter({ hasText: '生效中' }).first();
    await row.waitFor();
    await row.click();
    await page.getByRole('heading', { name: /审核委托详情/ }).waitFor();
    const dialog = await openDialog(page, '结束委托');
    await dialog.getByText(/确定结束这项委托吗/).waitFor();
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('main').getByText('已结束').waitFor();
    // The button is gone with the action, so focus goes to the record's heading, not to <body>.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.goto(`${e.app.url}/#/title-review`);
    await page.getByRole('heading', { name: '职称审核' }).first().waitFor();
    expect(await page.getByText('您已委托').count()).toBe(0);
  });
});
