import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { z } from 'zod';
import type { Kpi as KpiSchema, KpisResponse } from '../../server/modules/dashboard/dashboard.schemas';
import type { AppDataProvider } from '../providers/dataProvider';

/** The server's answer, typed from the schema it is checked against (GET /api/dashboard/kpis). */
export type Kpis = z.infer<typeof KpisResponse>;
export type Kpi = z.infer<typeof KpiSchema>;

/** The list a number opens: its resource, filtered as the server counted it. */
export const kpiLink = (kpi: Kpi) => `/${kpi.resource}?filter=${encodeURIComponent(JSON.stringify(kpi.filter))}`;

/** One request for every KPI widget on the dashboard (they share the query). */
export function useKpis() {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['dashboard', 'kpis'],
    queryFn: () => dataProvider.getDashboardKpis(),
    refetchInterval: 60_000,
  });
}
