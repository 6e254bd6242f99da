import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { appealMaterials, appeals, auditLogs, files, notifications, unitChanges, units } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { totalOf, type ApiClient } from '../helpers/http';
import { seedUnit } from '../helpers/units';
import { INTAKE_KEY, multipart, tinyJpeg, tinyPng } from '../helpers/fixtures';
import {
  buildAppealFields,
  checkAllMaterials,
  intakeAppeal,
  seedProcessingAppeal,
  submitAppeal,
} from '../helpers/appeals';

let t: TestApp;
let kefu01: ApiClient;
let kefu02: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  kefu01 = await t.login('kefu01');
  kefu02 = await t.login('kefu02');
});
afterAll(() => t.close());

/** Moves the clock; sessions do not survive time travel, so the agents sign in again. */
async function travel(at: string) {
  t.clock.set(at);
  kefu01 = await t.login('kefu01');
  kefu02 = await t.login('kefu02');
}

const smsOf = (id: number) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.relatedType, 'appeals'), eq(notifications.relatedId, id)))
    .all();
const row = (id: number) => t.db.select().from(appeals).where(eq(appeals.id, id)).get()!;
const unitOf = (id: number) => t.db.select().from(units).where(eq(units.id, id)).get()!;

describe('the queue', () => {
  it('when appeals arrive on different days, then the default order is the oldest deadline first, and ID numbers and phones are masked', async () => {
    await travel('2026-11-03T10:00:00+08:00');
    const later = await submitAppeal(t, { name: '排序测试乙公司' });
    await travel('2026-11-02T10:00:00+08:00');
    const earlier = await submitAppeal(t, { name: '排序测试甲公司' });
    const res = await kefu01.list('appeals', { filter: { q: '排序测试' } });
    expect(res.status).toBe(200);
    expect(res.body.map((a: { id: number }) => a.id)).toEqual([earlier, later]);
    expect(res.body[0]).toMatchObject({
      dueDate: '2026-11-05',
      status: 'submitted',
      idNumber: '110***********002X',
      phone: '135****7850',
      overdue: false,
      allowedActions: ['claim', 'assign'],
    });
    expect(totalOf(res)).toBe(2);
  });

  it('when filtered by status, type, assignee (mine / unassigned / an id), overdue, USCC and submission dates, then only those come back', async () => {
    await travel('2026-11-02T09:00:00+08:00');
    const mine = await seedProcessingAppeal(t, kefu01, { name: '筛选测试我的公司' });
    const theirs = await seedProcessingAppeal(t, kefu02, { name: '筛选测试她的公司' });
    const open = await submitAppeal(t, { name: '筛选测试待受理公司' });
    const ids = async (filter: Record<string, unknown>) =>
      (await kefu01.list('appeals', { filter: { q: '筛选测试', ...filter } })).body
        .map((a: { id: number }) => a.id)
        .sort();
    expect(await ids({ assigneeId: 'mine' })).toEqual([mine.id]);
    expect(await ids({ assigneeId: 'unassigned' })).toEqual([open]);
    expect(await ids({ assigneeId: theirs.assigneeId })).toEqual([theirs.id]);
    expect(await ids({ status: 'processing' })).toEqual([mine.id, theirs.id].sort());
    expect(await ids({ status: 'undecided' })).toEqual([mine.id, theirs.id, open].sort());
    expect(await ids({ status: 'open' })).toEqual([mine.id, theirs.id, open].sort());
    expect(await ids({ type: 'info_change' })).toEqual([]);
    expect(await ids({ uscc: row(open).uscc })).toEqual([open]);
    expect(await ids({ q: row(open).uscc.slice(0, 12) })).toContain(open);
    expect(await ids({ submittedAt_gte: '2026-11-03' })).toEqual([]);
    expect(await ids({ submittedAt_lte: '2026-11-02' })).toEqual([mine.id, theirs.id, open].sort());
    expect(await ids({ overdue: true })).toEqual([]);
    // A week later (Mon 11-09) the deadline of Thu 11-05 has passed.
    await travel('2026-11-09T09:00:00+08:00');
    expect(await ids({ overdue: true })).toEqual([mine.id, theirs.id, open].sort());
    const list = await kefu01.list('appeals', { filter: { q: '筛选测试', overdue: true } });
    expect(list.body.every((a: { overdue: boolean }) => a.overdue)).toBe(true);
    await travel('2026-11-02T09:00:00+08:00');
  });

  it('when a filter or sort is not on the whitelist, then 400 names it', async () => {
    expect((await kefu01.list('appeals', { filter: { idNumber: '1' } })).status).toBe(400);
    expect((await kefu01.list('appeals', { filter: { status: 'lost' } })).status).toBe(400);
    expect((await kefu01.list('appeals', { sort: ['phone', 'ASC'] })).status).toBe(400);
    expect((await kefu01.list('appeals', { filter: { assigneeId: 'everyone' } })).status).toBe(400);
  });

  it('when the counters are asked for, then they give each status, overdue, mine and unassigned from the server', async () => {
    const res = await kefu01.get('/api/appeals/stats');
    expect(res.status).toBe(200);
    const byStatus = t.db
      .select()
      .from(appeals)
      .all()
      .reduce<Record<string, number>>((m, a) => ((m[a.status] = (m[a.status] ?? 0) + 1), m), {});
    expect(res.body.byStatus.submitted).toBe(byStatus.submitted);
    expect(res.body.byStatus.processing).toBe(byStatus.processing);
    expect(res.body).toMatchObject({ overdue: 0, mine: expect.any(Number), unassigned: byStatus.submitted });
    const undecided = ['submitted', 'processing', 'supplement_requested'];
    expect(res.body.mine).toBe(
      t.db
        .select()
        .from(appeals)
        .all()
        .filter((a) => a.assigneeId === t.seed.staffIds.kefu01 && undecided.includes(a.status)).length,
    );
    expect(res.body.mine).toBeGreaterThan(0);
  });

  it('lists the agents an appeal can be assigned to', async () => {
    const res = await kefu01.get('/api/appeals/agents');
    expect(res.body.map((a: { username: string }) => a.username)).toEqual(['kefu01', 'kefu02']);
  });
});

