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
