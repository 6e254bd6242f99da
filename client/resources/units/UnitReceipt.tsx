import { useQuery } from '@tanstack/react-query';
import { Box, Button, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useParams } from 'react-router-dom';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { formatTime } from '../../common/format';

interface Receipt {
  name: string;
  uscc: string;
  account: string;
  legalRepName: string;
  registeredAt: string;
  staffName: string | null;
  materials: { field: string; label: string; originalName: string }[];
}

/** 受理回执: one printable page for the person at the window (print CSS hides the console around it). */
export function UnitReceipt() {
  const { id } = useParams();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({ queryKey: ['units', id, 'receipt'], queryFn: () => dataProvider.getJson<Receipt>(`units/${id}/receipt`).then((r) => r.data) });
  if (!data) return <Loading />;
  const f = (k: string) => translate(`resources.units.fields.${k}`);
  const row = (label: string, value: string) => (
    <TableRow>
      <TableCell sx={{ width: 180, fontWeight: 600 }}>{label}</TableCell>
      <TableCell>{value}</TableCell>
    </TableRow>
  );
  return (
    <Box sx={{ '@media print': { '.RaSidebar-fixed, header, .no-print': { display: 'none !important' } } }}>
      <Title title={translate('units.receipt.title')} />
      <Stack direction="row" justifyContent="flex-end" className="no-print" sx={{ my: 1 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('app.action.print')}
        </Button>
      </Stack>
      <Box sx={{ bgcolor: 'background.paper', p: 5, maxWidth: 760, mx: 'auto', border: 1, borderColor: 'divider' }}>
        <Typography variant="h5" align="center" gutterBottom>
          {translate('units.receipt.title')}
        </Typography>
        <Typography sx={{ my: 2 }}>{translate('units.receipt.intro')}</Typography>
        <Table size="small">
          <TableBody>
            {row(f('name'), data.name)}
            {row(f('uscc'), data.uscc)}
            {row(f('legalRepName'), data.legalRepName)}
            {row(f('account'), data.account)}
            {row(translate('units.receipt.date'), formatTime(data.registeredAt).slice(0, 10))}
            {row(translate('units.receipt.staff'), data.staffName ?? '—')}
            {row(translate('units.receipt.materials'), data.materials.map((m) => `${m.label}（${m.originalName}）${translate('units.receipt.copies')}`).join('；') || '—')}
          </TableBody>
        </Table>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 4 }}>
          {translate('units.receipt.footer')}
        </Typography>
      </Box>
    </Box>
  );
}
