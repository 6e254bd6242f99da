import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../domain/errors';
import { recordAudit } from '../../audit/record';
import { actorOf, authorize } from '../../http/authorize';
import { toCsv } from '../../http/csv';
import { parseListQuery, sendList } from '../../http/listQuery';
import { MAX_PAGE } from '../../../db/lists';
import { canSeeRecord } from '../../http/recordAccess';
import { parse } from '../../http/validate';
import { idParam } from '../../http/params';
import { AUDIT_ACTION_LABELS } from '../../audit/actionLabels';
import { RESOURCE_LABELS } from '../../audit/fieldLabels';
import { presentAuditRow } from '../../audit/present';
import { auditLogListSpec, findAuditLog, listAuditLogs, trail } from './audit-logs.repo';
import { verifyAuditChain } from './audit-logs.service';

const EXPORT_LIMIT = 50_000;
export const TrailQuery = z.object({ resource: z.string().min(1), resourceId: z.coerce.number().int().positive() });

export function auditLogRoutes(ctx: AppContext) {
  const r = Router();
  r.get('/', authorize('auditLogs.read'), (req, res) => {
    const p = parseListQuery(req.query, auditLogListSpec);
    const { rows, total } = listAuditLogs(ctx.db, p);
    sendList(res, 'audit-logs', p, rows.map(presentAuditRow), total);
  });

  /** The choices of the list's 操作 and 对象类型 filters: `{actions: [{id, name}], resources: [{id, name}]}`. */
  r.get('/labels', authorize('auditLogs.read'), (_req, res) => {
    const choices = (labels: Readonly<Record<string, string>>) =>
      Object.entries(labels).map(([id, name]) => ({ id, name }));
    res.json({ actions: choices(AUDIT_ACTION_LABELS), resources: choices(RESOURCE_LABELS) });
  });

  /** Whether the hash chain is intact: {ok, checked, legacy, headId, headHash} or {ok: false, firstBadId, reason}. */
  r.get('/verify', authorize('auditLogs.verify'), async (req, res) => {
    const result = await verifyAuditChain(ctx.db);
    // Every act of the three administrators is itself audited, the audit administrator's checks too.
    ctx.db.transaction(
      (tx) =>
        recordAudit(tx, {
          actor: actorOf(req),
          action: 'auditLogs.verify',
          resource: 'audit-logs',
          summary: result.ok
            ? `校验审计链：完整（${result.checked} 条）`
            : `校验审计链：第 ${result.firstBadId} 条起不一致`,
          at: ctx.clock.now().toISOString(),
        }),
      { behavior: 'immediate' },
    );
    res.json(result);
  });

  /** CSV of the filtered log (up to 50,000 rows); the export itself is logged. */
  r.get('/export', authorize('auditLogs.export'), (req, res) => {
    const p = parseListQuery({ ...req.query, range: JSON.stringify([0, MAX_PAGE - 1]) }, auditLogListSpec);
    const rows = listAuditLogs(ctx.db, { ...p, limit: EXPORT_LIMIT, end: EXPORT_LIMIT - 1 }).rows;
    const at = ctx.clock.now().toISOString();
    ctx.db.transaction(
      (tx) =>
        recordAudit(tx, {
          actor: actorOf(req),
          action: 'auditLogs.export',
          resource: 'audit-logs',
          summary: `导出 ${rows.length} 条，条件 ${typeof req.query.filter === 'string' ? req.query.filter : '{}'}`,
          at,
        }),
      { behavior: 'immediate' },
    );
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(`审计日志-${at.slice(0, 10)}.csv`)}`,
    );
    res.send(
      toCsv(
        ['编号', '时间', '操作人', '操作人编号', '操作', '对象类型', '对象编号', '摘要', '操作代码', '原始摘要', 'IP'],
        rows
          .map(presentAuditRow)
          .map((l) => [
            l.id,
            l.at,
            l.actorName,
            l.actorId,
            l.actionLabel,
            l.resourceLabel,
            l.resourceId,
            l.summaryText,
            l.action,
            l.summary,
            l.ip,
          ]),
      ),
    );
  });

  /** One record's trail, for anyone who may see that record (its show page). */
  r.get('/trail', (req, res) => {
    const q = parse(TrailQuery, req.query);
    if (!canSeeRecord(ctx, actorOf(req), q.resource, q.resourceId)) throw forbidden();
    res.json(trail(ctx.db, q.resource, String(q.resourceId)).map(presentAuditRow));
  });

  /** One entry, whole (with its hash link), as the list presents it. */
  r.get('/:id', authorize('auditLogs.read'), (req, res) => {
    const row = findAuditLog(ctx.db, idParam(req));
    if (!row) throw notFound('审计日志不存在');
    res.json(presentAuditRow(row));
  });
  return r;
}
