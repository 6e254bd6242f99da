import type { AppContext } from '../../context';
import { invalid } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { TITLE_STATUS_LABELS } from '../../domain/labels';
import { TITLE_LEVEL_LABEL } from '../../domain/titleRouting';
import { maskIdNumber } from '../../domain/validators';
import { recordAudit } from '../../audit/record';
import type { Sheet } from '../../files/xlsx';
import { COUNT_CAP, type ListParams } from '../../../db/lists';
import { listTitleApplications, type TitleApplicationWithNames } from './title-applications.repo';

const CHUNK = 1000;

/** 2026-11-02 14:05 in Beijing time, as a clerk reads it. */
export const beijingMinute = (iso: string | null) =>
  iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '';

/**
 * The filtered list as a sheet: the list's own filter, sort and scope (what reached the caller's org),
 * every matching row up to the lists' 10,000 (a larger slice is refused: narrow the filter first), ID
 * numbers masked as on screen. The export is audited with what it held.
 */
export function exportList(
  ctx: AppContext,
  actor: Actor,
  p: ListParams,
  filter: string,
): Sheet<TitleApplicationWithNames> {
  const first = listTitleApplications(ctx.db, actor, { ...p, limit: CHUNK, offset: 0 });
  if (first.total >= COUNT_CAP)
    throw invalid(`符合条件的申报达 ${COUNT_CAP} 条或更多，请缩小筛选范围后再导出`, { filter: '请缩小筛选范围' });
  const rows = [...first.rows];
  for (let offset = CHUNK; rows.length === offset; offset += CHUNK)
    rows.push(...listTitleApplications(ctx.db, actor, { ...p, limit: CHUNK, offset }).rows);
  const at = ctx.clock.now().toISOString();
  ctx.db.transaction(
    (tx) =>
      recordAudit(tx, {
        actor,
        action: 'titleApplications.export',
        resource: 'title-applications',
        resourceId: null,
        summary: `导出职称申报列表 ${rows.length} 条（证件号码已脱敏）；筛选条件：${filter}`,
        at,
      }),
    { behavior: 'immediate' },
  );
  return {
    fileName: `职称申报列表_${at.slice(0, 10)}.xlsx`,
    sheetName: '职称申报',
    rows,
    columns: [
      { header: '编号', width: 8, value: (r) => r.app.id },
      { header: '申报人', width: 12, value: (r) => r.app.applicantName },
      { header: '身份证号码', width: 22, value: (r) => maskIdNumber(r.app.applicantIdNumber) },
      { header: '申报事项', width: 34, value: (r) => r.planName },
      { header: '职称系列', width: 12, value: (r) => r.app.series },
      { header: '级别', width: 10, value: (r) => TITLE_LEVEL_LABEL[r.app.level] },
      { header: '申报职称', width: 14, value: (r) => r.app.titleName ?? '' },
      { header: '申报单位', width: 26, value: (r) => r.unitOrgName },
      { header: '当前所在', width: 26, value: (r) => r.currentOrgName },
      { header: '状态', width: 10, value: (r) => TITLE_STATUS_LABELS[r.app.status] },
      { header: '经办审核员', width: 12, value: (r) => r.assigneeName ?? '' },
      { header: '提交时间', width: 18, value: (r) => beijingMinute(r.app.submittedAt) },
    ],
  };
}
