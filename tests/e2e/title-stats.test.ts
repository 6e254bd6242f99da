import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

/** The province bureau passes three in batch and reads each one's result; the statistics draw; the sheet downloads. */
describe.skipIf(!hasBrowser())('batch pass, statistics and the result sheet', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('as shenhe_prov: batch-passes three pending applications and sees the per-item result', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'shenhe_prov');
    await page.getByText('省厅审核员孙涛，您好').waitFor();
    await page.goto(`${e.app.url}/#/title-applications`);
    const boxes = page.getByRole('checkbox', { name: /^选择此行/ });
    await boxes.nth(2).waitFor();
    for (const i of [0, 1, 2]) await boxes.nth(i).check();
    await openDialog(page, '批量通过');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('将所选的 3 条申报逐条审核通过').waitFor();
    await dialog.getByLabel('审核意见（每条申报使用同一意见）').fill('经省级审核，同意。');
    await dialog.getByRole('button', { name: '确认' }).click();
    const result = page.getByRole('list', { name: '批量通过结果' });
    await result.waitFor();
    expect(await result.getByRole('listitem').count()).toBe(3);
    expect(await result.locator('[data-outcome="passed"]').count()).toBe(3);
    // Each one was really reviewed: it no longer waits here, and its own step carries the one opinion.
    const ids = (await result.getByRole('listitem').allTextContents()).map((t) => Number(/#(\d+)/.exec(t)![1]));
    const api = await e.app.login('shenhe_prov');
    for (const id of ids) {
      const progress = await api.get(`/api/title-applications/${id}/progress`);
      expect(progress.body.status, `#${id}`).not.toBe('pending');
      expect(JSON.stringify(progress.body.steps), `#${id}`).toContain('经省级审核，同意。');
    }
  });

  it('as shenhe_prov: the statistics screen draws its chart and the result sheet downloads as .xlsx', async () => {
    const { page } = e;
    await page.goto(`${e.app.url}/#/title-stats`);
    await page.getByText('各市级人社部门').first().waitFor();
    await page.locator('figure svg').first().waitFor();
    expect(await page.locator('figure svg rect').count()).toBeGreaterThan(0);
    const href = await page.getByRole('link', { name: '下载评审结果汇总表' }).getAttribute('href');
    const bytes = await page.evaluate(async (url) => {
      const res = await fetch(url!, { credentials: 'same-origin' });
      const buf = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type'), head: [buf[0], buf[1]], size: buf.length };
    }, href);
    expect(bytes).toMatchObject({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      head: [0x50, 0x4b],
    });
  });
});
