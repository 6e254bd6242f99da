import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';
import type { ApiClient } from '../helpers/http';

/** The first application of a list filter the caller sees, with its record. */
async function first(api: ApiClient, filter: Record<string, unknown>) {
  const res = await api.list('title-applications', { filter, range: [0, 0] });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.length, `an application for ${JSON.stringify(filter)}`).toBe(1);
  return res.body[0] as { id: number; version: number; allowedActions: string[] };
}

/**
 * 催办 and 撤回 (#13 items 2 and 3) as the reviewers use them: the city bureau urges an overdue application
 * held below it (and is told when it already did today); the hospital takes back a pass it has not sent.
 */
describe.skipIf(!hasBrowser())('催办 and 撤回 on the title application page', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('shenhe_city urges an overdue application below it with a message; a second urge today is refused with who urged and when', async () => {
    const { page } = e;
    const city = await e.app.login('shenhe_city');
    const target = await first(city, { urgeable: true, overdue: true });
    expect(target.allowedActions).toEqual(['urge']);

    await signIn(page, e.app.url, 'shenhe_city');
    await page.getByText('，您好').waitFor();
    await page.goto(`${e.app.url}/#/title-applications/${target.id}/show`);
    await page.getByRole('heading', { name: new RegExp(`职称申报 #${target.id}`) }).waitFor();
    let dialog = await openDialog(page, '催办');
    await dialog.getByText(/每个申报每天只能催办一次/).waitFor();
    await dialog.getByLabel(/催办留言/).fill('已超过本级审核期限，请本周内办结。');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByText(/已催办，短信已通知 \d+ 名审核员/).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // Focus returns to the 催办 button that opened the dialog, not to <body>.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('催办');

    // The urge is in the progress, and the holding org sees it on its review home (API: its urges).
    await page.getByRole('tab', { name: '审核进度' }).click();
    await page.getByText('已超过本级审核期限，请本周内办结。').first().waitFor();

    await page.getByRole('tab', { name: '审核', exact: true }).click();
    dialog = await openDialog(page, '催办');
    await dialog.getByLabel(/催办留言/).fill('再催一次');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page
      .getByText(/该申报今天已由.*催办，每个申报每天只能催办一次/)
      .first()
      .waitFor();
  });

  it('shenhe_unit takes back a pass not yet sent, with a reason after a confirmation; it is 待审 here again', async () => {
    const { page } = e;
    const unit = await e.app.login('shenhe_unit');
    const pending = await first(unit, { status: 'pending', currentOrgId: 'mine', assigneeId: 'mine' });
    const passed = await unit.post(`/api/title-applications/${pending.id}/review`, {
      result: 'pass',
      opinion: '同意推荐',
      moduleErrors: [],
      version: pending.version,
    });
    expect(passed.status, JSON.stringify(passed.body)).toBe(200);
    expect(passed.body.allowedActions).toContain('withdraw');

    await signIn(page, e.app.url, 'shenhe_unit');
    await page.getByText('，您好').waitFor();
    await page.goto(`${e.app.url}/#/title-applications/${pending.id}/show`);
    await page.getByRole('heading', { name: new RegExp(`职称申报 #${pending.id}`) }).waitFor();
    const dialog = await openDialog(page, '撤回');
    await dialog.getByText(/确定撤回/).waitFor();
    await dialog.getByLabel(/撤回原因/).fill('意见填写有误，重新审核');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByText('已撤回', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '提交审核结果' }).waitFor();
    // The 撤回 button is gone with the action: focus goes to the record's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const after = (await unit.get(`/api/title-applications/${pending.id}`)).body;
    expect(after.status).toBe('pending');
    await page.getByRole('tab', { name: '审核进度' }).click();
    await page.getByText('意见填写有误，重新审核').first().waitFor();
  });
});