describe('claiming and assigning', () => {
  it('when an agent claims a submitted appeal, then it is processing, theirs, audited and on the timeline', async () => {
    const id = await submitAppeal(t);
    const res = await kefu01.post(`/api/appeals/${id}/claim`, { version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'processing', assigneeName: '客服张敏', version: 2 });
    expect(res.body.allowedActions.sort()).toEqual(['approve', 'assign', 'checklist', 'reject', 'requestSupplement']);
    expect(
      t.db
        .select()
        .from(auditLogs)
        .where(and(eq(auditLogs.action, 'appeals.claim'), eq(auditLogs.resourceId, String(id))))
        .all(),
    ).toHaveLength(1);
    const timeline = (await kefu01.get(`/api/appeals/${id}/timeline`)).body;
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'claimed']);
    // The other agent sees it taken: no decisions, only reassignment.
    expect((await kefu02.get(`/api/appeals/${id}`)).body.allowedActions).toEqual(['assign']);
  });

  it('when two agents claim the same appeal at once, then exactly one wins and the other gets 409', async () => {
    const id = await submitAppeal(t);
    const results = await Promise.all([
      kefu01.post(`/api/appeals/${id}/claim`, { version: 1 }),
      kefu02.post(`/api/appeals/${id}/claim`, { version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.message).toMatch(/已由客服.+领取/);
    expect(
      t.db
        .select()
        .from(auditLogs)
        .where(and(eq(auditLogs.action, 'appeals.claim'), eq(auditLogs.resourceId, String(id))))
        .all(),
    ).toHaveLength(1);
  });

  it('when the version is stale or missing, then 409 / 400 and nothing changes', async () => {
    const id = await submitAppeal(t);
    expect((await kefu01.post(`/api/appeals/${id}/claim`, { version: 7 })).status).toBe(409);
    expect((await kefu01.post(`/api/appeals/${id}/claim`, {})).status).toBe(400);
    expect(row(id).status).toBe('submitted');
  });

  it('when an agent assigns an appeal to a colleague, then the colleague handles it; a non-agent or the same person is refused', async () => {
    const id = await submitAppeal(t);
    const kefu02Id = t.seed.staffIds.kefu02;
    expect(
      (await kefu01.post(`/api/appeals/${id}/assign`, { assigneeId: t.seed.staffIds.admin, version: 1 })).status,
    ).toBe(400);
    const res = await kefu01.post(`/api/appeals/${id}/assign`, { assigneeId: kefu02Id, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'processing', assigneeId: kefu02Id, assigneeName: '客服李静' });
    expect((await kefu01.post(`/api/appeals/${id}/assign`, { assigneeId: kefu02Id, version: 2 })).status).toBe(409);
    const audit = t.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, 'appeals.assign'), eq(auditLogs.resourceId, String(id))))
      .get()!;
    expect(audit.summary).toContain('客服李静');
    // Back to kefu01, who may then decide.
    const back = await kefu02.post(`/api/appeals/${id}/assign`, { assigneeId: t.seed.staffIds.kefu01, version: 2 });
    expect(back.body.assigneeName).toBe('客服张敏');
  });

  it('when an agent who does not handle the appeal tries to decide, then 403', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    expect((await kefu02.post(`/api/appeals/${a.id}/approve`, { version: a.version })).status).toBe(403);
    expect((await kefu02.post(`/api/appeals/${a.id}/reject`, { reason: '材料不全', version: a.version })).status).toBe(
      403,
    );
    expect(
      (
        await kefu02.post(`/api/appeals/${a.id}/request-supplement`, {
          materials: ['businessLicense'],
          version: a.version,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await kefu02.post(`/api/appeals/${a.id}/checklist`, {
          field: 'businessLicense',
          verdict: 'acceptable',
          version: a.version,
        })
      ).status,
    ).toBe(403);
    expect(row(a.id).status).toBe('processing');
  });

  it('when a submitted appeal is decided before anyone claims it, then 409 names the state', async () => {
    const id = await submitAppeal(t);
    const res = await kefu01.post(`/api/appeals/${id}/approve`, { version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('待受理');
  });
});

describe('the review page', () => {
  it('shows the materials with their files, the deadline and a download for the agent only', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    const res = await kefu01.get(`/api/appeals/${a.id}`);
    expect(res.body.materials).toHaveLength(7);
    const front = res.body.materials.find((m: { field: string }) => m.field === 'legalRepIdFront');
    expect(front).toMatchObject({
      label: '法人身份证（人像面）',
      verdict: null,
      file: { mime: 'image/png', originalName: '法人身份证人像面.png' },
    });
    expect(res.body).toMatchObject({ dueDate: '2026-11-05', workingDaysLeft: 3, diff: null });
    const download = await kefu01.raw(`/api/files/${front.file.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    const jigou = await t.login('jigou01');
    expect((await jigou.raw(`/api/files/${front.file.id}`)).status).toBe(404);
  });

  it('when the agent marks a material unacceptable, a note is required; once marked, approval is refused until it is fixed', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    const noNote = await kefu01.post(`/api/appeals/${a.id}/checklist`, {
      field: 'businessLicense',
      verdict: 'unacceptable',
      version: a.version,
    });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors.note).toBeTruthy();
    expect(
      (
        await kefu01.post(`/api/appeals/${a.id}/checklist`, {
          field: 'selfie',
          verdict: 'acceptable',
          version: a.version,
        })
      ).status,
    ).toBe(400);
    const marked = await kefu01.post(`/api/appeals/${a.id}/checklist`, {
      field: 'businessLicense',
      verdict: 'unacceptable',
      note: '照片模糊',
      version: a.version,
    });
    expect(marked.status).toBe(200);
    expect(marked.body.materials.find((m: { field: string }) => m.field === 'businessLicense')).toMatchObject({
      verdict: 'unacceptable',
      note: '照片模糊',
      reviewedByName: '客服张敏',
    });
    const approve = await kefu01.post(`/api/appeals/${a.id}/approve`, { version: marked.body.version });
    expect(approve.status).toBe(409);
    expect(approve.body.message).toContain('企业营业执照原件');
    expect(
      (
        await kefu01.post(`/api/appeals/${a.id}/checklist`, {
          field: 'businessLicense',
          verdict: 'acceptable',
          version: a.version,
        })
      ).status,
    ).toBe(409);
    const fixed = await kefu01.post(`/api/appeals/${a.id}/checklist`, {
      field: 'businessLicense',
      verdict: 'acceptable',
      version: marked.body.version,
    });
    const all = await checkAllMaterials(kefu01, fixed.body);
    expect((await kefu01.post(`/api/appeals/${a.id}/approve`, { version: all.version })).status).toBe(200);
  });

  it('when materials are still unchecked, then approval is 409 naming each unchecked one and how many are acceptable, and nothing changes', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    const none = await kefu01.post(`/api/appeals/${a.id}/approve`, { version: a.version });
    expect(none.status).toBe(409);
    expect(none.body.message).toContain('已合格 0 / 7');
    expect(none.body.message).toContain('尚未核验 7 项');
    let record = a;
    for (const field of [
      'businessLicense',
      'authorizationLetter',
      'legalRepIdFront',
      'legalRepIdBack',
      'operatorIdFront',
    ]) {
      record = (
        await kefu01.post(`/api/appeals/${a.id}/checklist`, { field, verdict: 'acceptable', version: record.version })
      ).body;
    }
    const bad = (
      await kefu01.post(`/api/appeals/${a.id}/checklist`, {
        field: 'operatorIdBack',
        verdict: 'unacceptable',
        note: '反光',
        version: record.version,
      })
    ).body;
    const partly = await kefu01.post(`/api/appeals/${a.id}/approve`, { version: bad.version });
    expect(partly.status).toBe(409);
    expect(partly.body.message).toContain('已合格 5 / 7');
    expect(partly.body.message).toContain('尚未核验 1 项：经办人手持身份证');
    expect(partly.body.message).toContain('不合格');
    expect(partly.body.message).not.toContain('企业营业执照原件');
    expect(row(a.id)).toMatchObject({ status: 'processing', version: bad.version });
    expect(smsOf(a.id)).toHaveLength(0);
  });

  it('when a material is marked on an appeal nobody has claimed, or one waiting for a supplement, then 409 names the state and nothing changes', async () => {
    const id = await submitAppeal(t);
    const unclaimed = await kefu01.post(`/api/appeals/${id}/checklist`, {
      field: 'businessLicense',
      verdict: 'acceptable',
      version: 1,
    });
    expect(unclaimed.status).toBe(409);
    expect(unclaimed.body.message).toContain('待受理');
    expect(row(id)).toMatchObject({ status: 'submitted', version: 1 });
    const a = await seedProcessingAppeal(t, kefu01);
    const waiting = await kefu01.post(`/api/appeals/${a.id}/request-supplement`, {
      materials: ['businessLicense'],
      note: '请重新拍摄',
      version: a.version,
    });
    expect(waiting.status).toBe(200);
    const res = await kefu01.post(`/api/appeals/${a.id}/checklist`, {
      field: 'legalRepIdFront',
      verdict: 'acceptable',
      version: waiting.body.version,
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('待补正');
    expect(waiting.body.allowedActions).not.toContain('checklist');
    expect(row(a.id)).toMatchObject({ status: 'supplement_requested', version: waiting.body.version });
    expect(
      t.db
        .select()
        .from(appealMaterials)
        .where(and(eq(appealMaterials.appealId, a.id), eq(appealMaterials.field, 'legalRepIdFront')))
        .get()!.verdict,
    ).toBeNull();
  });

  it('lists other appeals with the same USCC as possible duplicates', async () => {
    const first = await submitAppeal(t);
    const uscc = row(first).uscc;
    const second = await submitAppeal(t, { uscc });
    const res = await kefu01.list('appeals', { filter: { uscc, id_ne: second } });
    expect(res.body.map((a: { id: number }) => a.id)).toEqual([first]);
  });

  it('when the agent reveals the personal data, then the full values come back and the reveal is audited', async () => {
    const id = await submitAppeal(t);
    const res = await kefu01.get(`/api/appeals/${id}/pii?reason=核对身份信息`);
    expect(res.body).toEqual({ idNumber: '11010519491231002X', phone: '13512347850' });
    expect(
      t.db
        .select()
        .from(auditLogs)
        .where(and(eq(auditLogs.action, 'appeals.pii_reveal'), eq(auditLogs.resourceId, String(id))))
        .all(),
    ).toHaveLength(1);
  });
});

describe('approving', () => {
  it('when an assisted registration is approved, then the unit exists pending activation via the appeal channel, and one SMS tells the account', async () => {
    const a = await checkAllMaterials(kefu01, await seedProcessingAppeal(t, kefu01));
    const res = await kefu01.post(`/api/appeals/${a.id}/approve`, { note: '材料齐全', version: a.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'approved',
      decidedByName: '客服张敏',
      allowedActions: [],
      unitId: expect.any(Number),
    });
    const unit = unitOf(res.body.unitId);
    expect(unit).toMatchObject({
      uscc: a.uscc,
      name: a.name,
      status: 'pending_activation',
      channel: 'appeal',
      account: a.account,
      phone: '13512347850',
      idNumber: '11010519491231002X',
      passwordHash: null,
    });
    const sms = smsOf(a.id);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ phone: '13512347850', status: 'queued' });
    expect(sms[0].content).toContain('已审核通过');
    expect(sms[0].content).toContain(a.account);
    expect(sms[0].content).toContain('备注：材料齐全');
    expect(
      t.db
        .select()
        .from(auditLogs)
        .where(and(eq(auditLogs.action, 'units.create'), eq(auditLogs.resourceId, String(unit.id))))
        .get()!.summary,
    ).toContain(`申诉 #${a.id}`);
    // A decided appeal is a dead end.
    expect(
      (await kefu01.post(`/api/appeals/${a.id}/reject`, { reason: '重复申诉', version: res.body.version })).status,
    ).toBe(409);
  });

  it('when the USCC got registered after the appeal came in, then approval is 409 with a clear message and nothing changes', async () => {
    const a = await checkAllMaterials(kefu01, await seedProcessingAppeal(t, kefu01));
    seedUnit(t, { uscc: a.uscc });
    const res = await kefu01.post(`/api/appeals/${a.id}/approve`, { version: a.version });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('不能通过');
    expect(res.body.errors.uscc).toContain('已注册');
    expect(row(a.id)).toMatchObject({ status: 'processing', unitId: null, version: a.version });
    expect(smsOf(a.id)).toHaveLength(0);
  });

  it('when the account name got taken meanwhile, then approval is 409 naming the account', async () => {
    const a = await checkAllMaterials(kefu01, await seedProcessingAppeal(t, kefu01));
    seedUnit(t, { account: a.account });
    const res = await kefu01.post(`/api/appeals/${a.id}/approve`, { version: a.version });
    expect(res.status).toBe(409);
    expect(res.body.errors.account).toBeTruthy();
  });

  it('when an info change is approved, then the diff showed it, the unit takes the new values with change history, and the SMS names the fields', async () => {
    const unitId = seedUnit(t, { status: 'active' });
    const u = unitOf(unitId);
    const submitted = await intakeAppeal(
      t,
      buildAppealFields({
        type: 'info_change',
        uscc: u.uscc,
        account: u.account,
        phone: '13904311234',
        changes: JSON.stringify({ phone: '13904311234', legalRepName: '李秀英', idNumber: '220102199001010076' }),
      }),
    );
    expect(submitted.status).toBe(201);
    const id = submitted.body.id;
    const claimed = await kefu01.post(`/api/appeals/${id}/claim`, { version: 1 });
    expect(claimed.body.diff).toEqual([
      { field: 'phone', label: '手机号码', current: '135****7850', requested: '139****1234', same: false },
      { field: 'legalRepName', label: '法定代表人姓名', current: '张伟', requested: '李秀英', same: false },
      {
        field: 'idNumber',
        label: '法定代表人证件号码',
        current: '110***********002X',
        requested: '220***********0076',
        same: false,
      },
    ]);
    expect(claimed.body.changes).toEqual({
      phone: '139****1234',
      legalRepName: '李秀英',
      idNumber: '220***********0076',
    });
    expect((await kefu01.get(`/api/appeals/${id}/pii?reason=核对身份信息`)).body).toMatchObject({
      requestedIdNumber: '220102199001010076',
      requestedPhone: '13904311234',
    });
    const checked = await checkAllMaterials(kefu01, claimed.body);
    const res = await kefu01.post(`/api/appeals/${id}/approve`, { version: checked.version });
    expect(res.status).toBe(200);
    expect(unitOf(unitId)).toMatchObject({
      phone: '13904311234',
      legalRepName: '李秀英',
      idNumber: '220102199001010076',
      uscc: u.uscc,
      version: u.version + 1,
    });
    const history = t.db.select().from(unitChanges).where(eq(unitChanges.unitId, unitId)).all();
    expect(history.map((h) => [h.field, h.source, h.changedByName]).sort()).toEqual([
      ['idNumber', 'appeal', '客服张敏'],
      ['legalRepName', 'appeal', '客服张敏'],
      ['phone', 'appeal', '客服张敏'],
    ]);
    expect(history.find((h) => h.field === 'phone')).toMatchObject({
      oldValue: '135****7850',
      newValue: '139****1234',
    });
    const sms = smsOf(id);
    expect(sms).toHaveLength(1);
    expect(sms[0].phone).toBe('13904311234');
    expect(sms[0].content).toContain('已修改：手机号码、法定代表人姓名、法定代表人证件号码');
  });

  it('when the unit of an info change was cancelled meanwhile, then approval is 409', async () => {
    const unitId = seedUnit(t, { status: 'active' });
    const u = unitOf(unitId);
    const submitted = await intakeAppeal(
      t,
      buildAppealFields({
        type: 'info_change',
        uscc: u.uscc,
        account: u.account,
        changes: JSON.stringify({ name: '新名称科技有限公司' }),
      }),
    );
    const claimed = await kefu01.post(`/api/appeals/${submitted.body.id}/claim`, { version: 1 });
    t.db.update(units).set({ status: 'cancelled' }).where(eq(units.id, unitId)).run();
    const checked = await checkAllMaterials(kefu01, claimed.body);
    const res = await kefu01.post(`/api/appeals/${submitted.body.id}/approve`, { version: checked.version });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('注销');
  });
});

describe('rejecting', () => {
  it('when no reason is given, then 400 and nothing changes', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    const res = await kefu01.post(`/api/appeals/${a.id}/reject`, { version: a.version });
    expect(res.status).toBe(400);
    expect(res.body.errors.reason).toBe('请填写驳回原因');
    expect((await kefu01.post(`/api/appeals/${a.id}/reject`, { reason: ' ', version: a.version })).status).toBe(400);
    expect(row(a.id).status).toBe('processing');
  });

  it('when rejected with a reason, then the SMS carries the reason and the timeline the decision', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    const res = await kefu01.post(`/api/appeals/${a.id}/reject`, {
      reason: '申诉授权书未加盖单位公章',
      version: a.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rejected', decisionNote: '申诉授权书未加盖单位公章' });
    const sms = smsOf(a.id);
    expect(sms).toHaveLength(1);
    expect(sms[0].content).toBe(
      `【人社网上办事大厅】您提交的账号申诉（辅助企业注册申诉，${a.name}）未通过审核，原因：申诉授权书未加盖单位公章。如有疑问请咨询 0431-80767550。`,
    );
    const timeline = (await kefu01.get(`/api/appeals/${a.id}/timeline`)).body;
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'claimed', 'rejected', 'sms_queued']);
  });

  it('when the SMS has gone out or failed, then the timeline says so', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    await kefu01.post(`/api/appeals/${a.id}/reject`, { reason: '材料不符合要求', version: a.version });
    const [sms] = smsOf(a.id);
    t.db
      .update(notifications)
      .set({ status: 'failed', lastError: '网关超时', updatedAt: t.clock.now().toISOString() })
      .where(eq(notifications.id, sms.id))
      .run();
    const timeline = (await kefu01.get(`/api/appeals/${a.id}/timeline`)).body;
    expect(timeline.at(-1)).toMatchObject({ kind: 'sms_failed', detail: expect.stringContaining('网关超时') });
    expect(timeline.at(-1).detail).toContain('135****7850');
  });
});

