import { useQuery } from '@tanstack/react-query';
import { Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { applicationsLink } from './choices';

export function useTitleCounters() {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['title-applications', 'counters'],
    queryFn: () => dataProvider.getTitleApplicationCounters(),
    refetchInterval: 60_000,
  });
}

/** A number that opens its list; its name starts with the number it shows (WCAG 2.5.3), then says what it counts. */
function Count({ value, to, label, strong }: { value: number; to: string; label: string; strong?: boolean }) {
  return (
    <Button
      component={Link}
      to={to}
      aria-label={`${value} ${label}`}
      color={strong && value ? 'warning' : 'primary'}
      sx={{ minWidth: 56, fontSize: '1.1rem', fontWeight: strong && value ? 700 : 400 }}
    >
      {value}
    </Button>
  );
}

/**
 * 审核首页 [003 §3.1 A]: per title plan, what waits at the caller's org — 待审, 待送审 and what it
 * returned to applicants — each number a link to the list with exactly that filter (counted by the server).
 */
export function TitleCounters({ dense }: { dense?: boolean }) {
  const translate = useTranslate();
  const { data } = useTitleCounters();
  if (!data) return <Typography color="text.secondary">…</Typography>;
  if (!data.plans.length) return <Typography color="text.secondary">{translate('titles.home.empty')}</Typography>;
  const link = (planId: number, status: string) => applicationsLink({ planId, status, currentOrgId: 'mine' });
  return (
    // The table scrolls sideways in its own container on a narrow window (WCAG 1.4.10's exception).
    <TableContainer>
      <Table size={dense ? 'small' : 'medium'} aria-label={translate('titles.home.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('titles.home.plan')}</TableCell>
            <TableCell align="center">{translate('titles.home.pending')}</TableCell>
            <TableCell align="center">{translate('titles.home.awaiting')}</TableCell>
            <TableCell align="center">{translate('titles.home.overdue')}</TableCell>
            <TableCell align="center">{translate('titles.home.returned')}</TableCell>
            {!dense && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.plans.map((p) => (
            <TableRow key={p.planId}>
              <TableCell>
                <Typography variant="body2">{p.planName}</Typography>
                {!dense && (
                  <Typography variant="caption" color="text.secondary">
                    {p.series} · {p.year}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="center">
                <Count
                  value={p.pending}
                  to={link(p.planId, 'pending')}
                  label={`${p.planName} ${translate('titles.home.pending')}`}
                  strong
                />
              </TableCell>
              <TableCell align="center">
                <Count
                  value={p.awaitingSubmission}
                  to={link(p.planId, 'awaiting_submission')}
                  label={`${p.planName} ${translate('titles.home.awaiting')}`}
                  strong
                />
              </TableCell>
              <TableCell align="center">
                <Count
                  value={p.overdue}
                  to={applicationsLink({ planId: p.planId, overdue: true, currentOrgId: 'mine' })}
                  label={`${p.planName} ${translate('titles.home.overdue')}（${translate('titles.home.overdue_hint', { days: p.levelDeadlineDays })}）`}
                  strong
                />
              </TableCell>
              <TableCell align="center">
                <Count
                  value={p.returned}
                  to={link(p.planId, 'returned')}
                  label={`${p.planName} ${translate('titles.home.returned')}`}
                />
              </TableCell>
              {!dense && (
                <TableCell align="right">
                  <Button size="small" component={Link} to={applicationsLink({ planId: p.planId })}>
                    {translate('titles.home.open_plan')}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
