import { APPEAL_FIELD_LABELS, APPEAL_MATERIAL_LABELS } from '../../domain/labels';
import { IMAGE, OFFICE_PDF_OR_IMAGE, PDF_OR_IMAGE, type UploadRule } from '../../files/kinds';

/**
 * 申诉材料 [001 §五(二)]: 企业营业执照原件照片、申诉授权书（模板）、法人身份证正反面照片、
 * 经办人身份证正反面照片、经办人手持身份证照片 — every one required, each checked by content.
 */
export const APPEAL_MATERIALS = {
  businessLicense: { label: APPEAL_MATERIAL_LABELS.businessLicense, kinds: PDF_OR_IMAGE, required: true },
  authorizationLetter: {
    label: APPEAL_MATERIAL_LABELS.authorizationLetter,
    kinds: OFFICE_PDF_OR_IMAGE,
    required: true,
  },
  legalRepIdFront: { label: APPEAL_MATERIAL_LABELS.legalRepIdFront, kinds: IMAGE, required: true },
  legalRepIdBack: { label: APPEAL_MATERIAL_LABELS.legalRepIdBack, kinds: IMAGE, required: true },
  operatorIdFront: { label: APPEAL_MATERIAL_LABELS.operatorIdFront, kinds: IMAGE, required: true },
  operatorIdBack: { label: APPEAL_MATERIAL_LABELS.operatorIdBack, kinds: IMAGE, required: true },
  operatorHoldingId: { label: APPEAL_MATERIAL_LABELS.operatorHoldingId, kinds: IMAGE, required: true },
} as const satisfies Record<string, UploadRule>;

export type MaterialField = keyof typeof APPEAL_MATERIALS;
export const MATERIAL_FIELDS = Object.keys(APPEAL_MATERIALS) as MaterialField[];
export const materialLabel = (field: string) => APPEAL_MATERIALS[field as MaterialField]?.label ?? field;

/** Unit fields an info-change appeal may ask to change (the USCC never changes [001 §四(4)]). */
export const CHANGEABLE_FIELDS = [
  'name',
  'legalPersonType',
  'legalRepName',
  'idType',
  'idNumber',
  'idValidFrom',
  'idValidTo',
  'phone',
  'account',
] as const;
export type ChangeableField = (typeof CHANGEABLE_FIELDS)[number];

export const FIELD_LABELS: Record<ChangeableField | 'uscc', string> = APPEAL_FIELD_LABELS;
