import { Suspense, type ReactNode } from 'react';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Where a lazily loaded chart appears: the chart library arrives after the numbers, never on the first screen. */
export function ChartsSuspense({ children }: { children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Suspense fallback={<Typography color="text.secondary">{translate('kpis.loading')}</Typography>}>
      {children}
    </Suspense>
  );
}
