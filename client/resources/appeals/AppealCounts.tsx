import { useQuery } from '@tanstack/react-query';
import { Button, Card, CardContent, CardHeader, Divider, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { queueLink } from './choices';

export function useAppealStats() {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['appeals', 'stats'],
    queryFn: () => dataProvider.getAppealStats(),
    refetchInterval: 60_000,
  });
}

function Count({ value, label, to, alert }: { value: number | undefined; label: string; to: string; alert?: boolean }) {
  return (
    <Button
      component={Link}
      to={to}
      color={alert && value ? 'error' : 'primary'}
      sx={{ justifyContent: 'space-between', textTransform: 'none', px: 1 }}
      fullWidth
    >
      <Typography variant="body2">{label}</Typography>
      <Typography variant="h6" component="span">
        {value ?? '…'}
      </Typography>
    </Button>
  );
}

/** Counts per status, overdue, mine and to claim, each a link to that slice of the queue (counted by the server). Beside the queue on wide screens only; the dashboard always has them. */
export function AppealCounts() {
  const translate = useTranslate();
  const { data } = useAppealStats();
  return (
    <Card
      sx={{ ml: 2, mt: 8, width: 168, flexShrink: 0, alignSelf: 'flex-start', display: { xs: 'none', xl: 'block' } }}
    >
      <CardHeader
        title={translate('appeals.stats.title')}
        titleTypographyProps={{ variant: 'subtitle1' }}
        sx={{ pb: 0 }}
      />
      <CardContent>
        <Stack>
          <Count
            value={data?.overdue}
            label={translate('appeals.stats.overdue')}
            to={queueLink({ overdue: true })}
            alert
          />
          <Count
            value={data?.mine}
            label={translate('appeals.stats.mine')}
            to={queueLink({ status: 'undecided', assigneeId: 'mine' })}
          />
          <Count
            value={data?.unassigned}
            label={translate('appeals.stats.unassigned')}
            to={queueLink({ status: 'submitted' })}
          />
          <Divider sx={{ my: 1 }} />
          {(['submitted', 'processing', 'supplement_requested', 'approved', 'rejected'] as const).map((s) => (
            <Count
              key={s}
              value={data?.byStatus[s]}
              label={translate(`appeals.status.${s}`)}
              to={queueLink({ status: s })}
            />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
