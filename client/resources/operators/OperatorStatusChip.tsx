import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip } from '../../common/StatusChip';

/**
 * An operator's standing: past its 有效期 it can no longer act for the unit, so an active one shows
 * 已过期 (a warning), never a green 正常; a disabled one shows 已停用 whatever its dates.
 */
export function OperatorStatusChip() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.status === 'active' && record.expired)
    return <Chip size="small" color="warning" label={translate('operators.expired')} />;
  return <StatusChip source="status" prefix="operators.status" />;
}
