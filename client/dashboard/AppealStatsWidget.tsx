import { Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { useAppealStats } from '../resources/appeals/AppealCounts';
import { queueLink } from '../resources/appeals/choices';

/** The agent's morning view: what is overdue, what is theirs, what waits to be claimed, and the queue by status. */
export function AppealStatsWidget() {
  const translate = useTranslate();
  const { data } = useAppealStats();
  const cell = (
    key: string,
    value: number | undefined,
    label: string,
    filter: Record<string, unknown>,
    alert = false,
  ) => (
    <Button
      key={key}
      component={Link}
      to={queueLink(filter)}
      color={alert && value ? 'error' : 'primary'}
      sx={{ flexDirection: 'column', minWidth: 88 }}
    >
      <Typography variant="h5">{value ?? '…'}</Typography>
      <Typography variant="caption">{label}</Typography>
    </Button>
  );
  return (
    <Card>
      <CardHeader title={translate('appeals.stats.title')} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent>
        <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
          {cell('overdue', data?.overdue, translate('appeals.stats.overdue'), { overdue: true }, true)}
          {cell('mine', data?.mine, translate('appeals.stats.mine'), { status: 'undecided', assigneeId: 'mine' })}
          {cell('unassigned', data?.unassigned, translate('appeals.stats.unassigned'), { status: 'submitted' })}
        </Stack>
        <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mt: 1 }}>
          {(['submitted', 'processing', 'supplement_requested', 'approved', 'rejected'] as const).map((s) =>
            cell(s, data?.byStatus[s], translate(`appeals.status.${s}`), { status: s }),
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
