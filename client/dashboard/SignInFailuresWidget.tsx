import { useQuery } from '@tanstack/react-query';
import { Box, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';

export interface SignInFailureStats {
  since: string;
  days: number;
  reasons: { reason: string; count: number }[];
}

const DAYS = 7;

/** The filtered 扫码登录记录 list a bar opens: failures of that reason since the chart's start. */
export const failuresLink = (reason: string, since: string) =>
  `/sign-in-events?filter=${encodeURIComponent(JSON.stringify({ outcome: 'failed', reason, at_gte: since }))}`;

/**
 * The appeal agents' view of why callers cannot scan in: one bar per failure reason over the last 7 days,
 * counted by the server; each bar is a link to those events.
 */
export function SignInFailuresWidget() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({
    queryKey: ['sign-in-events', 'stats', DAYS],
    queryFn: () => dataProvider.getSignInFailureStats(DAYS),
    refetchInterval: 60_000,
  });
  const max = Math.max(1, ...(data?.reasons.map((r) => r.count) ?? []));
  return (
    <Card>
      <CardHeader
        title={translate('signIn.chart_title')}
        titleTypographyProps={{ variant: 'subtitle1', component: 'h2' }}
      />
      <CardContent>
        {!data ? (
          <Typography color="text.secondary">…</Typography>
        ) : (
          <Stack
            spacing={0.5}
            component="ul"
            sx={{ listStyle: 'none', p: 0, m: 0 }}
            aria-label={translate('signIn.chart_title')}
          >
            {data.reasons.map(({ reason, count }) => {
              const label = translate(`signIn.reason.${reason}`);
              return (
                <li key={reason}>
                  <Button
                    component={Link}
                    to={failuresLink(reason, data.since)}
                    aria-label={translate('signIn.chart_bar', { reason: label, count })}
                    sx={{ width: '100%', justifyContent: 'flex-start', textTransform: 'none', gap: 1, px: 1 }}
                  >
                    <Typography
                      variant="body2"
                      sx={{ width: 150, flexShrink: 0, textAlign: 'left' }}
                      color="text.primary"
                    >
                      {label}
                    </Typography>
                    <Box sx={{ flexGrow: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
                      <Box
                        data-testid="bar"
                        sx={{
                          height: 14,
                          width: `${(count / max) * 100}%`,
                          minWidth: count ? 4 : 0,
                          bgcolor: 'primary.main',
                          borderRadius: 0.5,
                        }}
                      />
                      <Typography variant="body2" component="span">
                        {count}
                      </Typography>
                    </Box>
                  </Button>
                </li>
              );
            })}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
