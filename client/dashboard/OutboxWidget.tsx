import { useQuery } from '@tanstack/react-query';
import { Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';

/** How the SMS outbox stands: failed messages need a person to look at them and resend. */
export function OutboxWidget() {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['notifications', 'stats'],
    queryFn: () => dataProvider.getNotificationStats(),
  });
  const filterLink = (status: string) => `/notifications?filter=${encodeURIComponent(JSON.stringify({ status }))}`;
  return (
    <Card>
      <CardHeader title={translate('resources.notifications.name')} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent>
        <Stack direction="row" spacing={3}>
          {(['queued', 'failed', 'sent'] as const).map((s) => (
            <Button
              key={s}
              component={Link}
              to={filterLink(s)}
              color={s === 'failed' && data?.failed ? 'error' : 'primary'}
              sx={{ flexDirection: 'column' }}
            >
              <Typography variant="h5">{data?.[s] ?? '…'}</Typography>
              <Typography variant="caption">{translate(`notifications.status.${s}`)}</Typography>
            </Button>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
