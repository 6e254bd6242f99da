import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Where the deadline stands: days left, due today, overdue (red), paused while waiting for a supplement, or done. */
export function DeadlineChip({
  showDate = false,
}: {
  showDate?: boolean;
  label?: string;
  sortBy?: string;
  source?: string;
}) {
  const record = useRecordContext<{
    id: number;
    status: string;
    dueDate: string;
    paused?: boolean;
    overdue?: boolean;
    workingDaysLeft?: number | null;
  }>();
  const translate = useTranslate();
  if (!record) return null;
  const decided = record.status === 'approved' || record.status === 'rejected';
  const date = showDate ? `${record.dueDate} · ` : '';
  if (decided) return <Chip size="small" variant="outlined" label={translate('appeals.deadline.decided')} />;
  if (record.paused)
    return <Chip size="small" color="secondary" variant="outlined" label={translate('appeals.deadline.paused')} />;
  if (record.overdue)
    return <Chip size="small" color="error" label={`${date}${translate('appeals.deadline.overdue')}`} />;
  if (typeof record.workingDaysLeft === 'number') {
    const text =
      record.workingDaysLeft === 0
        ? translate('appeals.deadline.due_today')
        : translate('appeals.deadline.left', { days: record.workingDaysLeft });
    return <Chip size="small" color={record.workingDaysLeft <= 1 ? 'warning' : 'default'} label={`${date}${text}`} />;
  }
  return <Chip size="small" variant="outlined" label={translate('appeals.deadline.until', { date: record.dueDate })} />;
}
