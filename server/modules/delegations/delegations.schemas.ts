import { z } from 'zod';
import { ALWAYS, versionField } from '../../http/validate';
import { delegationProblems, type DelegationPerson, type DelegationSpan } from '../../domain/delegations';

const date = (label: string) =>
  z.string({ error: `请选择${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD`);
const staffId = (label: string) =>
  z.coerce
    .number({ error: `请选择${label}` })
    .int(`请选择${label}`)
    .positive(`请选择${label}`);

/** The shape of POST /api/delegations (the delegator defaults to the caller). */
export const CreateDelegationBody = z.object({
  delegatorId: staffId('委托人').optional(),
  delegateId: staffId('被委托人'),
  startDate: date('开始日期'),
  endDate: date('结束日期'),
  reason: z.string({ error: '请填写委托事由' }).trim().min(1, '请填写委托事由').max(200, '委托事由不超过 200 字'),
});
export type CreateDelegationInput = z.infer<typeof CreateDelegationBody>;

/** What the rules need to know, read inside the create's transaction. */
export interface DelegationFacts {
  person(id: number): DelegationPerson | undefined;
  /** Delegations not ended that name either person, as delegator or delegate. */
  liveOf(ids: number[]): DelegationSpan[];
  today: string;
}

/** The one schema a create passes: the shape, then every rule of domain/delegations as field errors. */
export const delegationRules = (facts: DelegationFacts) =>
  CreateDelegationBody.required({ delegatorId: true }).superRefine((v, c) => {
    if (typeof v.delegatorId !== 'number' || typeof v.delegateId !== 'number') return;
    if (typeof v.startDate !== 'string' || typeof v.endDate !== 'string') return;
    const problems = delegationProblems(
      {
        delegator: facts.person(v.delegatorId),
        delegate: facts.person(v.delegateId),
        startDate: v.startDate,
        endDate: v.endDate,
      },
      facts.liveOf([v.delegatorId, v.delegateId]),
      facts.today,
    );
    for (const [field, message] of Object.entries(problems)) c.addIssue({ code: 'custom', path: [field], message });
  }, ALWAYS);

export const EndDelegationBody = z.object({ version: versionField });
