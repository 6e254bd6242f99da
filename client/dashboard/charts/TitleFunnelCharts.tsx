import { Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Kpis } from '../kpis';
import { KpiBarChart } from './KpiBarChart';

type TitleKpis = NonNullable<Kpis['titles']>;
const OUTCOMES = ['reached', 'passed', 'returned', 'rejected'] as const;

/** Per plan, a bar group per review level: how many reached it and what it decided. */
export function TitleFunnelCharts({ kpis }: { kpis: TitleKpis }) {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      {kpis.plans.map((plan) => (
        <KpiBarChart
          key={plan.planId}
          title={plan.planName}
          categories={plan.levels.map((l) => translate(`titles.org_level.${l.level}`))}
          series={OUTCOMES.map((o) => ({
            id: o,
            label: translate(`kpis.titles.${o}`),
            data: plan.levels.map((l) => l[o]),
          }))}
        />
      ))}
    </Stack>
  );
}
