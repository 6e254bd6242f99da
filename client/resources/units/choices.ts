import { choices } from '../../common/roleChoices';

export const STATUS_CHOICES = choices(['pending_activation', 'active', 'frozen', 'cancelled'], 'units.status');
export const CHANNEL_CHOICES = choices(
  ['online', 'offline', 'appeal', 'legacy_upgrade', 'third_party'],
  'units.channel',
);
export const LPT_CHOICES = choices(
  ['enterprise', 'public_institution', 'government', 'social_org', 'individual_business', 'other'],
  'units.legal_person_type',
);
export const ID_TYPE_CHOICES = choices(
  ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent'],
  'units.id_type',
);
