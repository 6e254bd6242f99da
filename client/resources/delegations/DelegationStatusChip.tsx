import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export const DELEGATION_STATUSES = ['active', 'scheduled', 'expired', 'ended'] as const;
const COLOR = { active: 'success', scheduled: 'info', expired: 'default', ended: 'default' } as const;

export function DelegationStatusChip() {
  const record = useRecordContext<{ id: number; status: (typeof DELEGATION_STATUSES)[number] }>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={COLOR[record.status]} label={translate(`delegations.status.${record.status}`)} />;
}
