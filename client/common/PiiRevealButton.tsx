import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { useDataProvider, useNotify, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';

/** Fetches `/api/<resource>/:id/pii` on demand (each call audited) and shows it until closed. */
export function PiiRevealButton({ resource: resourceProp }: { resource?: string }) {
  const record = useRecordContext();
  const resource = useResourceContext({ resource: resourceProp })!;
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [data, setData] = useState<Record<string, string | null> | null>(null);
  if (!record) return null;
  const reveal = async () => {
    try {
      setData(await dataProvider.revealPii(resource, record.id));
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button size="small" startIcon={<VisibilityIcon />} onClick={reveal}>
        {translate('app.pii.reveal')}
      </Button>
      <Dialog open={!!data} onClose={() => setData(null)}>
        <DialogTitle>{translate('app.pii.title')}</DialogTitle>
        <DialogContent>
          <Table size="small">
            <TableBody>
              {Object.entries(data ?? {}).map(([k, v]) => (
                <TableRow key={k}>
                  <TableCell>{translate(`resources.${resource}.fields.${k}`, { _: k })}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{v ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Alert severity="info" sx={{ mt: 2 }}>
            {translate('app.pii.audited')}
          </Alert>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setData(null)}>{translate('app.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
