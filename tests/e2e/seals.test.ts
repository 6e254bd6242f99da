import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, gt } from 'drizzle-orm';
import { operators, sealGrants, seals, units } from '../../db/schema';
import { hasBrowser, openDialog, signIn, startE2E, type E2E } from './browser';

describe.skipIf(!hasBrowser())('electronic seals and the sign-in check (seed 002)', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(() => e?.close());

  it('jigou01 opens a unit’s 电子印章 tab, sees the drawn seal and its grants, and voids it with a reason', async () => {
    const { page, app } = e;
    // An active 单位公章 of an active demo unit with a grant still running (the seed gives the first units seals).
    const today = new Date().toISOString().slice(0, 10);
    const row = app.db
      .select({ sealId: seals.id, unitId: seals.unitId, name: seals.name, grantee: sealGrants.personName })
      .from(seals)
      .innerJoin(units, eq(units.id, seals.unitId))
      .innerJoin(sealGrants, eq(sealGrants.sealId, seals.id))
      .where(
        and(
          eq(seals.status, 'active'),
          eq(seals.type, 'official'),
          eq(units.status, 'active'),
          eq(sealGrants.status, 'active'),
          gt(sealGrants.validTo, today),
        ),
      )
      .orderBy(asc(seals.id))
      .get();
    expect(row, 'the demo data has an active seal with a running grant').toBeTruthy();
    const { sealId, unitId, name, grantee } = row!;

    await signIn(page, app.url, 'jigou01');
    await page.getByText('机构管理员王强，您好').waitFor();
    await page.goto(`${app.url}/#/units/${unitId}/show/seals`);
    const stamp = page.getByRole('img', { name: `单位公章：${name}` });
    await stamp.waitFor();
    // Drawn as it stamps: the unit name runs along the arc in the SVG.
    expect(await stamp.locator('text').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('单位公章')]),
    );
    // The seal's own card: the show page's outer card holds the stamp too, and comes first.
    const card = page.locator('.MuiCard-root').filter({ has: stamp }).last();
    await card.getByRole('cell', { name: grantee }).first().waitFor();
    await card.getByText('有效').first().waitFor();

    const dialog = page.getByRole('dialog');
    await expect
      .poll(
        async () => {
          if (!(await dialog.isVisible()))
            await card
              .getByRole('button', { name: '作废印章' })
              .click({ timeout: 5_000 })
              .catch(() => undefined);
          return dialog.isVisible();
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.getByText('请填写原因').first().waitFor();
    await dialog.getByLabel('原因').fill('单位报告印章被盗用');
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await card.getByText('单位报告印章被盗用').waitFor();
    await card
      .getByText(/已作废/)
      .first()
      .waitFor();
    await card.getByText('已撤销').first().waitFor();
    await expect.poll(() => app.db.select().from(seals).where(eq(seals.id, sealId)).get()!.status).toBe('voided');
    const grants = app.db.select().from(sealGrants).where(eq(sealGrants.sealId, sealId)).all();
    expect(grants.every((g) => g.status === 'revoked')).toBe(true);
  });

  it('kefu01 runs the sign-in check for a caller whose operator validity has run out and reads the fix', async () => {
    const { page, app } = e;
    // An operator of an active unit whose 有效期 ended last year (set on this copy of the demo data).
    const op = app.db
      .select({ id: operators.id, unitId: operators.unitId, name: operators.name, idNumber: operators.idNumber })
      .from(operators)
      .innerJoin(units, eq(units.id, operators.unitId))
      .where(and(eq(units.status, 'active'), eq(operators.status, 'active'), eq(operators.idType, 'resident_id')))
      .orderBy(asc(operators.id))
      .get()!;
    const ended = `${new Date().getFullYear() - 1}-12-31`;
    app.db
      .update(operators)
      .set({ validFrom: `${new Date().getFullYear() - 3}-01-01`, validTo: ended })
      .where(eq(operators.id, op.id))
      .run();

    await signIn(page, app.url, 'kefu01');
    await page.getByText('客服张敏，您好').waitFor();
    await page.goto(`${app.url}/#/units/${op.unitId}/show`);
    const dialog = await openDialog(page, '扫码登录核验');
    await dialog.getByLabel('来电人姓名').fill(op.name);
    await dialog.getByLabel('证件号码').fill(op.idNumber);
    await dialog.getByLabel('登录方式').click();
    await page.getByRole('option', { name: '吉事办扫码' }).click();
    await dialog.getByRole('button', { name: '核验' }).click();

    await dialog.getByText('核验未通过：请按下列办法处理').waitFor();
    const line = dialog.locator('[data-check="operator_valid_today"]');
    await line.getByText(`经办人有效期已于 ${ended} 结束`, { exact: false }).waitFor();
    await line.getByText(/在【我的】→【我的经办人】中点击该经办人的【编辑】，修改有效期后再扫码登录/).waitFor();
  });

  it('kefu01’s dashboard charts the last 7 days’ failures by reason, and a bar opens those events', async () => {
    const { page, app } = e;
    await signIn(page, app.url, 'kefu01');
    await page.getByText('客服张敏，您好').waitFor();
    const chart = page.getByRole('list', { name: '近 7 天扫码登录失败原因' });
    const bar = chart.getByRole('link', { name: /^经办人有效期已过：\d+ 次，查看记录$/ });
    await bar.waitFor();
    const count = Number(/：(\d+) 次/.exec((await bar.getAttribute('aria-label')) ?? '')![1]);
    expect(count).toBeGreaterThan(0);
    await bar.click();
    await expect.poll(() => decodeURIComponent(page.url())).toContain('"reason":"operator_expired"');
    const rows = page.locator('tbody tr');
    await expect.poll(async () => /经办人有效期已过/.test((await rows.first().textContent()) ?? '')).toBe(true);
    await expect.poll(() => rows.count()).toBe(Math.min(count, 10));
    expect(await rows.allTextContents()).toEqual(
      Array(Math.min(count, 10)).fill(expect.stringContaining('经办人有效期已过')),
    );
  });
});
