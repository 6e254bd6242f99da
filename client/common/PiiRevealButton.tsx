import { useState } from 'react';
import {
  Alert,
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
} from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { useDataProvider, useNotify, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';

const COMMON_REASONS = ['verify_identity', 'phone_contact', 'material_check', 'complaint'] as const;

/**
 * Asks why (one of the common reasons, or typed), then fetches `/api/<resource>/:id/pii?reason=…`
 * (each call audited with its reason) and shows it until closed.
 */
export function PiiRevealButton({ resource: resourceProp }: { resource?: string }) {
  const record = useRecordContext();
  const resource = useResourceContext({ resource: resourceProp })!;
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [data, setData] = useState<Record<string, string | null> | null>(null);
  if (!record) return null;
  const reasons = COMMON_REASONS.map((r) => translate(`app.pii.reasons.${r}`));
  const reveal = async () => {
    if (reason.trim().length < 2) return setProblem(translate('app.pii.reason_required'));
    setPending(true);
    try {
      setData(await dataProvider.revealPii(resource, record.id, reason.trim()));
      setAsking(false);
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors?.reason) setProblem(body.errors.reason);
      else notify((e as Error).message, { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  const open = () => {
    setReason('');
    setProblem(null);
    setAsking(true);
  };
  return (
    <>
      <Button size="small" startIcon={<VisibilityIcon />} onClick={open}>
        {translate('app.pii.reveal')}
      </Button>
      <Dialog open={asking} onClose={() => !pending && setAsking(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('app.pii.reveal')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('app.pii.reason_hint')}</DialogContentText>
          <Autocomplete
            freeSolo
            options={reasons}
            inputValue={reason}
            onInputChange={(_e, v) => {
              setReason(v);
              setProblem(null);
            }}
            renderInput={(params) => (
              <TextField
                {...params}
                // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog has just opened on this one field; focus moves into it as the dialog pattern asks
                autoFocus
                required
                name="reason"
                label={translate('app.pii.reason')}
                error={!!problem}
                helperText={problem ?? ' '}
                slotProps={{ htmlInput: { ...params.inputProps, maxLength: 100 } }}
              />
            )}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)} disabled={pending}>
            {translate('app.action.cancel')}
          </Button>
          {/* reveal catches its own errors (field message or a notification); nothing is left to await here. */}
          <Button variant="contained" onClick={() => void reveal()} disabled={pending}>
            {translate('app.pii.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
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
