import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import type { ApiClient } from '../helpers/http';
import { residentIdFor, tinyPdf } from '../helpers/fixtures';
import { batchForm, buildTitleApplication, createTitlePlan, submitTitleApplication } from '../helpers/titles';
import { verifyAuditChain } from '../../server/modules/audit-logs/audit-logs.service';
import { BATCH_MAX } from '../../server/modules/submission-batches/submission-batches.schemas';

let t: TestApp;
let unit: ApiClient;
let ids: number[];
let unpassed: number;

const sqlite = () => t.db.$client;
const count = (q: string, ...args: unknown[]) =>
  (
    sqlite()
      .prepare(q)
      .get(...args) as { n: number }
  ).n;
const columnsOf = (table: string, skip: string[]) =>
  (sqlite().prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[])
    .map((c) => c.name)
    .filter((c) => !skip.includes(c));

/** What the writes of a batch touch, to show a refused one left everything as it was. */
const footprint = () => ({
  awaiting: count(`SELECT count(*) AS n FROM title_applications WHERE status = 'awaiting_submission'`),
  versions: count(`SELECT sum(version) AS n FROM title_applications`),
  steps: count('SELECT count(*) AS n FROM title_review_steps'),
  visits: count('SELECT count(*) AS n FROM title_application_orgs'),
  items: count('SELECT count(*) AS n FROM submission_batch_items'),
  batches: count('SELECT count(*) AS n FROM submission_batches'),
  audits: count('SELECT count(*) AS n FROM audit_logs'),
  files: count('SELECT count(*) AS n FROM files'),
  onDisk: fs.existsSync(t.ctx.config.uploadDir) ? fs.readdirSync(t.ctx.config.uploadDir).length : 0,
});

/**
 * `n - 1` copies of one application the intake took and the unit passed (row, arrivals, steps), in raw
 * SQL: 10,000 intakes through HTTP would take minutes. Returns all n ids, the original first.
 */
function cloneAwaiting(template: number, n: number) {
  const apps = columnsOf('title_applications', ['id']).join(', ');
  const steps = columnsOf('title_review_steps', ['id', 'application_id']).join(', ');
  sqlite().transaction(() => {
    const first = count('SELECT max(id) + 1 AS n FROM title_applications');
    sqlite()
      .prepare(
        `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ?) INSERT INTO title_applications (${apps}) SELECT ${apps} FROM title_applications, k WHERE id = ? ORDER BY i`,
      )
      .run(n - 1, template);
    sqlite()
      .prepare(
        `INSERT INTO title_application_orgs (org_id, application_id, arrived_at) SELECT v.org_id, a.id, v.arrived_at FROM title_application_orgs v, title_applications a WHERE v.application_id = ? AND a.id >= ?`,
      )
      .run(template, first);
    sqlite()
      .prepare(
        `INSERT INTO title_review_steps (application_id, ${steps}) SELECT a.id, ${steps.replace(/(\w+)/g, 's.$1')} FROM title_review_steps s, title_applications a WHERE s.application_id = ? AND a.id >= ? ORDER BY a.id, s.id`,
      )
      .run(template, first);
  })();
  return [
    template,
    ...(
      sqlite().prepare('SELECT id FROM title_applications WHERE id > ? ORDER BY id').all(template) as { id: number }[]
    )
      .map((r) => r.id)
      .filter((id) => id !== unpassed),
  ];
}

