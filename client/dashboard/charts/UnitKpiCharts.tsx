import { useTranslate } from 'react-admin';
import type { Kpis } from '../kpis';
import { KpiBarChart } from './KpiBarChart';

type UnitKpis = NonNullable<Kpis['units']>;

/** Activations per day of this week (Monday first). */
export function UnitKpiCharts({ kpis }: { kpis: UnitKpis }) {
  const translate = useTranslate();
  return (
    <KpiBarChart
      title={translate('kpis.units.per_day')}
      categories={kpis.days.map((d) => d.date.slice(5))}
      series={[{ id: 'activated', label: translate('kpis.units.activated'), data: kpis.days.map((d) => d.activated) }]}
    />
  );
}