describe('asking for a supplement (补正) and receiving it', () => {
  it('when no material is named, then 400', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    expect(
      (await kefu01.post(`/api/appeals/${a.id}/request-supplement`, { materials: [], version: a.version })).status,
    ).toBe(400);
    expect(
      (await kefu01.post(`/api/appeals/${a.id}/request-supplement`, { materials: ['passport'], version: a.version }))
        .status,
    ).toBe(400);
  });

  it('round trip: one SMS lists everything, the clock stops, the hall sends exactly those materials, and the appeal is back with the same agent with a later deadline', async () => {
    await travel('2026-11-02T09:00:00+08:00');
    const a = await seedProcessingAppeal(t, kefu01);
    const checked = await kefu01.post(`/api/appeals/${a.id}/checklist`, {
      field: 'legalRepIdBack',
      verdict: 'unacceptable',
      note: '国徽面反光看不清',
      version: a.version,
    });
    // Tue 11-03: asked for two materials.
    await travel('2026-11-03T10:00:00+08:00');
    const asked = await kefu01.post(`/api/appeals/${a.id}/request-supplement`, {
      materials: ['legalRepIdBack', 'authorizationLetter'],
      note: '授权书须加盖公章',
      version: checked.body.version,
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      status: 'supplement_requested',
      paused: true,
      overdue: false,
      supplementMaterials: ['legalRepIdBack', 'authorizationLetter'],
      allowedActions: ['assign', 'reject'],
    });
    const sms = smsOf(a.id);
    expect(sms).toHaveLength(1);
    expect(sms[0].content).toContain('1.法人身份证（国徽面）（国徽面反光看不清）；2.申诉授权书');
    expect(sms[0].content).toContain('说明：授权书须加盖公章');
    const mats = t.db.select().from(appealMaterials).where(eq(appealMaterials.appealId, a.id)).all();
    expect(
      mats
        .filter((m) => m.verdict === 'unacceptable')
        .map((m) => m.field)
        .sort(),
    ).toEqual(['authorizationLetter', 'legalRepIdBack']);

    // Waiting is never overdue, however long it takes.
    await travel('2026-11-12T10:00:00+08:00');
    expect((await kefu01.get(`/api/appeals/${a.id}`)).body.overdue).toBe(false);

    const send = (files: Record<string, [Buffer, string]>) =>
      t.anonymous().post(`/api/intake/appeals/${a.id}/supplement`, multipart({}, files), INTAKE_KEY);
    // Only what was asked for, and all of it.
    const extra = await send({
      legalRepIdBack: [tinyPng(), '国徽面.png'],
      authorizationLetter: [tinyPng(), '授权书.png'],
      businessLicense: [tinyPng(), '执照.png'],
    });
    expect(extra.status).toBe(400);
    expect(extra.body.errors.businessLicense).toBe('不接受此材料');
    const missing = await send({ legalRepIdBack: [tinyPng(), '国徽面.png'] });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.authorizationLetter).toContain('申诉授权书');
    expect(row(a.id).status).toBe('supplement_requested');

    // Thu 11-12: received. Paused Wed 11-04 … Thu 11-12; counted: Tue 11-03 (1), Fri 11-13 (2), Mon 11-16 (3).
    const ok = await send({
      legalRepIdBack: [tinyJpeg(), '国徽面新.jpg'],
      authorizationLetter: [tinyPng(), '授权书盖章.png'],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({ id: a.id, status: 'processing' });
    const after = (await kefu01.get(`/api/appeals/${a.id}`)).body;
    expect(after).toMatchObject({
      status: 'processing',
      assigneeName: '客服张敏',
      dueDate: '2026-11-16',
      overdue: false,
      supplementMaterials: null,
    });
    const back = after.materials.find((m: { field: string }) => m.field === 'legalRepIdBack');
    expect(back).toMatchObject({
      verdict: null,
      note: null,
      file: { originalName: '国徽面新.jpg', mime: 'image/jpeg' },
    });
    // The old file is kept (owned by the appeal), the checklist points at the new one.
    expect(
      t.db
        .select()
        .from(files)
        .where(and(eq(files.ownerType, 'appeals'), eq(files.ownerId, a.id)))
        .all(),
    ).toHaveLength(9);
    const timeline = (await kefu01.get(`/api/appeals/${a.id}/timeline`)).body.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual([
      'submitted',
      'claimed',
      'checked',
      'supplement_requested',
      'sms_queued',
      'supplement_received',
    ]);
    // A second delivery is refused: nothing is waited for any more.
    expect((await send({ legalRepIdBack: [tinyPng(), 'x.png'] })).status).toBe(409);
    await travel('2026-11-02T09:00:00+08:00');
  });

  it('when the supplement never comes, then the agent may still reject; a missing appeal is 404', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    const asked = await kefu01.post(`/api/appeals/${a.id}/request-supplement`, {
      materials: ['businessLicense'],
      version: a.version,
    });
    expect((await kefu01.post(`/api/appeals/${a.id}/approve`, { version: asked.body.version })).status).toBe(409);
    expect(
      (
        await kefu01.post(`/api/appeals/${a.id}/reject`, {
          reason: '申诉材料不齐全，逾期未补正',
          version: asked.body.version,
        })
      ).status,
    ).toBe(200);
    expect(
      (await t.anonymous().post('/api/intake/appeals/999999/supplement', multipart({}, {}), INTAKE_KEY)).status,
    ).toBe(404);
  });
});

