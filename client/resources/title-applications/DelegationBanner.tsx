import { useQuery } from '@tanstack/react-query';
import { Alert, Stack } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';

/** 委托 today, on the review home: whom the caller reviews for, and to whom they handed their work. */
export function DelegationBanner() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({
    queryKey: ['delegations', 'current'],
    queryFn: () => dataProvider.getCurrentDelegations(),
  });
  if (!data || (!data.actingFor.length && !data.delegatedTo.length)) return null;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      {data.actingFor.map((d) => (
        <Alert key={`for-${d.id}`} severity="info">
          {translate('delegations.acting_banner', { name: d.name, date: d.endDate })}
        </Alert>
      ))}
      {data.delegatedTo.map((d) => (
        <Alert key={`to-${d.id}`} severity="info">
          {translate('delegations.delegated_banner', { name: d.name, date: d.endDate })}
        </Alert>
      ))}
    </Stack>
  );
}
