import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { seedDemo } from '../../db/seed';
import type { SeedContext } from '../../db/seed/context';
import {
  auditLogs,
  files,
  orgs,
  submissionBatchItems,
  submissionBatches,
  titleApplicationOrgs,
  titleApplications,
  titleModuleVersions,
  titlePlans,
  titleReviewSteps,
} from '../../db/schema';
import { reviewChain, type OrgNode } from '../../server/domain/titleRouting';
import { isMainlandMobile, validateIdNumber } from '../../server/domain/validators';
import {
  AUDIT_VERB,
  TITLE_MODULES,
  type TitleApplicationStatus,
} from '../../server/domain/workflows/titleApplications.workflow';
import { moduleContentProblem } from '../../server/modules/title-applications/title-applications.schemas';

// The title demo data, seeded at a tenth of its size. Its moves are made by the workflow's planners
// (tests/domain/titleReview.planner.test.ts), so what is checked here is what the seed itself chooses.
const NOW = new Date('2026-11-02T02:00:00Z');
let dir: string;
let db: Db;
let seed: SeedContext;
let apps: (typeof titleApplications.$inferSelect)[];
let stepsByApp: Map<number, (typeof titleReviewSteps.$inferSelect)[]>;

const groupBy = <T, K>(rows: T[], key: (r: T) => K) => {
  const m = new Map<K, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hrss-titles-seed-'));
  db = openDb(path.join(dir, 'demo.db'));
  seed = await seedDemo(db, { scale: 0.1, areas: ['titles'], now: NOW });
  apps = db.select().from(titleApplications).orderBy(asc(titleApplications.id)).all();
  stepsByApp = groupBy(
    db.select().from(titleReviewSteps).orderBy(asc(titleReviewSteps.id)).all(),
    (s) => s.applicationId,
  );
}, 120_000);

