import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appeals, auditLogs } from '../../db/schema';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { totalOf, type ApiClient } from '../helpers/http';
import { submitAppeal } from '../helpers/appeals';

/** What sysadmin keeps for the appeal agents: common rejection reasons and the working-day calendar. */
let t: TestApp;
let admin: ApiClient;
let kefu: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  kefu = await t.login('kefu01');
});
afterAll(() => t.close());

describe('common rejection reasons', () => {
  it('when sysadmin adds, edits and deletes a reason, then each step is audited and agents read the active ones in order', async () => {
    const a = await admin.post('/api/reject-reasons', { text: '营业执照照片不清晰', sortOrder: 20 });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ text: '营业执照照片不清晰', active: true, version: 1 });
    const b = await admin.post('/api/reject-reasons', { text: '授权书未盖章', sortOrder: 10 });
    const hidden = await admin.post('/api/reject-reasons', { text: '已停用的原因', sortOrder: 5, active: false });
    const list = await kefu.list('reject-reasons', { filter: { active: true } });
    expect(list.body.map((r: { text: string }) => r.text)).toEqual(['授权书未盖章', '营业执照照片不清晰']);
    expect(totalOf(list)).toBe(2);
    expect(list.body[0].allowedActions).toEqual([]);

    const edited = await admin.put(`/api/reject-reasons/${b.body.id}`, {
      text: '申诉授权书未加盖公章',
      sortOrder: 10,
      active: true,
      version: 1,
    });
    expect(edited.body).toMatchObject({ text: '申诉授权书未加盖公章', version: 2 });
    expect(
      (
        await admin.put(`/api/reject-reasons/${b.body.id}`, {
          text: '再改一次',
          sortOrder: 10,
          active: true,
          version: 1,
        })
      ).status,
    ).toBe(409);
    const deleted = await admin.delete(`/api/reject-reasons/${hidden.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.text).toBe('已停用的原因');
    expect((await admin.get(`/api/reject-reasons/${hidden.body.id}`)).status).toBe(404);
    const actions = t.db
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.resource, 'reject-reasons'))
      .orderBy(auditLogs.id)
      .all()
      .map((l) => l.action);
    expect(actions).toEqual([
      'rejectReasons.create',
      'rejectReasons.create',
      'rejectReasons.create',
      'rejectReasons.update',
      'rejectReasons.delete',
    ]);
  });

  it('when a reason is empty or already exists, then 400 / 409 on the text', async () => {
    expect((await admin.post('/api/reject-reasons', { text: ' ' })).body.errors.text).toBeTruthy();
    await admin.post('/api/reject-reasons', { text: '重复的原因' });
    const dup = await admin.post('/api/reject-reasons', { text: '重复的原因' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors.text).toBe('已有相同的驳回原因');
  });

  it('when an agent or another role tries to change the list, then 403', async () => {
    expect((await kefu.post('/api/reject-reasons', { text: '客服自己加的' })).status).toBe(403);
    const jigou = await t.login('jigou01');
    expect((await jigou.list('reject-reasons')).status).toBe(403);
  });
});

describe('the working-day calendar', () => {
  it('when sysadmin adds a holiday inside a running deadline, then the deadline moves in the same transaction, and the audit says so', async () => {
    // Submitted Mon 11-02: deadline Thu 11-05.
    const id = await submitAppeal(t);
    expect(t.db.select().from(appeals).where(eq(appeals.id, id)).get()!.dueDate).toBe('2026-11-05');
    const res = await admin.post('/api/work-calendar', { date: '2026-11-04', kind: 'holiday', name: '临时停工' });
    expect(res.status).toBe(201);
    expect(t.db.select().from(appeals).where(eq(appeals.id, id)).get()!.dueDate).toBe('2026-11-06');
    const audit = t.db.select().from(auditLogs).where(eq(auditLogs.action, 'workCalendar.create')).get()!;
    expect(audit.summary).toContain('件申诉的办理期限随之调整');
    // A make-up Saturday brings it back a day; deleting both restores Thursday.
    const sat = await admin.post('/api/work-calendar', { date: '2026-11-07', kind: 'workday', name: '调休上班' });
    expect(t.db.select().from(appeals).where(eq(appeals.id, id)).get()!.dueDate).toBe('2026-11-06');
    const moved = await admin.put(`/api/work-calendar/${res.body.id}`, {
      date: '2026-11-03',
      kind: 'holiday',
      name: '临时停工',
      version: 1,
    });
    expect(moved.status).toBe(200);
    expect(
      (
        await admin.put(`/api/work-calendar/${res.body.id}`, {
          date: '2026-11-05',
          kind: 'holiday',
          name: '临时停工',
          version: 1,
        })
      ).status,
    ).toBe(409);
    await admin.delete(`/api/work-calendar/${sat.body.id}`);
    await admin.delete(`/api/work-calendar/${res.body.id}`);
    expect(t.db.select().from(appeals).where(eq(appeals.id, id)).get()!.dueDate).toBe('2026-11-05');
  });

  it('when a make-up working day is not a weekend day, or the date is taken or not a date, then it is refused', async () => {
    const weekday = await admin.post('/api/work-calendar', { date: '2026-11-11', kind: 'workday', name: '调休' });
    expect(weekday.status).toBe(400);
    expect(weekday.body.errors.date).toBe('调休上班日应为周六或周日');
    expect(
      (await admin.post('/api/work-calendar', { date: '2026-02-30', kind: 'holiday', name: '不存在' })).body.errors
        .date,
    ).toBeTruthy();
    expect(
      (await admin.post('/api/work-calendar', { date: '2026-12-25', kind: 'party', name: '' })).body.errors,
    ).toMatchObject({ kind: expect.any(String), name: expect.any(String) });
    await admin.post('/api/work-calendar', { date: '2026-12-31', kind: 'holiday', name: '年末' });
    const dup = await admin.post('/api/work-calendar', { date: '2026-12-31', kind: 'holiday', name: '年末' });
    expect(dup.status).toBe(409);
  });

  it('lists by year and kind, and agents may read but not write', async () => {
    await admin.post('/api/work-calendar', { date: '2027-01-01', kind: 'holiday', name: '元旦' });
    const y2027 = await kefu.list('work-calendar', { filter: { year: '2027' } });
    expect(y2027.status).toBe(200);
    expect(y2027.body.map((d: { date: string }) => d.date)).toEqual(['2027-01-01']);
    expect((await kefu.list('work-calendar', { filter: { year: '27' } })).status).toBe(400);
    expect((await kefu.post('/api/work-calendar', { date: '2027-01-02', kind: 'holiday', name: '元旦' })).status).toBe(
      403,
    );
    const reviewer = await t.login('shenhe_unit');
    expect((await reviewer.list('work-calendar')).status).toBe(403);
  });
});
