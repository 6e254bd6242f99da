import { Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { lazyScreen } from '../common/lazyScreen';
import { ChartsSuspense } from './ChartsLoading';
import { KpiNumber } from './KpiNumber';
import { useKpis } from './kpis';

const UnitKpiCharts = lazyScreen(() => import('./charts/UnitKpiCharts'), 'UnitKpiCharts');

/** Unit accounts this week: what waits for activation, what was activated, which units have no place left. */
export function UnitKpisWidget() {
  const translate = useTranslate();
  const kpis = useKpis().data?.units;
  return (
    <Card>
      <CardHeader
        title={translate('kpis.units.title')}
        titleTypographyProps={{ variant: 'subtitle1', component: 'h2' }}
      />
      <CardContent>
        {!kpis ? (
          <Typography color="text.secondary">…</Typography>
        ) : (
          <>
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
              <KpiNumber kpi={kpis.pendingActivation} label={translate('kpis.units.pending')} />
              <KpiNumber kpi={kpis.activatedThisWeek} label={translate('kpis.units.activated_week')} />
              <KpiNumber kpi={kpis.atQuota} label={translate('kpis.units.at_quota')} />
            </Stack>
            <ChartsSuspense>
              <UnitKpiCharts kpis={kpis} />
            </ChartsSuspense>
          </>
        )}
      </CardContent>
    </Card>
  );
}
