import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useParams } from 'react-router-dom';
import { Loading, Title, useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { formatTime } from '../../common/format';

/** 开通通知书: one printable page to hand to the institution (print CSS hides the console around it). */
export function OpeningNotice() {
  const { id } = useParams();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider();
  const { data: record, isPending } = useGetOne('institutions', { id: id! });
  const { data: prefix } = useQuery({
    queryKey: ['settings', 'institutions.passwordPrefix'],
    queryFn: () => dataProvider.getOne('settings', { id: 'institutions.passwordPrefix' }).then((r) => String(r.data.value)),
  });
  if (isPending || !record) return <Loading />;
  if (record.status === 'registered') return <Alert severity="warning">{translate('institutions.notice.not_open')}</Alert>;
  const row = (label: string, value: string) => (
    <TableRow>
      <TableCell sx={{ width: 200, fontWeight: 600 }}>{label}</TableCell>
      <TableCell>{value}</TableCell>
    </TableRow>
  );
  return (
    <Box sx={{ '@media print': { '.RaSidebar-fixed, header, .no-print': { display: 'none !important' } } }}>
      <Title title={translate('institutions.notice.title')} />
      <Stack direction="row" justifyContent="flex-end" className="no-print" sx={{ my: 1 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('app.action.print')}
        </Button>
      </Stack>
      <Box sx={{ bgcolor: 'background.paper', p: 5, maxWidth: 760, mx: 'auto', border: 1, borderColor: 'divider' }}>
        <Typography variant="h5" align="center" gutterBottom>
          {translate('institutions.notice.title')}
        </Typography>
        <Typography sx={{ whiteSpace: 'pre-line', my: 2 }}>{translate('institutions.notice.body', { name: record.name, date: formatTime(record.openedAt).slice(0, 10) })}</Typography>
        <Table size="small">
          <TableBody>
            {row(translate('resources.institutions.fields.name'), record.name)}
            {row(translate('institutions.notice.account'), record.number)}
            {row(translate('institutions.notice.password_rule'), translate('institutions.notice.password_rule_text', { prefix: prefix ?? '' }))}
            {row(translate('resources.institutions.fields.adminName'), record.adminName)}
            {row(translate('resources.institutions.fields.adminPhone'), record.adminPhone)}
          </TableBody>
        </Table>
        <Typography sx={{ my: 3 }}>{translate('institutions.notice.steps')}</Typography>
        <Stack direction="row" justifyContent="space-between" sx={{ mt: 6 }}>
          <Typography>
            {translate('institutions.notice.issuer')}：{identity?.fullName}
          </Typography>
          <Typography>
            {translate('institutions.notice.date')}：{formatTime(new Date().toISOString()).slice(0, 10)}
          </Typography>
        </Stack>
      </Box>
    </Box>
  );
}
