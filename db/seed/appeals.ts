import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import {
  appealEvents,
  appealMaterials,
  appeals,
  files,
  notifications,
  rejectReasons,
  units,
  workCalendar,
} from '../schema';
import type { AppealStatus, AppealType } from '../../server/domain/workflows/appeals.workflow';
import { addDays, beijingDate, deadline, type Pause } from '../../server/domain/workingDays';
import { MATERIAL_FIELDS, materialLabel, type MaterialField } from '../../server/modules/appeals/appeals.materials';
import { applyUnitChanges, insertUnit } from '../../server/modules/units/unitRecords';
import { loadCalendar } from '../../server/modules/appeals/appeals.repo';
import { appealApproved, appealRejected, appealSupplementRequested } from '../../server/sms/templates';
import { seedUploadDir, type SeedContext } from './context';
import { companyName, isoDate, mobile, pastDate, personName, REGIONS, residentId, uscc } from './random';
import { captionedPdf } from './samples';

/**
 * 全国年节假日安排 as the State Council published it: public holidays, and the weekend days worked
 * in exchange (调休上班). Years not listed here are left for sysadmin to enter on the calendar screen.
 */
export const OFFICIAL_CALENDARS: Record<number, { name: string; off: [string, string]; work?: string[] }[]> = {
  2025: [
    { name: '元旦', off: ['01-01', '01-01'] },
    { name: '春节', off: ['01-28', '02-04'], work: ['01-26', '02-08'] },
    { name: '清明节', off: ['04-04', '04-06'] },
    { name: '劳动节', off: ['05-01', '05-05'], work: ['04-27'] },
    { name: '端午节', off: ['05-31', '06-02'] },
    { name: '国庆节、中秋节', off: ['10-01', '10-08'], work: ['09-28', '10-11'] },
  ],
  2026: [
    { name: '元旦', off: ['01-01', '01-03'], work: ['01-04'] },
    { name: '春节', off: ['02-15', '02-23'], work: ['02-14', '02-28'] },
    { name: '清明节', off: ['04-04', '04-06'] },
    { name: '劳动节', off: ['05-01', '05-05'], work: ['05-09'] },
    { name: '端午节', off: ['06-19', '06-21'] },
    { name: '中秋节', off: ['09-25', '09-27'] },
    { name: '国庆节', off: ['10-01', '10-07'], work: ['09-20', '10-10'] },
  ],
};

export const COMMON_REJECT_REASONS = [
  '营业执照照片不清晰，无法辨认统一社会信用代码',
  '申诉授权书未使用模板或未加盖单位公章',
  '法定代表人证件信息与营业执照不一致',
  '经办人手持身份证照片人证不符或不清晰',
  '统一社会信用代码与营业执照不一致',
  '该单位已注册账号，请选择“已注册”类型申诉',
  '申诉材料不齐全，逾期未补正',
  '申诉事项不属于账号申诉受理范围，请咨询 0431-80767550',
];

function seedCalendar(ctx: SeedContext) {
  const at = ctx.now.toISOString();
  const year = ctx.now.getUTCFullYear();
  let n = 0;
  for (const y of [year - 1, year]) {
    for (const h of OFFICIAL_CALENDARS[y] ?? []) {
      for (let d = `${y}-${h.off[0]}`; d <= `${y}-${h.off[1]}`; d = addDays(d, 1)) {
        ctx.db
          .insert(workCalendar)
          .values({ date: d, kind: 'holiday', name: h.name, createdAt: at, updatedAt: at })
          .run();
        n++;
      }
      for (const w of h.work ?? []) {
        ctx.db
          .insert(workCalendar)
          .values({ date: `${y}-${w}`, kind: 'workday', name: `${h.name}调休上班`, createdAt: at, updatedAt: at })
          .run();
        n++;
      }
    }
  }
  if (!OFFICIAL_CALENDARS[year]) ctx.log(`注意：未内置 ${year} 年节假日安排，请系统管理员在“工作日历”中录入`);
  return n;
}

// ---- sample materials: small but real files, so the review page shows something ----

