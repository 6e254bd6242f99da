import { z } from 'zod';
import { ORG_LEVELS } from '../../../db/schema/foundation';
import { versionField } from '../../http/validate';

const fields = {
  name: z.string({ error: '请输入机构名称' }).trim().min(2, '机构名称至少 2 个字').max(60, '机构名称不能超过 60 个字'),
  parentId: z.coerce.number().int().positive().nullable().optional(),
  region: z.string().trim().max(60).nullable().optional(),
};

export const CreateOrgBody = z.object({ ...fields, level: z.enum(ORG_LEVELS, { error: '请选择机构层级' }) });
export const UpdateOrgBody = z.object({ ...fields, version: versionField });
