import type { AppContext } from '../../context';
import { conflict } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { TITLE_LEVEL_LABEL } from '../../domain/titleRouting';
import { maskIdNumber } from '../../domain/validators';
import { recordAudit } from '../../audit/record';
import type { Sheet } from '../../files/xlsx';
import { beijingMinute } from '../title-applications/title-applications.export';
import { orgOf, resultSheetRows } from '../title-applications/title-stats.repo';
import { get as getPlan } from './title-plans.service';

/** A review result as the sheet names it (终审通过 is the last level's pass). */
const RESULT_LABEL: Record<string, string> = {
  pass: '通过',
  approve: '通过（终审）',
  return: '退回修改',
  reject: '不通过',
};

type Row = ReturnType<typeof resultSheetRows>[number] & { n: number };

/**
 * 评审结果汇总表 of a plan at the caller's org: each application it reviewed, with the latest
 * result there, the opinion, the reviewer and the date; ID numbers masked. Audited.
 */
export function resultSheet(ctx: AppContext, actor: Actor, planId: number): Sheet<Row> {
  const plan = getPlan(ctx, actor, planId);
  const org = actor.orgId == null ? undefined : orgOf(ctx.db, actor.orgId);
  if (!org) throw conflict('您未绑定审核机构，没有评审结果');
  const rows = resultSheetRows(ctx.db, planId, org.id).map((r, i) => ({ ...r, n: i + 1 }));
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) =>
      recordAudit(tx, {
        actor,
        action: 'titlePlans.result_sheet',
        resource: 'title-plans',
        resourceId: planId,
        summary: `导出${plan.name}的评审结果汇总表（${org.name}，${rows.length} 条，证件号码已脱敏）`,
        at,
      }),
    { behavior: 'immediate' },
  );
  return {
    fileName: `评审结果汇总表_${plan.name}_${org.name}.xlsx`,
    sheetName: '评审结果汇总表',
    rows,
    columns: [
      { header: '序号', width: 6, value: (r) => r.n },
      { header: '申报编号', width: 10, value: (r) => r.applicationId },
      { header: '申报人', width: 12, value: (r) => r.applicantName },
      { header: '身份证号码', width: 22, value: (r) => maskIdNumber(r.applicantIdNumber) },
      { header: '申报单位', width: 26, value: (r) => r.unitOrgName },
      { header: '职称系列', width: 12, value: (r) => r.series },
      { header: '级别', width: 10, value: (r) => TITLE_LEVEL_LABEL[r.level] },
      { header: '申报职称', width: 14, value: (r) => r.titleName ?? '' },
      { header: '评审结果', width: 12, value: (r) => (r.result ? (RESULT_LABEL[r.result] ?? r.result) : '') },
      { header: '审核意见', width: 40, value: (r) => r.opinion ?? '' },
      { header: '审核人', width: 12, value: (r) => r.reviewerName ?? '' },
      { header: '审核日期', width: 18, value: (r) => beijingMinute(r.at) },
    ],
  };
}