/** A PNG of a card (licence or ID) in flat colours: recognisable when zoomed and rotated. */
function cardPng(accent: [number, number, number], variant: 'front' | 'back' | 'holding'): Buffer {
  const w = 360;
  const h = 228;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  const inBox = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) =>
    x >= x0 && x < x1 && y >= y0 && y < y1;
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      let c: [number, number, number] = [246, 243, 235];
      if (x < 4 || y < 4 || x >= w - 4 || y >= h - 4) c = accent;
      else if (variant === 'front' && inBox(x, y, 250, 40, 335, 150)) c = [190, 196, 204];
      else if (variant === 'front' && [60, 90, 120, 150, 180].some((ly) => inBox(x, y, 24, ly, 220, ly + 8)))
        c = [120, 120, 120];
      else if (variant === 'back' && (x - 70) ** 2 + (y - 70) ** 2 < 40 ** 2) c = [200, 40, 40];
      else if (variant === 'back' && [150, 180].some((ly) => inBox(x, y, 40, ly, 320, ly + 8))) c = [120, 120, 120];
      else if (variant === 'holding' && (x - 180) ** 2 + (y - 80) ** 2 < 45 ** 2) c = [222, 184, 150];
      else if (variant === 'holding' && inBox(x, y, 110, 140, 250, 220)) c = accent;
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = c[0];
      raw[o + 1] = c[1];
      raw[o + 2] = c[2];
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SAMPLES: Record<MaterialField, { name: string; kind: 'pdf' | 'png'; buffer: () => Buffer }> = {
  businessLicense: { name: '营业执照.pdf', kind: 'pdf', buffer: () => captionedPdf('BUSINESS LICENCE') },
  authorizationLetter: { name: '申诉授权书.pdf', kind: 'pdf', buffer: () => captionedPdf('LETTER OF AUTHORISATION') },
  legalRepIdFront: { name: '法人身份证人像面.png', kind: 'png', buffer: () => cardPng([40, 90, 160], 'front') },
  legalRepIdBack: { name: '法人身份证国徽面.png', kind: 'png', buffer: () => cardPng([40, 90, 160], 'back') },
  operatorIdFront: { name: '经办人身份证人像面.png', kind: 'png', buffer: () => cardPng([30, 130, 90], 'front') },
  operatorIdBack: { name: '经办人身份证国徽面.png', kind: 'png', buffer: () => cardPng([30, 130, 90], 'back') },
  operatorHoldingId: { name: '经办人手持身份证.png', kind: 'png', buffer: () => cardPng([30, 130, 90], 'holding') },
};
const MIME = { pdf: 'application/pdf', png: 'image/png' } as const;

// ---- the appeals ----

