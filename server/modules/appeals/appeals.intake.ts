import type { AppContext } from '../../context';
import { AppError, conflict, invalid, notFound } from '../../domain/errors';
import { nextState } from '../../domain/workflows/stateMachine';
import { appealLabels, appealWorkflow } from '../../domain/workflows/appeals.workflow';
import { describeFields, recordAudit } from '../../audit/record';
import { checkUploads, insertFileRows, withStoredUploads, type IncomingFile } from '../../files/storage';
import { getSetting } from '../settings/settings.service';
import { assertUnitUnique } from '../units/unitRecords';
import { APPEAL_MATERIALS, materialLabel, type ChangeableField } from './appeals.materials';
import type { IntakeInput } from './appeals.schemas';
import { dueFrom, submittedDay, todayOf } from './appeals.deadlines';
import {
  addEvent,
  findAppealRow,
  insertAppeal,
  insertMaterials,
  openDuplicateOf,
  setVerdict,
  unitByUscc,
  updateAppeal,
} from './appeals.repo';

/**
 * A new appeal: files checked first (a bad request stores nothing), then in one transaction the
 * appeal, its files and checklist, its first timeline event and the audit row; the files are
 * removed again if the transaction fails.
 */
export async function submit(ctx: AppContext, input: IntakeInput, incoming: IncomingFile[], ip: string | undefined) {
  const checked = await checkUploads(ctx, incoming, APPEAL_MATERIALS);
  const at = ctx.clock.now().toISOString();
  const today = todayOf(ctx);
  return withStoredUploads(ctx, checked, (stored) =>
    ctx.db.transaction(
      (tx) => {
        let unitId: number | null = null;
        if (input.type === 'info_change') {
          const unit = unitByUscc(tx, input.uscc);
          if (!unit)
            throw invalid('该统一社会信用代码尚未注册单位账号，请选择“未注册”类型申诉', {
              uscc: '该统一社会信用代码尚未注册单位账号',
            });
          const changes = input.changes ?? {};
          if (Object.entries(changes).every(([k, v]) => (unit[k as ChangeableField] ?? null) === v)) {
            throw invalid('申请修改的内容与单位现有信息相同', { changes: '申请修改的内容与单位现有信息相同' });
          }
          if (changes.account) assertUnitUnique(tx, { account: changes.account }, unit.id);
          unitId = unit.id;
        } else {
          try {
            assertUnitUnique(tx, { uscc: input.uscc, account: input.account });
          } catch (err) {
            if (err instanceof AppError && err.errors?.uscc)
              throw conflict('该统一社会信用代码已注册单位账号，请选择“已注册”类型申诉', err.errors);
            throw err;
          }
        }
        const days = getSetting(tx, 'appeals.deadlineWorkingDays');
        const { changes, type, ...form } = input;
        const duplicateOfId = openDuplicateOf(tx, form);
        const id = insertAppeal(tx, {
          ...form,
          type,
          changes,
          unitId,
          duplicateOfId,
          submittedAt: at,
          deadlineDays: days,
          dueDate: dueFrom(tx, today, days, [])!,
          createdAt: at,
          updatedAt: at,
        });
        insertMaterials(tx, id, insertFileRows(tx, stored, { type: 'appeals', id }, null, at));
        addEvent(
          tx,
          id,
          'submitted',
          at,
          null,
          `网上办事大厅提交，材料 ${stored.length} 份，办理时限 ${days} 个工作日${duplicateOfId ? `；可能与申诉 #${duplicateOfId} 重复` : ''}`,
        );
        recordAudit(tx, {
          actor: null,
          action: 'appeals.submit',
          resource: 'appeals',
          resourceId: id,
          summary: `${appealLabels.type(type)}；${describeFields({ uscc: input.uscc, name: input.name, legalRepName: input.legalRepName, idNumber: input.idNumber, phone: input.phone, account: input.account })}`,
          at,
          ip,
        });
        return { id, status: 'submitted' as const };
      },
      { behavior: 'immediate' },
    ),
  );
}

/** 补正材料 from the public hall: exactly the materials asked for; the appeal goes back to its agent and the clock runs again. */
export async function receiveSupplement(ctx: AppContext, id: number, incoming: IncomingFile[], ip: string | undefined) {
  const before = findAppealRow(ctx.db, id);
  if (!before) throw notFound('申诉不存在');
  if (!nextState(appealWorkflow, before.status, 'receiveSupplement'))
    throw conflict(`该申诉当前为「${appealLabels.state(before.status)}」，不需要补正材料`);
  const asked = before.supplementMaterials ?? [];
  const rules = Object.fromEntries(asked.map((f) => [f, APPEAL_MATERIALS[f as keyof typeof APPEAL_MATERIALS]]));
  const checked = await checkUploads(ctx, incoming, rules);
  const at = ctx.clock.now().toISOString();
  const today = todayOf(ctx);
  return withStoredUploads(ctx, checked, (stored) =>
    ctx.db.transaction(
      (tx) => {
        const a = findAppealRow(tx, id)!;
        const to = nextState(appealWorkflow, a.status, 'receiveSupplement');
        if (!to || a.version !== before.version) throw conflict('该申诉的状态已变化，请重新查询后再提交');
        const fileIds = insertFileRows(tx, stored, { type: 'appeals', id }, null, at);
        for (const [field, fileId] of Object.entries(fileIds))
          setVerdict(tx, id, field, { fileId, verdict: null, note: null, reviewedBy: null, reviewedAt: null });
        const pauses = a.pauses.map((p) => (p.to === null ? { ...p, to: today } : p));
        const dueDate = dueFrom(tx, submittedDay(a), a.deadlineDays, pauses)!;
        updateAppeal(tx, id, {
          status: to,
          pauses,
          dueDate,
          supplementMaterials: null,
          supplementNote: null,
          updatedAt: at,
          version: a.version + 1,
        });
        const labels = Object.keys(fileIds).map(materialLabel).join('、');
        addEvent(tx, id, 'supplement_received', at, null, `补正材料：${labels}；新的办理期限 ${dueDate}`);
        recordAudit(tx, {
          actor: null,
          action: 'appeals.supplement_received',
          resource: 'appeals',
          resourceId: id,
          summary: `收到补正材料：${labels}`,
          at,
          ip,
        });
        return { id, status: to };
      },
      { behavior: 'immediate' },
    ),
  );
}
