import { Card, CardContent, CardHeader, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { lazyScreen } from '../common/lazyScreen';
import { ChartsSuspense } from './ChartsLoading';
import { useKpis } from './kpis';

const TitleFunnelCharts = lazyScreen(() => import('./charts/TitleFunnelCharts'), 'TitleFunnelCharts');

/** The review funnel of each open plan, level by level, over the applications the reviewer's org sees. */
export function TitleFunnelWidget() {
  const translate = useTranslate();
  const kpis = useKpis().data?.titles;
  return (
    <Card>
      <CardHeader
        title={translate('kpis.titles.title')}
        titleTypographyProps={{ variant: 'subtitle1', component: 'h2' }}
      />
      <CardContent>
        {!kpis ? (
          <Typography color="text.secondary">…</Typography>
        ) : kpis.plans.length === 0 ? (
          <Typography color="text.secondary">{translate('kpis.titles.none')}</Typography>
        ) : (
          <ChartsSuspense>
            <TitleFunnelCharts kpis={kpis} />
          </ChartsSuspense>
        )}
      </CardContent>
    </Card>
  );
}
