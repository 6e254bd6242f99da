import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppealFields, submitAppeal } from '../helpers/appeals';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

// Issue 14 items 2 and 3 in the console: an agent merges a duplicate appeal; the audit administrator reads and exports the log.
describe.skipIf(!hasBrowser())('merging a duplicate appeal, and the audit administrator’s log', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('kefu01 sees the duplicate marked in the queue, merges it into the open appeal, and both pages say so', async () => {
    const { page } = e;
    const fields = buildAppealFields();
    const keptId = await submitAppeal(e.app, fields);
    const dupId = await submitAppeal(e.app, { uscc: fields.uscc });
    await signIn(page, e.app.url, 'kefu01');
    await page.getByText('客服张敏，您好').waitFor();

    await page.goto(`${e.app.url}/#/appeals?filter=${encodeURIComponent(JSON.stringify({ q: fields.uscc }))}`);
    await page.getByText(`疑似重复 #${keptId}`).first().waitFor();

    await page.goto(`${e.app.url}/#/appeals/${dupId}/show`);
    await page.getByText(`账号申诉 #${dupId}`).waitFor();
    const dialog = await openDialog(page, `并入此申诉 #${keptId}`);
    await dialog.getByText(`全部材料转入申诉 #${keptId}`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByRole('link', { name: `已合并至申诉 #${keptId}` }).click();

    await page.getByText(`账号申诉 #${keptId}`).waitFor();
    await page.getByText('补充材料（由重复申诉并入）').waitFor();
    expect(await page.getByRole('link', { name: `来自申诉 #${dupId}` }).count()).toBe(7);
    await page.getByRole('tab', { name: '办理进度' }).click();
    await page.getByText('重复申诉并入').first().waitFor();
  });

  it('the audit administrator reads the merge in the log and exports it as CSV', async () => {
    const { page } = e;
    await signIn(page, e.app.url, 'auditor');
    await page.getByText('审计管理员何平，您好').waitFor();
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByText('链完整：', { exact: false }).first().waitFor();
    await page.getByRole('combobox', { name: '操作', exact: true }).click();
    await page.getByRole('option', { name: '合并重复申诉', exact: true }).click();
    await expect.poll(() => page.url()).toContain(encodeURIComponent('"action":"appeals.merge"'));
    const row = page.locator('table tbody tr').filter({ hasText: '合并重复申诉' }).filter({ hasText: '客服张敏' });
    await row.first().waitFor();

    // The URL changes before the list re-renders with the filter: the link must carry it before the click.
    const exportLink = page.getByRole('link', { name: '导出 CSV' });
    await expect
      .poll(() => exportLink.getAttribute('href'))
      .toContain(encodeURIComponent(JSON.stringify({ action: 'appeals.merge' })));
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    // The CSV is the list as filtered on screen: the merge rows, not the merged-in rows beside them.
    const lines = csv.trim().split(/\r?\n/).slice(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('appeals.merge');
    expect(csv).not.toContain('appeals.merged_in');
    const auditorApi = await e.app.login('auditor');
    const mergedIn = await auditorApi.list('audit-logs', { filter: { action: 'appeals.merged_in' } });
    expect(mergedIn.body.length, 'the merged-in side is logged too').toBeGreaterThan(0);
    // The export is itself audited, under the audit administrator's name.
    const exports = await auditorApi.list('audit-logs', { filter: { action: 'auditLogs.export' } });
    expect(exports.body[0]).toMatchObject({ actorName: '审计管理员何平' });
  });
});
