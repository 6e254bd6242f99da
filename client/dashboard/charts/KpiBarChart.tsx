import {
  Box,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useTheme,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { kpiLink, type Kpi } from '../kpis';

export interface KpiSeries {
  id: string;
  label: string;
  /** One number per category, each with the list it opens. */
  data: Kpi[];
}

/**
 * Bars of KPI numbers; a click on a bar opens its list. The same numbers sit below in a table of links
 * (behind 以表格查看), so a keyboard or a screen reader reaches every bar's list too.
 */
export function KpiBarChart({
  title,
  categories,
  series,
  layout = 'vertical',
  height = 220,
}: {
  title: string;
  categories: string[];
  series: KpiSeries[];
  layout?: 'vertical' | 'horizontal';
  height?: number;
}) {
  const theme = useTheme();
  const navigate = useNavigate();
  const translate = useTranslate();
  const band = { scaleType: 'band' as const, data: categories };
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Typography component="figcaption" variant="subtitle2">
        {title}
      </Typography>
      <BarChart
        height={height}
        layout={layout}
        skipAnimation
        colors={[
          theme.palette.primary.main,
          theme.palette.success.main,
          theme.palette.warning.main,
          theme.palette.error.main,
        ]}
        {...(layout === 'vertical' ? { xAxis: [band] } : { yAxis: [{ ...band, width: 96 }] })}
        series={series.map((s) => ({ id: s.id, label: s.label, data: s.data.map((k) => k.value) }))}
        onItemClick={(_event, item) => {
          const kpi = series.find((s) => s.id === item.seriesId)?.data[item.dataIndex];
          if (kpi) void navigate(kpiLink(kpi));
        }}
        aria-hidden
      />
      <details>
        <summary>
          <Typography component="span" variant="body2">
            {translate('kpis.as_table')}
          </Typography>
        </summary>
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell />
              {series.map((s) => (
                <TableCell key={s.id} scope="col" align="right">
                  {s.label}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {categories.map((c, i) => (
              <TableRow key={c}>
                <TableCell component="th" scope="row">
                  {c}
                </TableCell>
                {series.map((s) => (
                  <TableCell key={s.id} align="right">
                    <MuiLink component={Link} to={kpiLink(s.data[i])}>
                      {s.data[i].value}
                    </MuiLink>
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </Box>
  );
}
