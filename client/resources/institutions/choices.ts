import { choices } from '../../common/roleChoices';

export const INSTITUTION_TYPES = [
  'hr_service',
  'postdoc',
  'continuing_education',
  'internship_base',
  'technical_school',
  'private_training_school',
  'high_skill_base',
  'master_studio',
  'sino_foreign_training',
  'foreign_owned_training',
  'skill_appraisal',
  'skill_level_certification',
  'injury_rehab_medical',
  'other',
] as const;
export const TYPE_CHOICES = choices(INSTITUTION_TYPES, 'institutions.type');
export const LEVEL_CHOICES = choices(['province', 'city', 'county'], 'institutions.level');
export const STATUS_CHOICES = choices(['registered', 'open', 'disabled'], 'institutions.status');
export const ID_TYPE_CHOICES = choices(
  ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent'],
  'institutions.id_type',
);