const STATUS_WEIGHTS: [AppealStatus, number][] = [
  ['submitted', 22],
  ['processing', 18],
  ['supplement_requested', 8],
  ['approved', 35],
  ['rejected', 17],
];
function weighted<T>(r: number, table: [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[0][0];
}

const REMARKS: Record<AppealType, string[]> = {
  assisted_registration: [
    '法人信息不匹配，无法完成自助注册',
    '企业注册提示法定代表人信息不一致，申请辅助注册',
    '电子营业执照注册失败，申请人工辅助注册',
  ],
  info_change: [
    '原法定代表人已变更，需修改法人信息',
    '预留手机号码已停用，无法接收验证码，申请修改手机号',
    '账号长期处于待激活状态，忘记密码无法找回',
    '企业名称已变更，申请同步修改',
  ],
};

/** ~300 × scale appeals across types and statuses, with materials on disk, timelines and result SMS. */
export function seedAppeals(ctx: SeedContext) {
  const { db, rng } = ctx;
  const at = ctx.now.toISOString();
  const calendarDays = seedCalendar(ctx);
  COMMON_REJECT_REASONS.forEach((text, i) =>
    db
      .insert(rejectReasons)
      .values({ text, sortOrder: (i + 1) * 10, createdAt: at, updatedAt: at })
      .run(),
  );

  // Info changes name registered units; when the units area was not seeded, a few are created here.
  let unitPool = db.all<UnitPick>(
    sql`SELECT id, uscc, name, phone, account, legal_rep_name AS legalRepName FROM units WHERE status IN ('active','pending_activation') ORDER BY id LIMIT 400`,
  );
  if (unitPool.length < 20) {
    for (let i = 0; i < 20; i++) {
      const region = rng.pick(REGIONS);
      const code = uscc(rng, region.code);
      insertUnit(
        db,
        {
          uscc: code,
          name: companyName(rng, region.short),
          legalPersonType: 'enterprise',
          legalRepName: personName(rng),
          idType: 'resident_id',
          idNumber: residentId(rng, region.code),
          idValidFrom: isoDate(pastDate(rng, ctx.now, 2000, 100)),
          idValidTo: null,
          phone: mobile(rng),
          account: `ap${code.slice(2, 8).toLowerCase()}${String(i).padStart(4, '0')}`,
          status: 'active',
          channel: 'online',
          region: region.name,
          activatedAt: at,
        },
        pastDate(rng, ctx.now, 600, 100).toISOString(),
      );
    }
    unitPool = db.all<UnitPick>(
      sql`SELECT id, uscc, name, phone, account, legal_rep_name AS legalRepName FROM units WHERE status IN ('active','pending_activation') ORDER BY id LIMIT 400`,
    );
  }

  const uploadDir = seedUploadDir(db);
  fs.mkdirSync(uploadDir, { recursive: true });
  const buffers = Object.fromEntries(MATERIAL_FIELDS.map((f) => [f, SAMPLES[f].buffer()])) as Record<
    MaterialField,
    Buffer
  >;
  const hashes = Object.fromEntries(
    MATERIAL_FIELDS.map((f) => [f, crypto.createHash('sha256').update(buffers[f]).digest('hex')]),
  ) as Record<MaterialField, string>;
  const agents = [ctx.staffIds.kefu01, ctx.staffIds.kefu02].filter(Boolean);
  const agentName = (id: number) => (id === ctx.staffIds.kefu01 ? '客服张敏' : '客服李静');
  const reasons = COMMON_REJECT_REASONS;
  const calendar = loadCalendar(db, '2000-01-01');
  const usedUscc = new Set(db.all<{ uscc: string }>(sql`SELECT uscc FROM units`).map((r) => r.uscc));
  const total = Math.round(300 * ctx.scale);
  let fileCount = 0;
  let smsCount = 0;

  for (let i = 0; i < total; i++) {
    const status = weighted(rng.next(), STATUS_WEIGHTS);
    const type: AppealType = rng.chance(0.6) ? 'assisted_registration' : 'info_change';
    // Open appeals are recent (some past their deadline); decided ones go back four months.
    const daysBack =
      status === 'submitted' || status === 'processing'
        ? rng.int(0, 7)
        : status === 'supplement_requested'
          ? rng.int(1, 10)
          : rng.int(5, 120);
    const submitted = new Date(ctx.now.getTime() - daysBack * 86_400_000 - rng.int(0, 8 * 3600) * 1000);
    if (submitted > ctx.now) submitted.setTime(ctx.now.getTime() - 60_000);
    const submittedAt = submitted.toISOString();
    const day = beijingDate(submitted);
    const region = rng.pick(REGIONS);

    let form: AppealForm;
    let changes: Record<string, string | null> | null = null;
    let unitId: number | null = null;
    let remark = rng.pick(REMARKS.assisted_registration);
    if (type === 'info_change') {
      const u = rng.pick(unitPool);
      unitId = u.id;
      form = {
        uscc: u.uscc,
        name: u.name,
        legalRepName: u.legalRepName,
        idNumber: residentId(rng, region.code),
        phone: u.phone,
        account: u.account,
      };
      const what = rng.pick(['phone', 'legalRep', 'name', 'phone'] as const);
      if (what === 'phone') changes = { phone: mobile(rng) };
      else if (what === 'legalRep') changes = { legalRepName: personName(rng), idNumber: residentId(rng, region.code) };
      else changes = { name: companyName(rng, region.short) };
      remark = REMARKS.info_change[{ phone: rng.pick([1, 2]), legalRep: 0, name: 3 }[what]];
      form.phone = changes.phone ?? mobile(rng);
    } else {
      let code = uscc(rng, region.code);
      while (usedUscc.has(code)) code = uscc(rng, region.code);
      usedUscc.add(code);
      form = {
        uscc: code,
        name: companyName(rng, region.short),
        legalRepName: personName(rng),
        idNumber: residentId(rng, region.code),
        phone: mobile(rng),
        account: `sq${code.slice(2, 8).toLowerCase()}${String(i).padStart(5, '0')}`,
      };
    }

    const events: {
      kind: (typeof appealEvents.$inferInsert)['kind'];
      at: Date;
      actor: number | null;
      detail: string;
    }[] = [
      { kind: 'submitted', at: submitted, actor: null, detail: `网上办事大厅提交，材料 7 份，办理时限 3 个工作日` },
    ];
    const assigneeId = status === 'submitted' ? null : rng.pick(agents);
    const claimedAt = assigneeId
      ? new Date(Math.min(submitted.getTime() + rng.int(600, 86_400) * 1000, ctx.now.getTime()))
      : null;
    if (assigneeId)
      events.push({
        kind: rng.chance(0.8) ? 'claimed' : 'assigned',
        at: claimedAt!,
        actor: assigneeId,
        detail: `${agentName(assigneeId)} 领取`,
      });
    const pauses: Pause[] = [];
    let supplementMaterials: string[] | null = null;
    let decidedAt: Date | null = null;
    let decisionNote: string | null = null;
    const hadSupplement =
      status === 'supplement_requested' || ((status === 'approved' || status === 'rejected') && rng.chance(0.2));
    const askedFor: MaterialField[] = hadSupplement
      ? [rng.pick(MATERIAL_FIELDS), ...(rng.chance(0.4) ? [rng.pick(MATERIAL_FIELDS)] : [])].filter(
          (f, k, a) => a.indexOf(f) === k,
        )
      : [];
    if (hadSupplement) {
      const requested = new Date(Math.min(claimedAt!.getTime() + rng.int(3600, 86_400) * 1000, ctx.now.getTime()));
      const items = askedFor.map((f, k) => `${k + 1}.${materialLabel(f)}（照片模糊，请重新拍摄）`).join('；');
      events.push({ kind: 'supplement_requested', at: requested, actor: assigneeId, detail: `需补正：${items}` });
      if (status === 'supplement_requested') {
        pauses.push({ from: beijingDate(requested), to: null });
        supplementMaterials = askedFor;
      } else {
        const received = new Date(Math.min(requested.getTime() + rng.int(1, 4) * 86_400_000, ctx.now.getTime()));
        pauses.push({ from: beijingDate(requested), to: beijingDate(received) });
        events.push({
          kind: 'supplement_received',
          at: received,
          actor: null,
          detail: `补正材料：${askedFor.map(materialLabel).join('、')}`,
        });
      }
    }
    if (status === 'approved' || status === 'rejected') {
      const last = events.at(-1)!.at;
      decidedAt = new Date(Math.min(last.getTime() + rng.int(1800, 3 * 86_400) * 1000, ctx.now.getTime()));
      decisionNote = status === 'rejected' ? rng.pick(reasons) : null;
    }

    const dueDate = deadline({
      start: day,
      days: 3,
      calendar,
      pauses: pauses.map((p) => ({ ...p, to: p.to ?? p.from })),
    })!;
    // Approved appeals did what approval does: the unit exists (created or changed) through the units' own writes.
    if (status === 'approved' && decidedAt) {
      const when = decidedAt.toISOString();
      const actor = { id: assigneeId!, name: agentName(assigneeId!) };
      if (type === 'assisted_registration') {
        const activated = rng.chance(0.6);
        unitId = insertUnit(
          db,
          {
            ...form,
            legalPersonType: 'enterprise',
            idType: 'resident_id',
            idValidFrom: '2019-06-01',
            idValidTo: null,
            status: activated ? 'active' : 'pending_activation',
            channel: 'appeal',
            region: region.name,
            activatedAt: activated ? when : null,
          },
          when,
        );
      } else {
        applyUnitChanges(db, unitId!, changes ?? {}, { actor, source: 'appeal', at: when });
      }
    }
    const result =
      status === 'approved'
        ? type === 'assisted_registration'
          ? `已创建单位账号 ${form.account}（待激活）`
          : `已修改：${Object.keys(changes ?? {}).join('、')}`
        : null;
    if (decidedAt)
      events.push({
        kind: status as 'approved' | 'rejected',
        at: decidedAt,
        actor: assigneeId,
        detail: status === 'approved' ? result! : `驳回原因：${decisionNote}`,
      });

    const last = events.at(-1)!.at.toISOString();
    const appeal = db
      .insert(appeals)
      .values({
        type,
        status,
        uscc: form.uscc,
        name: form.name,
        legalPersonType: 'enterprise',
        legalRepName: form.legalRepName,
        idType: 'resident_id',
        idNumber: form.idNumber,
        idValidFrom: '2019-06-01',
        idValidTo: rng.chance(0.5) ? null : '2039-06-01',
        phone: form.phone,
        account: form.account,
        remark,
        changes,
        unitId,
        assigneeId,
        submittedAt,
        deadlineDays: 3,
        dueDate,
        pauses,
        claimedAt: claimedAt?.toISOString() ?? null,
        supplementMaterials,
        supplementNote: supplementMaterials ? '请按要求重新上传清晰的原件照片' : null,
        decidedAt: decidedAt?.toISOString() ?? null,
        decidedBy: decidedAt ? assigneeId : null,
        decisionNote,
        createdAt: submittedAt,
        updatedAt: last,
        version: events.length,
      })
      .returning({ id: appeals.id })
      .get();

    for (const field of MATERIAL_FIELDS) {
      const sample = SAMPLES[field];
      const storageName = `${crypto.randomUUID()}.${sample.kind}`;
      fs.writeFileSync(path.join(uploadDir, storageName), buffers[field]);
      const file = db
        .insert(files)
        .values({
          storageName,
          originalName: sample.name,
          mime: MIME[sample.kind],
          size: buffers[field].length,
          sha256: hashes[field],
          ownerType: 'appeals',
          ownerId: appeal.id,
          field,
          createdAt: submittedAt,
        })
        .returning({ id: files.id })
        .get();
      fileCount++;
      const decided = status === 'approved' || status === 'rejected';
      const waiting = status === 'supplement_requested' && askedFor.includes(field);
      db.insert(appealMaterials)
        .values({
          appealId: appeal.id,
          field,
          fileId: file.id,
          verdict: waiting
            ? 'unacceptable'
            : decided
              ? status === 'rejected' && field === 'businessLicense'
                ? 'unacceptable'
                : 'acceptable'
              : null,
          note: waiting ? '照片模糊，请重新拍摄' : null,
          reviewedBy: waiting || decided ? assigneeId : null,
          reviewedAt: waiting || decided ? last : null,
        })
        .run();
    }
    for (const e of events) {
      db.insert(appealEvents)
        .values({
          appealId: appeal.id,
          kind: e.kind,
          at: e.at.toISOString(),
          actorId: e.actor,
          actorName: e.actor ? agentName(e.actor) : null,
          detail: e.detail,
        })
        .run();
    }

    const smsTexts: [Date, string][] = [];
    if (hadSupplement) {
      const requested = events.find((e) => e.kind === 'supplement_requested')!.at;
      smsTexts.push([
        requested,
        appealSupplementRequested({
          type,
          name: form.name,
          items: askedFor.map((f, k) => `${k + 1}.${materialLabel(f)}（照片模糊，请重新拍摄）`).join('；'),
        }),
      ]);
    }
    if (status === 'approved') {
      smsTexts.push([decidedAt!, appealApproved({ type, name: form.name, account: form.account, result: result! })]);
    }
    if (status === 'rejected')
      smsTexts.push([decidedAt!, appealRejected({ type, name: form.name, reason: decisionNote! })]);
    for (const [when, content] of smsTexts) {
      const failed = rng.chance(0.05);
      const recent = ctx.now.getTime() - when.getTime() < 60_000;
      const t = when.toISOString();
      const sent = new Date(when.getTime() + 2000).toISOString();
      db.insert(notifications)
        .values({
          phone: form.phone,
          content,
          status: recent ? 'queued' : failed ? 'failed' : 'sent',
          attempts: recent ? 0 : failed ? 5 : 1,
          nextAttemptAt: t,
          lastError: failed && !recent ? '短信网关超时' : null,
          sentAt: recent || failed ? null : sent,
          provider: recent ? null : 'log',
          relatedType: 'appeals',
          relatedId: appeal.id,
          createdAt: t,
          updatedAt: recent ? t : sent,
        })
        .run();
      smsCount++;
    }
  }
  ctx.log(
    `申诉 ${total} 件（材料 ${fileCount} 份，存于 ${uploadDir}），短信 ${smsCount} 条，工作日历 ${calendarDays} 天，驳回原因 ${reasons.length} 条`,
  );
}

interface UnitPick {
  id: number;
  uscc: string;
  name: string;
  phone: string;
  account: string;
  legalRepName: string;
}
type AppealForm = Pick<typeof units.$inferInsert, 'uscc' | 'name' | 'legalRepName' | 'idNumber' | 'phone' | 'account'>;
