/** The file kinds staff and the public hall may upload, as sniffed from content (never the name). */
export const FILE_KINDS = {
  pdf: { mime: 'application/pdf', label: 'PDF' },
  jpg: { mime: 'image/jpeg', label: 'JPG' },
  png: { mime: 'image/png', label: 'PNG' },
  doc: { mime: 'application/msword', label: 'DOC' },
  xls: { mime: 'application/vnd.ms-excel', label: 'XLS' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'XLSX' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

export interface UploadRule {
  /** Shown in messages, e.g. 营业执照. */
  label: string;
  kinds: readonly FileKind[];
  required?: boolean;
  /** Per-field limit; defaults to the configured UPLOAD_MAX_BYTES. */
  maxBytes?: number;
}

export const IMAGE: readonly FileKind[] = ['jpg', 'png'];
export const PDF_OR_IMAGE: readonly FileKind[] = ['pdf', 'jpg', 'png'];
export const OFFICE_PDF_OR_IMAGE: readonly FileKind[] = ['doc', 'xls', 'docx', 'xlsx', 'jpg', 'png', 'pdf'];

/** Images and PDF open in the browser; Office files are downloaded. */
export const isInlineViewable = (mime: string) => mime === 'application/pdf' || mime.startsWith('image/');

/**
 * Material fields whose picture or scan shows a person's ID number. Opening one reveals personal
 * data as a /pii answer does: it is audited and counted against the hourly reveal limit.
 * - the ID card photos: 法人/经办人身份证 both sides, 手持身份证, the window's 办理人身份证;
 * - authorizationLetter (申诉授权书, 授权委托书): the template asks for the ID numbers of the legal
 *   representative who signs and of the agent authorised.
 * - attachmentIdDocument: a title application's 附件材料 that it names as an ID document (身份证…).
 * Not businessLicense: a 营业执照 prints the USCC and the legal representative's name, no ID number,
 * and it is public record anyway (国家企业信用信息公示系统). Not the batch 推荐报告/申报函 either.
 * Field names mean the same material in every module (appeals and units share businessLicense).
 */
export const SHOWS_ID_NUMBER: ReadonlySet<string> = new Set([
  'legalRepIdFront',
  'legalRepIdBack',
  'operatorIdFront',
  'operatorIdBack',
  'operatorHoldingId',
  'handlerId',
  'authorizationLetter',
  'attachmentIdDocument',
]);
