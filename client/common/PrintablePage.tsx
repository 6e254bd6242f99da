import type { ReactNode } from 'react';
import { Box, Button, GlobalStyles, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { Title, useTranslate } from 'react-admin';

/**
 * Print CSS for the whole document while a sheet is on screen: the console's chrome lives outside the
 * sheet (app bar, sidebar, skip links), so it has to be hidden globally, not from inside the sheet.
 */
const printStyles = (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4', margin: '20mm 18mm' },
      '@media print': {
        'header, nav, .MuiAppBar-root, .RaSidebar-root, .RaSidebar-fixed, .MuiDrawer-root, .no-print, button, .MuiSnackbar-root':
          { display: 'none !important' },
        'html, body': { background: '#fff !important' },
        '.RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content, #main-content, main': {
          margin: '0 !important',
          padding: '0 !important',
          marginTop: '0 !important',
          width: '100% !important',
          maxWidth: 'none !important',
        },
        '.printable-sheet': {
          border: '0 !important',
          padding: '0 !important',
          maxWidth: 'none !important',
          width: '100% !important',
          boxShadow: 'none !important',
        },
      },
    }}
  />
);

/** One printable sheet (受理回执, 开通通知书…): a print button on screen, the sheet alone on A4 paper. */
export function PrintablePage({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box>
      {printStyles}
      <Title title={title} />
      <Stack direction="row" justifyContent="flex-end" className="no-print" sx={{ my: 1 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('app.action.print')}
        </Button>
      </Stack>
      <Box
        className="printable-sheet"
        sx={{ bgcolor: 'background.paper', p: 5, maxWidth: 760, mx: 'auto', border: 1, borderColor: 'divider' }}
      >
        <Typography variant="h5" component="h2" align="center" gutterBottom>
          {title}
        </Typography>
        {children}
      </Box>
    </Box>
  );
}

/** Label / value rows of a printable sheet. */
export function PrintTable({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <Table size="small">
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            {/* A fixed 200 px label column left one character per line at 320 px. */}
            <TableCell component="th" scope="row" sx={{ width: { xs: '35%', sm: 200 }, fontWeight: 600 }}>
              {label}
            </TableCell>
            <TableCell>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Signature and seal lines at the foot of a sheet: each label with room to sign by hand. */
export function SignatureLines({ lines }: { lines: string[] }) {
  return (
    // One under the other on a narrow window (WCAG 1.4.10); side by side on paper and from 600 px.
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={4} justifyContent="space-between" sx={{ mt: 6 }}>
      {lines.map((l) => (
        <Typography key={l} sx={{ flex: 1, whiteSpace: 'nowrap' }}>
          {l}：
          <Box
            component="span"
            sx={{ display: 'inline-block', minWidth: 120, borderBottom: 1, borderColor: 'text.primary' }}
          >
            &nbsp;
          </Box>
        </Typography>
      ))}
    </Stack>
  );
}