beforeAll(async () => {
  t = await startTestApp();
  const admin = await t.login('admin');
  unit = await t.login('shenhe_unit');
  const planId = (await createTitlePlan(admin)).id;
  let people = 0;
  const submit = async () => {
    const res = await submitTitleApplication(
      t,
      buildTitleApplication(t, {
        planId,
        applicant: { name: '王秀兰', idNumber: residentIdFor(++people), phone: '13604312345' },
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as number;
  };
  const template = await submit();
  unpassed = await submit();
  const version = (await unit.get(`/api/title-applications/${template}`)).body.version;
  expect(
    (
      await unit.post(`/api/title-applications/${template}/review`, {
        result: 'pass',
        opinion: '材料齐全，同意推荐。',
        moduleErrors: [],
        version,
      })
    ).status,
  ).toBe(200);
  ids = cloneAwaiting(template, BATCH_MAX);
  expect(ids).toHaveLength(BATCH_MAX);
  expect(count(`SELECT count(*) AS n FROM title_applications WHERE status = 'awaiting_submission'`)).toBe(BATCH_MAX);
}, 60_000);
afterAll(() => t.close());

describe('a batch of 10,000 applications', () => {
  it('when one id among them is not awaiting submission, then 409 names it and nothing moves, no file kept', async () => {
    const before = footprint();
    const res = await unit.post(
      '/api/submission-batches',
      batchForm([...ids.slice(0, 5_000), unpassed, ...ids.slice(5_000, -1)]),
    );
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(409);
    expect(res.body.message).toContain(`#${unpassed}`);
    expect(res.body.details).toEqual([
      expect.objectContaining({ id: unpassed, reason: expect.stringContaining('待审') }),
    ]);
    expect(footprint()).toEqual(before);
  });

  it('when all 10,000 await submission, then 201 and every one moves up with its step, arrival, item and chained audit row', async () => {
    const before = footprint();
    const lastAudit = count('SELECT max(id) AS n FROM audit_logs');
    const res = await unit.post('/api/submission-batches', batchForm(ids));
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(201);
    const batchId = res.body.id as number;
    expect(res.body.applicationCount).toBe(BATCH_MAX);
    const toOrg = res.body.toOrgId as number;
    const json = JSON.stringify(ids);
    expect(
      count(
        `SELECT count(*) AS n FROM title_applications WHERE id IN (SELECT value FROM json_each(?)) AND status = 'pending' AND current_org_id = ? AND current_step = 1 AND assignee_id IS NULL`,
        json,
        toOrg,
      ),
    ).toBe(BATCH_MAX);
    expect(
      count(`SELECT count(*) AS n FROM title_review_steps WHERE kind = 'forwarded' AND batch_id = ?`, batchId),
    ).toBe(BATCH_MAX);
    expect(count('SELECT count(*) AS n FROM title_application_orgs WHERE org_id = ?', toOrg)).toBe(BATCH_MAX);
    expect(count('SELECT count(*) AS n FROM submission_batch_items WHERE batch_id = ?', batchId)).toBe(BATCH_MAX);
    expect(footprint()).toMatchObject({
      awaiting: before.awaiting - BATCH_MAX,
      versions: before.versions + BATCH_MAX,
      steps: before.steps + BATCH_MAX,
      audits: before.audits + BATCH_MAX + 1,
      files: before.files + 1,
    });

    const audits = sqlite()
      .prepare(
        'SELECT id, action, resource_id AS resourceId, prev_hash AS prevHash, hash FROM audit_logs WHERE id > ? ORDER BY id',
      )
      .all(lastAudit) as { id: number; action: string; resourceId: string; prevHash: string; hash: string }[];
    expect(audits.filter((a) => a.action === 'titleApplications.forward').map((a) => Number(a.resourceId))).toEqual(
      ids,
    );
    expect(audits.at(-1)).toMatchObject({ action: 'submissionBatches.create', resourceId: String(batchId) });
    audits.forEach((a, i) => i && expect(a.prevHash).toBe(audits[i - 1].hash));
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('when 10,001 ids are sent (as a JSON array field), then 400 naming the cap', async () => {
    const form = new FormData();
    form.append('applicationIds', JSON.stringify(Array.from({ length: BATCH_MAX + 1 }, (_, i) => i + 1)));
    form.append('attachment', new Blob([new Uint8Array(tinyPdf())]), '推荐报告.pdf');
    const res = await unit.post('/api/submission-batches', form);
    expect(res.status).toBe(400);
    expect(res.body.errors.applicationIds).toContain(String(BATCH_MAX));
  });
});
