import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS: Record<string, ChipProps['color']> = {
  active: 'success',
  open: 'success',
  approved: 'success',
  sent: 'success',
  pending_activation: 'warning',
  pending: 'warning',
  submitted: 'warning',
  queued: 'default',
  processing: 'info',
  awaiting_submission: 'info',
  supplement_requested: 'secondary',
  registered: 'info',
  returned: 'secondary',
  frozen: 'error',
  disabled: 'error',
  failed: 'error',
  rejected: 'error',
  cancelled: 'default',
};

/** A status value as its Chinese label (`<prefix>.<value>` in the catalogue), coloured by meaning. */
export function StatusChip({
  source = 'status',
  prefix,
  label: _label,
}: {
  source?: string;
  prefix: string;
  label?: string;
}) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  return <Chip size="small" color={COLORS[value] ?? 'default'} label={translate(`${prefix}.${value}`, { _: value })} />;
}
