import type { Db, Tx } from '../../../db/client';
import type { AppContext } from '../../context';
import { invalid } from '../../domain/errors';
import { PDF_OR_IMAGE, type UploadRule } from '../../files/kinds';
import { checkUploads, insertFileRows, withStoredUploads, type IncomingFile } from '../../files/storage';
import * as repo from './attachments.repo';

const OWNER = 'title-applications';
/** The `field` of a stored 附件材料 file until a submission names it. */
const FIELD = 'attachment';
/**
 * The `field` of a 附件材料 the application names as an ID document (身份证, 户口簿…): opening it
 * shows the applicant's ID number, so it is a reveal like an appeal's ID photos (SHOWS_ID_NUMBER).
 */
export const ID_DOCUMENT_FIELD = 'attachmentIdDocument';
const FIELDS = [FIELD, ID_DOCUMENT_FIELD];

/** Which field a 附件材料 is kept under, by the name the application gives it. */
export const attachmentField = (entryName: unknown) =>
  typeof entryName === 'string' && /身份证|户口|居住证|护照|港澳|台湾居民/.test(entryName) ? ID_DOCUMENT_FIELD : FIELD;

/** How the audit log names each field (files.service.ts). */
export const ATTACHMENT_MATERIALS: Record<string, UploadRule> = {
  [FIELD]: { label: '附件材料', kinds: PDF_OR_IMAGE },
  [ID_DOCUMENT_FIELD]: { label: '附件材料（身份证件）', kinds: PDF_OR_IMAGE },
};

/** The one multipart field of the upload: a scan or photo of one 附件材料. */
export const ATTACHMENT_UPLOAD: Record<string, UploadRule> = {
  file: { label: '附件材料', kinds: PDF_OR_IMAGE, required: true },
};

/**
 * The public hall uploads each 附件材料 first and names it in the application by `fileId`
 * (`modules.attachments.entries[].fileId`). The file waits unowned until a submission claims it, so a
 * JSON submission never carries megabytes and the file is checked by content before the applicant
 * submits.
 */
export async function uploadAttachment(ctx: AppContext, incoming: IncomingFile[]) {
  const checked = await checkUploads(ctx, incoming, ATTACHMENT_UPLOAD);
  const at = ctx.clock.now().toISOString();
  return withStoredUploads(ctx, checked, (stored) => {
    const [file] = stored;
    const id = ctx.db.transaction((tx) =>
      insertFileRows(tx, [{ ...file, field: FIELD }], { type: OWNER, id: null }, null, at),
    )[FIELD];
    return { fileId: id, name: file.originalName, mime: file.mime, size: file.size };
  });
}

/** The entries of an attachments module that name a file, in its order. */
function fileEntriesOf(content: Record<string, unknown> | undefined): { fileId: unknown; name: unknown }[] {
  const entries = Array.isArray(content?.entries) ? (content.entries as unknown[]) : [];
  return entries
    .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
    .filter((e) => e.fileId !== undefined && e.fileId !== null)
    .map((e) => ({ fileId: e.fileId, name: e.name }));
}

/**
 * Ties the files an application's 附件材料 names to it, inside the submission's transaction. A file
 * must be an uploaded 附件材料 that is still unclaimed or already this application's (a resubmission
 * keeps the files it does not replace); anything else is refused under `modules.attachments`, and
 * nothing of the submission is written.
 */
export function bindAttachments(tx: Tx, applicationId: number, content: Record<string, unknown> | undefined) {
  const named = fileEntriesOf(content);
  const ids = named.map((e) => e.fileId);
  if (!ids.length) return;
  const bad = ids.filter((v) => typeof v !== 'number' || !Number.isInteger(v) || v <= 0);
  const wanted = [...new Set(ids.filter((v): v is number => !bad.includes(v)))];
  const found = wanted.length ? repo.findAttachments(tx, wanted, FIELDS) : [];
  const usable = new Set(found.filter((f) => f.ownerId === null || f.ownerId === applicationId).map((f) => f.id));
  const refused = [...bad, ...wanted.filter((id) => !usable.has(id))];
  if (refused.length) {
    const message = `附件材料中的文件 ${refused.map(String).join('、')} 不存在或已用于其他申报，请重新上传`;
    throw invalid(message, { 'modules.attachments': message });
  }
  for (const f of found.filter((f) => f.ownerId === null)) {
    const field = attachmentField(named.find((e) => e.fileId === f.id)?.name);
    repo.claimAttachment(tx, f.id, applicationId, field);
  }
}

/** The 附件材料 files an application holds, for the review page's viewer. */
export const attachmentFiles = (db: Db, applicationId: number) => repo.attachmentFiles(db, applicationId, FIELDS);
