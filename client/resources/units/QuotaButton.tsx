import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useRecordAction } from '../../common/useRecordAction';

/** 调整名额: new admin and operator quotas with a reason; the server refuses going below what is in use. */
export function QuotaButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ adminQuota: '', operatorQuota: '', reason: '' });
  const mutation = useRecordAction('units');
  if (!record || !(record.allowedActions as string[]).includes('quota')) return null;
  const errors = (mutation.error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors ?? {};
  const field = (k: keyof typeof values, label: string, helper?: string) => ({
    name: k,
    label,
    value: values[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [k]: e.target.value })),
    error: !!errors[k],
    helperText: errors[k] ?? helper ?? ' ',
    fullWidth: true,
  });
  const start = () => {
    mutation.reset();
    setValues({ adminQuota: String(record.adminQuota), operatorQuota: String(record.operatorQuota), reason: '' });
    setOpen(true);
  };
  return (
    <>
      <Button size="small" onClick={start}>
        {translate('units.action.quota')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('units.action.quota')}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('units.quota.hint')}
          </Alert>
          <Stack spacing={1}>
            <TextField {...field('adminQuota', translate('resources.units.fields.adminQuota'), translate('units.quota.used', { used: record.adminCount, quota: record.adminQuota }))} type="number" />
            <TextField {...field('operatorQuota', translate('resources.units.fields.operatorQuota'), translate('units.quota.used', { used: record.operatorCount, quota: record.operatorQuota }))} type="number" />
            <TextField {...field('reason', translate('units.quota.reason'))} multiline minRows={2} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('app.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={mutation.isPending}
            onClick={() =>
              mutation.mutate(
                { id: record.id, action: 'quota', data: { adminQuota: Number(values.adminQuota), operatorQuota: Number(values.operatorQuota), reason: values.reason, version: record.version } },
                { onSuccess: () => setOpen(false) },
              )
            }
          >
            {translate('app.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
