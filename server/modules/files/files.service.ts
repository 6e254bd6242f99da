import fs from 'node:fs';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/roles';
import { canSeeRecord } from '../../http/recordAccess';
import { SHOWS_ID_NUMBER, type UploadRule } from '../../files/kinds';
import { findFile } from '../../files/files.repo';
import { kindOfMime, safeFileName } from '../../files/names';
import { storagePath } from '../../files/storage';
import { recordReveal } from '../../security/revealLimit';
import { APPEAL_MATERIALS } from '../appeals/appeals.materials';
import { REGISTRATION_MATERIALS } from '../units/units.service';
import { ATTACHMENT_MATERIALS } from '../title-applications/title-applications.attachments';

/** Where the audit summary finds a material's label, by owner type. */
const MATERIALS: Record<string, Record<string, UploadRule>> = {
  appeals: APPEAL_MATERIALS,
  units: REGISTRATION_MATERIALS,
  'title-applications': ATTACHMENT_MATERIALS,
};

/**
 * Opens a file for the caller: the owner record must be visible to them, and a material that shows
 * an ID number is a reveal (audited, rate-limited). The file is opened before the audit row is
 * written, so a file lost from disk is not recorded as seen.
 */
export async function openFile(ctx: AppContext, actor: Actor, id: number, download: boolean) {
  const file = findFile(ctx.db, id);
  // Same answer for "no such file" and "not yours": the id space is not to be probed.
  if (!file || !canSeeRecord(ctx, actor, file.ownerType, file.ownerId)) throw notFound('文件不存在或您无权查看');
  const handle = await fs.promises.open(storagePath(ctx, file.storageName)).catch(() => {
    throw new AppError(404, '文件已丢失，请联系系统管理员');
  });
  if (SHOWS_ID_NUMBER.has(file.field)) {
    const label = MATERIALS[file.ownerType]?.[file.field]?.label ?? file.field;
    try {
      // Names the material and the file, never the name it was uploaded under (that may be an ID number).
      recordReveal(ctx, {
        actor,
        action: 'files.view',
        resource: file.ownerType,
        resourceId: file.ownerId,
        summary: `${download ? '下载' : '查看'}材料「${label}」（文件 #${file.id}）`,
      });
    } catch (err) {
      await handle.close();
      throw err;
    }
  }
  return { file, handle, name: safeFileName(file.originalName, kindOfMime(file.mime)) };
}
