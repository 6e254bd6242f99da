import type { ReactNode } from 'react';
import { Box, Button, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { Title, useTranslate } from 'react-admin';

/**
 * One printable sheet (受理回执, 开通通知书…): a print button, and print CSS that hides the
 * console around the sheet so only the paper is printed.
 */
export function PrintablePage({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ '@media print': { '.RaSidebar-fixed, header, .no-print': { display: 'none !important' } } }}>
      <Title title={title} />
      <Stack direction="row" justifyContent="flex-end" className="no-print" sx={{ my: 1 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('app.action.print')}
        </Button>
      </Stack>
      <Box sx={{ bgcolor: 'background.paper', p: 5, maxWidth: 760, mx: 'auto', border: 1, borderColor: 'divider' }}>
        <Typography variant="h5" align="center" gutterBottom>
          {title}
        </Typography>
        {children}
      </Box>
    </Box>
  );
}

/** Label / value rows of a printable sheet. */
export function PrintTable({ rows }: { rows: [label: string, value: string][] }) {
  return (
    <Table size="small">
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell sx={{ width: 200, fontWeight: 600 }}>{label}</TableCell>
            <TableCell>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
