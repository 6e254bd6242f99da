import { useState } from 'react';
import { Checkbox, FormControlLabel, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';

/**
 * The org's reusable 推荐报告 for the plan the list is filtered to: when there is one, a batch uses it
 * (ticked by default) instead of a new upload. Without a plan filter the batch uploads as before.
 */
export function useReportChoice(planId: number | undefined) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: reports = [] } = useQuery({
    queryKey: ['title-plan-reports', planId],
    queryFn: () => dataProvider.getTitlePlanReports(planId!),
    enabled: !!planId,
  });
  const [declined, setDeclined] = useState(false);
  const report = reports[0];
  const using = !!report && !declined;
  return {
    report,
    using,
    setUsing: (v: boolean) => setDeclined(!v),
    reset: () => setDeclined(false),
    chosenId: () => Promise.resolve(using ? report.id : undefined),
  };
}

export function ReportChoice({ choice }: { choice: ReturnType<typeof useReportChoice> }) {
  const translate = useTranslate();
  if (!choice.report) return null;
  return (
    <>
      <Typography variant="subtitle2">{translate('titleStats.report.title')}</Typography>
      <FormControlLabel
        sx={{ mb: 1 }}
        control={<Checkbox checked={choice.using} onChange={(e) => choice.setUsing(e.target.checked)} />}
        label={translate('titleStats.report.use', { name: choice.report.file.originalName })}
      />
    </>
  );
}
