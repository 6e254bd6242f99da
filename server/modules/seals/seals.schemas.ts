import { z } from 'zod';
import { SEAL_TYPES } from '../../../db/schema/seals';
import { ID_TYPES } from '../../../db/schema/units';
import { validateIdNumber } from '../../domain/validators';
import { ALWAYS, versionField } from '../../http/validate';

const idNumber = z.string({ error: '请输入证件号码' }).trim().toUpperCase().min(1, '请输入证件号码');
const idType = z.enum(ID_TYPES, { error: '请选择证件类型' });
export const personName = z.string({ error: '请输入姓名' }).trim().min(1, '请输入姓名').max(30, '姓名不能超过 30 个字');
const faceVerifiedAt = z.iso.datetime({ offset: true, error: '缺少人脸核验时间' });

/** The hall's acting person, matched against the unit's record (not checked against GB 11643 here: a mismatch is a 403). */
export const ByPerson = z.object({ idType, idNumber });

/** A person whose ID must itself be valid (GB 11643 for resident IDs). */
export const ValidPerson = z.object({ name: personName, idType, idNumber }).superRefine((v, c) => {
  // ALWAYS runs this even when the shape failed: the value may be missing or of any type.
  if (typeof v?.idType !== 'string' || typeof v?.idNumber !== 'string') return;
  const p = validateIdNumber(v.idType, v.idNumber);
  if (p) c.addIssue({ code: 'custom', path: ['idNumber'], message: p });
}, ALWAYS);

export const ApplySealBody = z.object({
  uscc: z.string({ error: '请提供统一社会信用代码' }).trim().toUpperCase().min(1, '请提供统一社会信用代码'),
  type: z.enum(SEAL_TYPES, { error: '印章类型无效' }),
  name: z.string().trim().optional(),
  appliedBy: ByPerson.extend({ name: personName }),
  faceVerifiedAt,
});
export const HallVoidBody = z.object({ by: ByPerson, faceVerifiedAt });
export const ReasonBody = z.object({
  reason: z.string({ error: '请填写原因' }).trim().min(1, '请填写原因').max(200, '原因不能超过 200 个字'),
  version: versionField,
});
