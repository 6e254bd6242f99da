import { Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Kpis } from '../kpis';
import { KpiBarChart } from './KpiBarChart';

type AppealKpis = NonNullable<Kpis['appeals']>;

/** Received and decided per day over the window, and the undecided backlog per agent. */
export function AppealKpiCharts({ kpis }: { kpis: AppealKpis }) {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <KpiBarChart
        title={translate('kpis.appeals.per_day')}
        categories={kpis.days.map((d) => d.date.slice(5))}
        series={[
          { id: 'received', label: translate('kpis.appeals.received'), data: kpis.days.map((d) => d.received) },
          { id: 'decided', label: translate('kpis.appeals.decided'), data: kpis.days.map((d) => d.decided) },
        ]}
      />
      {kpis.backlog.length > 0 && (
        <KpiBarChart
          title={translate('kpis.appeals.backlog')}
          layout="horizontal"
          height={Math.max(120, 40 * kpis.backlog.length + 60)}
          categories={kpis.backlog.map((b) => b.name ?? translate('kpis.appeals.unassigned'))}
          series={[{ id: 'backlog', label: translate('kpis.appeals.undecided'), data: kpis.backlog }]}
        />
      )}
    </Stack>
  );
}
