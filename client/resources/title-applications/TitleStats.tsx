import { useState } from 'react';
import {
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableContainer,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { BarChart } from '@mui/x-charts/BarChart';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { titlePlanResultSheetUrl, type AppDataProvider } from '../../providers/dataProvider';
import { STAT_FIELDS, type LevelStats } from './statsTypes';

const CHART_SERIES = ['passed', 'returned', 'failed', 'pending', 'overdue'] as const;

const cell = (s: LevelStats, f: (typeof STAT_FIELDS)[number]) => {
  const v = s[f];
  if (v === null) return '—';
  return f === 'passRate' ? `${v}%` : String(v);
};

/** The numbers as a table: one row per title level or city, with the total. */
function StatsTable(props: {
  caption: string;
  first: string;
  rows: { key: string; name: string; stats: LevelStats }[];
}) {
  const translate = useTranslate();
  return (
    // The table scrolls sideways in its own container on a narrow window (WCAG 1.4.10's exception).
    <TableContainer sx={{ mb: 2 }}>
      <Table size="small" aria-label={props.caption}>
        <TableHead>
          <TableRow>
            <TableCell component="th">{props.first}</TableCell>
            {STAT_FIELDS.map((f) => (
              <TableCell key={f} component="th" align="right">
                {translate(`titleStats.fields.${f}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell component="th" scope="row">
                {r.name}
              </TableCell>
              {STAT_FIELDS.map((f) => (
                <TableCell key={f} align="right">
                  {cell(r.stats, f)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The results per row as grouped bars (MUI X Charts); the table beside it carries the same numbers for screen readers. */
function StatsChart(props: { title: string; rows: { key: string; name: string; stats: LevelStats }[] }) {
  const translate = useTranslate();
  return (
    <figure style={{ margin: 0 }} aria-label={props.title}>
      <Typography component="figcaption" variant="subtitle1">
        {props.title}
      </Typography>
      <BarChart
        height={280}
        xAxis={[{ scaleType: 'band', data: props.rows.map((r) => r.name) }]}
        series={CHART_SERIES.map((f) => ({
          id: f,
          label: translate(`titleStats.fields.${f}`),
          data: props.rows.map((r) => r.stats[f]),
        }))}
      />
    </figure>
  );
}

/** 审核统计 (/title-stats): per plan, the caller's org's numbers by title level and, for the province bureau, per city. */
export function TitleStats() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: plans = [] } = useGetList<{ id: number; name: string }>('title-plans', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'year', order: 'DESC' },
  });
  const [picked, setPicked] = useState<number | ''>('');
  const planId = picked || plans[0]?.id;
  const { data } = useQuery({
    queryKey: ['title-plan-stats', planId],
    queryFn: () => dataProvider.getTitlePlanStats(planId),
    enabled: !!planId,
  });
  const levels = (data?.byLevel ?? []).map((l) => ({
    key: l.level,
    name: translate(`titles.level.${l.level}`),
    stats: l,
  }));
  const cities = (data?.cities ?? []).map((c) => ({ key: String(c.orgId), name: c.orgName, stats: c }));
  const total = data ? [{ key: 'total', name: translate('titleStats.screen.total'), stats: data.totals }] : [];
  return (
    <>
      <Title title={translate('titleStats.screen.title')} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
            <TextField
              select
              size="small"
              sx={{ minWidth: { sm: 320 }, maxWidth: '100%' }}
              label={translate('titleStats.screen.plan')}
              value={planId ?? ''}
              onChange={(e) => setPicked(Number(e.target.value))}
            >
              {plans.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.name}
                </MenuItem>
              ))}
            </TextField>
            {planId && (
              <Button variant="outlined" startIcon={<DownloadIcon />} href={titlePlanResultSheetUrl(planId)} download>
                {translate('titleStats.screen.result_sheet')}
              </Button>
            )}
          </Stack>
          {data && (
            <>
              <Typography variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
                {translate('titleStats.screen.org', {
                  org: data.orgName,
                  level: translate(`titleStats.orgLevel.${data.orgLevel}`),
                })}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('titleStats.screen.overdue_rule', { days: data.overdueAfterWorkingDays })}
              </Typography>
              {data.totals.received === 0 && (
                <Typography sx={{ mb: 2 }}>{translate('titleStats.screen.empty')}</Typography>
              )}
              <StatsChart
                title={translate('titleStats.screen.chart', { what: translate('titleStats.screen.by_level') })}
                rows={levels}
              />
              <StatsTable
                caption={translate('titleStats.screen.by_level')}
                first={translate('titleStats.screen.level')}
                rows={[...levels, ...total]}
              />
              {data.cities && (
                <>
                  <StatsChart
                    title={translate('titleStats.screen.chart', { what: translate('titleStats.screen.by_city') })}
                    rows={cities}
                  />
                  <StatsTable
                    caption={translate('titleStats.screen.by_city')}
                    first={translate('titleStats.screen.city')}
                    rows={cities}
                  />
                </>
              )}
            </>
          )}
        </CardContent>
      </Card>
    </>
  );
}
