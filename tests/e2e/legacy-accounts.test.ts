import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, signIn, startE2E, type E2E } from './browser';
import { createRng } from '../../db/seed/random';
import { legacyCsv, legacyFileRow } from '../../db/seed/legacyAccounts';

const listUrl = (base: string, filter: Record<string, unknown>) =>
  `${base}/#/legacy-accounts?filter=${encodeURIComponent(JSON.stringify(filter))}&order=DESC&sort=id`;

describe.skipIf(!hasBrowser())(
  'legacy accounts (历史用户), as the institution-management administrator (jigou01)',
  () => {
    let e: E2E;
    beforeAll(async () => {
      e = await startE2E();
      await signIn(e.page, e.app.url, 'jigou01');
      await e.page.getByText('机构管理员王强，您好').waitFor();
    });
    afterAll(() => e?.close());

    it('imports a small CSV and reads the report: two rows in, the bad one skipped with its row and reason', async () => {
      const { page } = e;
      const rng = createRng(4242);
      const rows = [
        legacyFileRow(rng, 900001),
        legacyFileRow(rng, 900002),
        legacyFileRow(rng, 900003, { passwordHash: 'not-hex' }),
      ];
      await page.goto(`${e.app.url}/#/legacy-accounts`);
      await page.getByText('各原系统升级进度').waitFor();
      await page.getByRole('link', { name: '导入历史账号' }).click();
      await page.getByRole('heading', { name: '导入历史账号', level: 1 }).waitFor();
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: '长春旧系统账号.csv', mimeType: 'text/csv', buffer: Buffer.from(legacyCsv(rows)) });
      await page.getByText('长春旧系统账号.csv').waitFor();
      await page.getByRole('button', { name: '开始导入' }).click();
      await page.getByText('已导入 2 条，跳过 1 条').waitFor();
      const skipped = page.getByRole('table', { name: '跳过原因' }).locator('tbody tr');
      await expect.poll(() => skipped.count()).toBe(1);
      expect(await skipped.first().textContent()).toMatch(/^4.*64 位十六进制/);
      await page.goto(listUrl(e.app.url, { q: rows[0].uscc }));
      await page.getByRole('cell', { name: rows[0].name }).waitFor();
    });

    it('unlocks the locked account with a reason; it then shows as waiting with no unlock button', async () => {
      const { page } = e;
      await page.goto(listUrl(e.app.url, { locked: true }));
      const row = page.locator('tbody tr').filter({ hasText: '已锁定' }).first();
      await row.waitFor();
      const code = (await row.locator('td').nth(0).textContent())!;
      await row.getByRole('button', { name: '解锁' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '确认' }).click();
      await dialog.getByText('解锁原因至少 2 个字').waitFor();
      await dialog.getByLabel('解锁原因').fill('已电话核实法定代表人身份');
      await dialog.getByRole('button', { name: '确认' }).click();
      await page.getByText('已解锁').first().waitFor();
      await page.goto(listUrl(e.app.url, { q: code }));
      const again = page.locator('tbody tr').filter({ hasText: code });
      await again.getByText('待升级').waitFor();
      expect(await again.getByRole('button', { name: '解锁' }).count()).toBe(0);
    });
  },
);
