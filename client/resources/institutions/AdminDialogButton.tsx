import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Grid, MenuItem, TextField, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useRecordAction } from '../../common/useRecordAction';
import { ID_TYPE_CHOICES } from './choices';

const EMPTY = { adminName: '', adminIdType: 'resident_id', adminIdNumber: '', adminPhone: '' };

/**
 * 开通 / 变更管理员: the current administrator (masked) on the left, the new one on the right,
 * so the clerk compares them before confirming. The server's field messages land under each input.
 */
export function AdminDialogButton({ mode }: { mode: 'open' | 'changeAdmin' }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(EMPTY);
  const mutation = useRecordAction('institutions');
  if (!record || !(record.allowedActions as string[]).includes(mode)) return null;
  const errors = (mutation.error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors ?? {};
  const set = (k: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const field = (k: keyof typeof EMPTY) => ({
    name: k,
    label: translate(`resources.institutions.fields.${k}`),
    value: values[k],
    onChange: set(k),
    error: !!errors[k],
    helperText: errors[k] ?? ' ',
    fullWidth: true,
    size: 'small' as const,
  });
  const submit = () =>
    mutation.mutate(
      { id: record.id, action: mode === 'open' ? 'open' : 'change-admin', data: { ...values, version: record.version } },
      { onSuccess: () => (setOpen(false), setValues(EMPTY)) },
    );
  const current = (label: string, value: unknown) => (
    <Typography variant="body2" sx={{ mb: 1 }}>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {label}
      </Typography>
      {String(value ?? '—')}
    </Typography>
  );
  return (
    <>
      <Button size="small" variant={mode === 'open' ? 'contained' : 'text'} onClick={() => (mutation.reset(), setOpen(true))}>
        {translate(`institutions.action.${mode}`)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md">
        <DialogTitle>
          {translate(`institutions.action.${mode}`)}：{record.name}（{record.number}）
        </DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate(mode === 'open' ? 'institutions.admin.open_hint' : 'institutions.admin.change_hint')}
          </Alert>
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 5 }}>
              <Typography variant="subtitle2" sx={{ mb: 1 }}>
                {translate('institutions.admin.current')}
              </Typography>
              {record.adminName ? (
                <Box>
                  {current(translate('resources.institutions.fields.adminName'), record.adminName)}
                  {current(translate('resources.institutions.fields.adminIdType'), translate(`institutions.id_type.${record.adminIdType}`))}
                  {current(translate('resources.institutions.fields.adminIdNumber'), record.adminIdNumber)}
                  {current(translate('resources.institutions.fields.adminPhone'), record.adminPhone)}
                </Box>
              ) : (
                <Typography color="text.secondary">{translate('institutions.admin.none')}</Typography>
              )}
            </Grid>
            <Grid size={{ xs: 12, md: 7 }}>
              <Typography variant="subtitle2" sx={{ mb: 1 }}>
                {translate('institutions.admin.new')}
              </Typography>
              <TextField {...field('adminName')} autoFocus />
              <TextField {...field('adminIdType')} select>
                {ID_TYPE_CHOICES.map((c) => (
                  <MenuItem key={c.id} value={c.id}>
                    {translate(c.name)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField {...field('adminIdNumber')} />
              <TextField {...field('adminPhone')} />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('app.action.cancel')}</Button>
          <Button variant="contained" onClick={submit} disabled={mutation.isPending}>
            {translate('app.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
