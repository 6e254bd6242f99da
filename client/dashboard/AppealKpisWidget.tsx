import { Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { lazyScreen } from '../common/lazyScreen';
import { ChartsSuspense } from './ChartsLoading';
import { KpiNumber } from './KpiNumber';
import { useKpis } from './kpis';

const AppealKpiCharts = lazyScreen(() => import('./charts/AppealKpiCharts'), 'AppealKpiCharts');

/** The appeal desk over the last 30 days: throughput per day, deadline compliance, backlog, the longest wait. */
export function AppealKpisWidget() {
  const translate = useTranslate();
  const kpis = useKpis().data?.appeals;
  return (
    <Card>
      <CardHeader
        title={translate('kpis.appeals.title')}
        titleTypographyProps={{ variant: 'subtitle1', component: 'h2' }}
      />
      <CardContent>
        {!kpis ? (
          <Typography color="text.secondary">…</Typography>
        ) : (
          <>
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap alignItems="center">
              <KpiNumber
                kpi={kpis.compliance.decided}
                label={translate('kpis.appeals.compliance')}
                shown={kpis.compliance.percent === null ? '—' : `${kpis.compliance.percent}%`}
              />
              <Typography variant="body2" color="text.secondary">
                {kpis.compliance.percent === null
                  ? translate('kpis.appeals.compliance_none')
                  : translate('kpis.appeals.compliance_detail', {
                      decided: kpis.compliance.decided.value,
                      onTime: kpis.compliance.onTime,
                    })}
              </Typography>
              {kpis.oldest ? (
                <Button
                  component={Link}
                  to={`/appeals/${kpis.oldest.id}/show`}
                  sx={{ flexDirection: 'column', minWidth: 96, textTransform: 'none' }}
                >
                  <Typography variant="h5" component="span">
                    {translate('kpis.appeals.days', { days: kpis.oldest.waitingDays })}
                  </Typography>
                  <Typography variant="caption" component="span">
                    {translate('kpis.appeals.oldest', { name: kpis.oldest.name })}
                  </Typography>
                </Button>
              ) : (
                <Typography variant="body2">{translate('kpis.appeals.none_waiting')}</Typography>
              )}
            </Stack>
            <ChartsSuspense>
              <AppealKpiCharts kpis={kpis} />
            </ChartsSuspense>
          </>
        )}
      </CardContent>
    </Card>
  );
}
