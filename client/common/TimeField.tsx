import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatTime } from './format';

/** A timestamp in Beijing time (2026-11-02 09:30), whatever the browser's own locale. */
export function TimeField({
  source,
  emptyText = '—',
}: {
  source: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
  emptyText?: string;
}) {
  const record = useRecordContext();
  const value = record?.[source] as string | null | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {value ? formatTime(value) : emptyText}
    </Typography>
  );
}
