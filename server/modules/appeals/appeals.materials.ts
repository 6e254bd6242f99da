import { IMAGE, OFFICE_PDF_OR_IMAGE, PDF_OR_IMAGE, type UploadRule } from '../../files/kinds';

/**
 * 申诉材料 [001 §五(二)]: 企业营业执照原件照片、申诉授权书（模板）、法人身份证正反面照片、
 * 经办人身份证正反面照片、经办人手持身份证照片 — every one required, each checked by content.
 */
export const APPEAL_MATERIALS = {
  businessLicense: { label: '企业营业执照原件', kinds: PDF_OR_IMAGE, required: true },
  authorizationLetter: { label: '申诉授权书', kinds: OFFICE_PDF_OR_IMAGE, required: true },
  legalRepIdFront: { label: '法人身份证（人像面）', kinds: IMAGE, required: true },
  legalRepIdBack: { label: '法人身份证（国徽面）', kinds: IMAGE, required: true },
  operatorIdFront: { label: '经办人身份证（人像面）', kinds: IMAGE, required: true },
  operatorIdBack: { label: '经办人身份证（国徽面）', kinds: IMAGE, required: true },
  operatorHoldingId: { label: '经办人手持身份证照片', kinds: IMAGE, required: true },
} as const satisfies Record<string, UploadRule>;

export type MaterialField = keyof typeof APPEAL_MATERIALS;
export const MATERIAL_FIELDS = Object.keys(APPEAL_MATERIALS) as MaterialField[];
export const materialLabel = (field: string) => APPEAL_MATERIALS[field as MaterialField]?.label ?? field;

/** Unit fields an info-change appeal may ask to change (the USCC never changes [001 §四(4)]). */
export const CHANGEABLE_FIELDS = ['name', 'legalPersonType', 'legalRepName', 'idType', 'idNumber', 'idValidFrom', 'idValidTo', 'phone', 'account'] as const;
export type ChangeableField = (typeof CHANGEABLE_FIELDS)[number];

export const FIELD_LABELS: Record<ChangeableField | 'uscc', string> = {
  uscc: '统一社会信用代码',
  name: '单位名称',
  legalPersonType: '法人类型',
  legalRepName: '法定代表人姓名',
  idType: '证件类型',
  idNumber: '法定代表人证件号码',
  idValidFrom: '证件有效期开始日期',
  idValidTo: '证件有效期结束日期',
  phone: '手机号码',
  account: '法人账号',
};
