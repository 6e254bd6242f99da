import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

/**
 * The demo materials were written next to the template database when it was seeded; each browser
 * test gets a fresh data folder, so they are copied there (as a restore of the uploads would be).
 */
function copySeededUploads(e: E2E) {
  const seeded = path.join(path.dirname(inject('e2e').templateDb), 'uploads');
  if (fs.existsSync(seeded)) fs.cpSync(seeded, e.app.ctx.config.uploadDir, { recursive: true });
}

describe.skipIf(!hasBrowser())('account appeals, as the appeal agent (kefu01)', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
    copySeededUploads(e);
    await signIn(e.page, e.app.url, 'kefu01');
    await e.page.getByText('客服张敏，您好').waitFor();
  });
  afterAll(() => e?.close());

  it('claims the oldest waiting appeal, inspects a material, approves it, and sees the unit and the queued SMS', async () => {
    const { page } = e;
    // From the dashboard's counters to the appeals waiting to be claimed, oldest deadline first.
    await page.getByRole('link', { name: /待领取/ }).click();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => rows.first().textContent()).toContain('待受理');
    const id = (await rows.first().locator('td.column-id').textContent())!.trim();
    const dueDates = await rows.locator('td.column-dueDate').allTextContents();
    expect([...dueDates].sort()).toEqual(dueDates);
    const name = (await rows.first().locator('td.column-name').textContent())!.trim();
    await rows.first().click();
    await page.getByText(`账号申诉 #${id}`).waitFor();

    // 领取 (with a confirmation), then the decisions appear.
    const claim = await openDialog(page, '领取');
    await claim.getByRole('button', { name: '确认' }).click();
    await page.getByRole('button', { name: '通过', exact: true }).waitFor();
    await page.getByText('办理人：客服张敏').waitFor();

    // Inspect the legal representative's ID photo: zoom and rotate it, then mark it acceptable.
    await page.getByRole('tab', { name: /法人身份证（人像面）/ }).click();
    const photo = page.getByRole('img', { name: '法人身份证人像面.png' });
    await photo.waitFor();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 100)).toBe(true);
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '旋转' }).click();
    await expect.poll(() => photo.evaluate((img) => img.style.transform)).toBe('scale(1.25) rotate(90deg)');
    await page.getByRole('button', { name: '合格', exact: true }).click();
    await page.getByRole('button', { name: '保存审核结果' }).click();
    await page.getByText('已审核 1/7 项材料').waitFor();

    // Approval needs every material checked acceptable: the dialog says how far the checklist is.
    const early = await openDialog(page, '通过');
    await early.getByText('材料核验：已核验 1 / 7 项，合格 1 项。').waitFor();
    await early.getByRole('button', { name: '取消' }).click();
    await early.waitFor({ state: 'hidden' });
    const tabs = page.getByRole('tab').filter({ hasText: /营业执照|授权书|身份证/ });
    for (let i = 0; i < 7; i++) {
      const tab = tabs.nth(i);
      if (/法人身份证（人像面）/.test((await tab.textContent()) ?? '')) continue;
      await tab.click();
      await page.getByRole('button', { name: '合格', exact: true }).click();
      await page.getByRole('button', { name: '保存审核结果' }).click();
      await page.getByText(`已审核 ${i < 2 ? i + 2 : i + 1}/7 项材料`).waitFor();
    }

    // 通过: the dialog says what will happen; afterwards the appeal is decided.
    const approve = await openDialog(page, '通过');
    await approve.getByText('材料核验：7 项材料均已核验合格。').waitFor();
    await approve.getByText(/结果将短信通知 1\d\d\*\*\*\*\d{4}/).waitFor();
    await approve.getByRole('button', { name: '确认' }).click();
    await page.getByText(/处理结果：已通过（客服张敏/).waitFor();

    // The SMS with the result is queued for the appeal's mobile.
    await page.getByRole('tab', { name: '短信通知' }).click();
    const sms = page.getByRole('row').filter({ hasText: '已审核通过' });
    await sms.waitFor();
    expect(await sms.textContent()).toContain('待发送');
    await page.getByRole('tab', { name: '办理进度' }).click();
    const progress = page.getByRole('list', { name: '办理进度' });
    await progress
      .locator('li')
      .filter({ hasText: /^审核通过/ })
      .waitFor();
    await progress
      .locator('li')
      .filter({ hasText: /^短信待发送/ })
      .waitFor();

    // And the unit, created (pending activation) or changed by the approval.
    await page.getByRole('tab', { name: '审核' }).click();
    await page.getByRole('link', { name: /查看单位/ }).click();
    await expect.poll(() => page.url()).toMatch(/#\/units\/\d+\/show/);
    await page.getByText(name).first().waitFor();
  });

  it('marks a material unacceptable and asks for a supplement in one SMS; the deadline pauses', async () => {
    const { page } = e;
    await page.goto(
      `${e.app.url}/#/appeals?filter=${encodeURIComponent(JSON.stringify({ status: 'processing', assigneeId: 'mine' }))}`,
    );
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    await rows.first().click();
    await page.getByRole('button', { name: '要求补正' }).waitFor();

    await page.getByRole('tab', { name: /申诉授权书/ }).click();
    await page.getByRole('button', { name: '不合格', exact: true }).click();
    // Without a note the server says what is missing, under the field.
    await page.getByRole('button', { name: '保存审核结果' }).click();
    await page.getByText('请说明不合格的原因').waitFor();
    await page.locator('input[name="checkNote"]').fill('未加盖单位公章');
    await page.getByRole('button', { name: '保存审核结果' }).click();
    await page
      .getByText(/不合格：未加盖单位公章|已审核 \d\/7 项材料/)
      .first()
      .waitFor();

    const dialog = await openDialog(page, '要求补正');
    // The unacceptable material is already ticked, with its note.
    await expect
      .poll(() => dialog.getByRole('checkbox', { name: /申诉授权书（未加盖单位公章）/ }).isChecked())
      .toBe(true);
    await dialog.getByRole('checkbox', { name: /经办人手持身份证照片/ }).check();
    await dialog.locator('textarea[name="note"]').fill('请使用模板重新填写');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByText(/已要求补正：申诉授权书、经办人手持身份证照片/).waitFor();
    await page.getByText('补正中 · 暂停计时').waitFor();

    await page.getByRole('tab', { name: '短信通知' }).click();
    const sms = page.getByRole('row').filter({ hasText: '需补正以下材料' });
    await sms.waitFor();
    expect(await sms.count()).toBe(1);
    expect(await sms.textContent()).toContain('1.申诉授权书（未加盖单位公章）；2.经办人手持身份证照片');
  });

  it('rejects an appeal with a common reason picked from the list', async () => {
    const { page } = e;
    await page.goto(
      `${e.app.url}/#/appeals?filter=${encodeURIComponent(JSON.stringify({ status: 'processing', assigneeId: 'mine' }))}`,
    );
    await page.locator('tbody tr').first().click();
    const dialog = await openDialog(page, '驳回');
    // Confirming without a reason is stopped before anything is sent.
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.getByText('请填写原因').waitFor();
    await dialog.getByLabel('常用驳回原因').click();
    await page.getByRole('option', { name: '申诉授权书未使用模板或未加盖单位公章' }).click();
    await expect
      .poll(() => dialog.locator('textarea[name="reason"]').inputValue())
      .toBe('申诉授权书未使用模板或未加盖单位公章');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByText(/处理结果：已驳回/).waitFor();
    await page.getByText('申诉授权书未使用模板或未加盖单位公章').first().waitFor();
  });
});