afterAll(() => {
  db?.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the title demo data', () => {
  it('when seeded at scale 0.1, then there are 3 plans and 200 applications in every status', () => {
    expect(db.select().from(titlePlans).all()).toHaveLength(3);
    expect(apps).toHaveLength(200);
    const statuses = new Set(apps.map((a) => a.status));
    expect([...statuses].sort()).toEqual(['approved', 'awaiting_submission', 'pending', 'rejected', 'returned']);
  });

  it('every stored chain is the one reviewChain computes from the unit and its ancestors, and some skip the department level', () => {
    const byId = new Map(
      db
        .select()
        .from(orgs)
        .all()
        .map((o) => [o.id, o]),
    );
    const ancestry = (id: number) => {
      const out: OrgNode[] = [];
      for (let o = byId.get(id); o; o = o.parentId ? byId.get(o.parentId) : undefined)
        out.push({ id: o.id, level: o.level, name: o.name });
      return out;
    };
    for (const a of apps)
      expect(a.chain, `#${a.id}`).toEqual((reviewChain(ancestry(a.unitOrgId), a.level) as { chain: unknown }).chain);
    expect(apps.some((a) => !a.chain.some((s) => s.level === 'department'))).toBe(true);
  });

  it('each plan takes its own series and levels, and applications were submitted inside the plan dates and the last 60 days', () => {
    const plans = new Map(
      db
        .select()
        .from(titlePlans)
        .all()
        .map((p) => [p.id, p]),
    );
    const day = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
    for (const a of apps) {
      const p = plans.get(a.planId)!;
      expect(a.series).toBe(p.series);
      expect(p.levels).toContain(a.level);
      expect(day(a.submittedAt) >= p.startDate && day(a.submittedAt) <= p.endDate, `#${a.id} ${a.submittedAt}`).toBe(
        true,
      );
      expect(Date.parse(a.submittedAt)).toBeGreaterThanOrEqual(NOW.getTime() - 61 * 86_400_000);
      expect(Date.parse(a.updatedAt)).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('applicants have valid ID numbers and mobiles, one open application per person and plan', () => {
    for (const a of apps) {
      expect(validateIdNumber('resident_id', a.applicantIdNumber, { today: NOW }), a.applicantIdNumber).toBeNull();
      expect(isMainlandMobile(a.applicantPhone), a.applicantPhone).toBe(true);
    }
    const open = apps.filter((a) => a.status !== 'rejected').map((a) => `${a.planId}|${a.applicantIdNumber}`);
    expect(new Set(open).size).toBe(open.length);
  });

  it('an application is visible at exactly the orgs it reached, from the moment it first arrived', () => {
    const visits = groupBy(db.select().from(titleApplicationOrgs).all(), (v) => v.applicationId);
    for (const a of apps) {
      const expected = new Map<number, string>();
      for (const s of stepsByApp.get(a.id)!) {
        const reached = s.kind === 'submitted' ? s.step : s.kind === 'forwarded' ? s.step + 1 : null;
        if (reached !== null && !expected.has(a.chain[reached].orgId)) expected.set(a.chain[reached].orgId, s.at);
      }
      // An urge is written at the urging level, which the application has not reached.
      const moves = stepsByApp.get(a.id)!.filter((s) => s.kind !== 'urged');
      const highest = Math.max(...moves.map((s) => (s.kind === 'forwarded' ? s.step + 1 : s.step)));
      expect(new Set(expected.keys()), `#${a.id}`).toEqual(new Set(a.chain.slice(0, highest + 1).map((c) => c.orgId)));
      expect(new Map((visits.get(a.id) ?? []).map((v) => [v.orgId, v.arrivedAt])), `#${a.id}`).toEqual(expected);
    }
  });

  it('every step has exactly one audit row, with the same verb, time and actor', () => {
    const audits = groupBy(
      db
        .select()
        .from(auditLogs)
        .orderBy(asc(auditLogs.id))
        .all()
        .filter((l) => l.resource === 'title-applications'),
      (l) => Number(l.resourceId),
    );
    const verb = (s: typeof titleReviewSteps.$inferSelect) =>
      ({
        submitted: 'submit',
        claimed: AUDIT_VERB.claim,
        reassigned: AUDIT_VERB.reassign,
        forwarded: AUDIT_VERB.forward,
        resubmitted: AUDIT_VERB.resubmit,
        withdrawn: AUDIT_VERB.withdrawPass,
        urged: AUDIT_VERB.urge,
      })[s.kind as string] ??
      {
        pass: AUDIT_VERB.pass,
        approve: AUDIT_VERB.passFinal,
        return: AUDIT_VERB.returnToApplicant,
        reject: AUDIT_VERB.reject,
      }[s.result!];
    for (const a of apps) {
      const got = (audits.get(a.id) ?? []).map((l) => [l.action, l.at, l.actorId]);
      expect(got, `#${a.id}`).toEqual(
        stepsByApp.get(a.id)!.map((s) => [`titleApplications.${verb(s)}`, s.at, s.actorId]),
      );
    }
  });

  it('every module has revision 1, each resubmission a new revision of exactly the modules it sent, and all content passes the intake checks', () => {
    const versions = groupBy(db.select().from(titleModuleVersions).all(), (v) => v.applicationId);
    for (const a of apps) {
      const mine = versions.get(a.id)!;
      expect(
        mine
          .filter((v) => v.revision === 1)
          .map((v) => v.module)
          .sort(),
        `#${a.id}`,
      ).toEqual([...TITLE_MODULES].sort());
      const resubmissions = stepsByApp.get(a.id)!.filter((s) => s.kind === 'resubmitted');
      resubmissions.forEach((s, i) => {
        const sent = mine.filter((v) => v.revision === i + 2);
        expect(sent.map((v) => v.module).sort(), `#${a.id}`).toEqual([...s.moduleErrors!].sort());
        for (const v of sent) expect(v.createdAt).toBe(s.at);
      });
      expect(Math.max(...mine.map((v) => v.revision))).toBe(a.revision);
      for (const v of mine) expect(moduleContentProblem(v.content), `#${a.id} ${v.module}`).toBeNull();
    }
    expect(apps.some((a) => a.revision > 1)).toBe(true);
  });

  it('each submission batch went from one org to the next with its report on disk, and carried exactly its forwarded applications', () => {
    const batches = db.select().from(submissionBatches).all();
    expect(batches.length).toBeGreaterThan(0);
    const items = groupBy(db.select().from(submissionBatchItems).all(), (i) => i.batchId);
    const forwarded = groupBy(
      [...stepsByApp.values()].flat().filter((s) => s.kind === 'forwarded'),
      (s) => s.batchId!,
    );
    const fileRows = new Map(
      db
        .select()
        .from(files)
        .all()
        .map((f) => [f.id, f]),
    );
    for (const b of batches) {
      const f = fileRows.get(b.attachmentFileId)!;
      expect([f.ownerType, f.ownerId, f.field, f.mime], `batch ${b.id}`).toEqual([
        'submission-batches',
        b.id,
        'attachment',
        'application/pdf',
      ]);
      expect(
        fs
          .readFileSync(path.join(dir, 'uploads', f.storageName))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      const sent = forwarded.get(b.id)!;
      expect(
        items
          .get(b.id)!
          .map((i) => i.applicationId)
          .sort(),
      ).toEqual(sent.map((s) => s.applicationId).sort());
      expect(b.applicationCount).toBe(sent.length);
      for (const s of sent) {
        const chain = apps.find((a) => a.id === s.applicationId)!.chain;
        expect([s.orgId, chain[s.step + 1].orgId, s.at, s.actorId, s.actorName]).toEqual([
          b.fromOrgId,
          b.toOrgId,
          b.createdAt,
          b.createdBy,
          b.createdByName,
        ]);
      }
    }
  });

  it('every step of every chain holds applications in each status it can have', () => {
    const seen = new Set(apps.map((a) => `${a.planId}|${JSON.stringify(a.chain)}|${a.currentStep}|${a.status}`));
    const chains = new Set(apps.map((a) => `${a.planId}|${JSON.stringify(a.chain)}`));
    for (const c of chains) {
      const length = JSON.parse(c.slice(c.indexOf('|') + 1)).length;
      for (let k = 0; k < length; k++) {
        const statuses =
          k === length - 1
            ? ['pending', 'returned', 'rejected', 'approved']
            : ['pending', 'awaiting_submission', 'returned', 'rejected'];
        for (const st of statuses) expect(seen.has(`${c}|${k}|${st}`), `${c} step ${k} ${st}`).toBe(true);
      }
    }
  });

  it('each demo reviewer has work waiting at their org in every plan that reaches it', () => {
    const plans = db.select().from(titlePlans).all();
    for (const username of ['shenhe_unit', 'shenhe_dept', 'shenhe_city', 'shenhe_prov']) {
      const orgId = staffOrg(username);
      for (const p of plans) {
        const inPlan = apps.filter((a) => a.planId === p.id);
        const positions = inPlan
          .flatMap((a) => a.chain.map((c, i) => ({ orgId: c.orgId, last: i === a.chain.length - 1 })))
          .filter((c) => c.orgId === orgId);
        if (!positions.length) continue;
        const here = inPlan.filter((a) => a.currentOrgId === orgId);
        const count = (s: TitleApplicationStatus) => here.filter((a) => a.status === s).length;
        expect(count('pending'), `${username} ${p.name} 待审`).toBeGreaterThan(0);
        expect(count('returned'), `${username} ${p.name} 已退回`).toBeGreaterThan(0);
        if (positions.some((c) => !c.last))
          expect(count('awaiting_submission'), `${username} ${p.name} 待送审`).toBeGreaterThan(0);
      }
    }
    const held = (username: string) =>
      apps.filter((a) => a.status === 'pending' && a.assigneeId === seed.staffIds[username]).length;
    for (const u of ['shenhe_unit', 'shenhe_unit2', 'shenhe_dept', 'shenhe_dept2'])
      expect(held(u), u).toBeGreaterThan(0);
    expect(
      apps.some((a) => a.status === 'pending' && a.currentOrgId === staffOrg('shenhe_unit') && a.assigneeId === null),
    ).toBe(true);
  });

  it('some passes and some sent applications were withdrawn (the batch marks them), and overdue work at the hospital and the department was urged before today', () => {
    const steps = [...stepsByApp.values()].flat();
    const withdrawn = steps.filter((s) => s.kind === 'withdrawn');
    expect(withdrawn.some((s) => s.batchId == null)).toBe(true);
    const fromBatch = withdrawn.filter((s) => s.batchId != null);
    expect(fromBatch.length).toBeGreaterThan(0);
    const marked = db
      .select()
      .from(submissionBatchItems)
      .all()
      .filter((i) => i.withdrawnAt);
    expect(marked.map((i) => i.applicationId).sort()).toEqual(fromBatch.map((s) => s.applicationId).sort());
    const today = new Date(NOW.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const urged = new Set(steps.filter((s) => s.kind === 'urged').map((s) => s.applicationId));
    for (const username of ['shenhe_unit', 'shenhe_dept']) {
      const here = apps.filter((a) => urged.has(a.id) && a.currentOrgId === staffOrg(username));
      expect(here.length, username).toBeGreaterThan(0);
      for (const a of here) expect(a.dueDate! < today, `#${a.id}`).toBe(true);
    }
    expect(
      steps
        .filter((s) => s.kind === 'urged')
        .every((s) => new Date(Date.parse(s.at) + 8 * 3_600_000).toISOString().slice(0, 10) < today),
    ).toBe(true);
  });
});

const staffOrg = (username: string) =>
  seed.orgIds[
    { shenhe_unit: 'cc_hospital', shenhe_dept: 'cc_health', shenhe_city: 'cc', shenhe_prov: 'prov' }[username]!
  ];