describe('who may do what', () => {
  it('when other roles try the appeal endpoints, then 403; without a session, 401', async () => {
    const id = await submitAppeal(t);
    for (const username of ['admin', 'jigou01', 'shenhe_unit']) {
      const other = await t.login(username);
      expect((await other.list('appeals')).status).toBe(403);
      expect((await other.get(`/api/appeals/${id}`)).status).toBe(403);
      expect((await other.get(`/api/appeals/${id}/pii?reason=核对身份信息`)).status).toBe(403);
      expect((await other.get('/api/appeals/stats')).status).toBe(403);
      expect((await other.post(`/api/appeals/${id}/claim`, { version: 1 })).status).toBe(403);
      expect((await other.post(`/api/appeals/${id}/approve`, { version: 1 })).status).toBe(403);
      expect((await other.post(`/api/appeals/${id}/reject`, { reason: '不行', version: 1 })).status).toBe(403);
      expect((await other.get(`/api/audit-logs/trail?resource=appeals&resourceId=${id}`)).status).toBe(403);
    }
    expect((await t.anonymous().list('appeals')).status).toBe(401);
    expect(row(id).status).toBe('submitted');
  });

  it('when an agent reads the appeal trail, then every step is there', async () => {
    const a = await seedProcessingAppeal(t, kefu01);
    const trail = await kefu01.get(`/api/audit-logs/trail?resource=appeals&resourceId=${a.id}`);
    expect(trail.body.map((r: { action: string }) => r.action).sort()).toEqual(['appeals.claim', 'appeals.submit']);
  });
});
