import { useState } from 'react';
import { Alert, Box, Grid, MenuItem, TextField, Typography } from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';
import { ID_TYPE_CHOICES } from './choices';

const EMPTY = { adminName: '', adminIdType: 'resident_id', adminIdNumber: '', adminPhone: '' };

/**
 * 开通 / 变更管理员: the current administrator (masked) on the left, the new one on the right,
 * so the clerk compares them before confirming. The server's field messages land under each input.
 */
export function AdminDialogButton({ mode }: { mode: 'open' | 'changeAdmin' }) {
  const record = useRecordContext<{
    id: number;
    version: number;
    allowedActions: string[];
    name: string;
    number: string;
    adminName: string | null;
    adminIdType: string | null;
    adminIdNumber: string | null;
    adminPhone: string | null;
  }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [values, setValues] = useState(EMPTY);
  if (!record || !record.allowedActions.includes(mode)) return null;
  const set = (k: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));
  const field = (errors: Record<string, string>, k: keyof typeof EMPTY) => ({
    name: k,
    label: translate(`resources.institutions.fields.${k}`),
    value: values[k],
    onChange: set(k),
    error: !!errors[k],
    helperText: errors[k] ?? ' ',
    fullWidth: true,
    size: 'small' as const,
  });
  const send = () =>
    (mode === 'open' ? dataProvider.openInstitution : dataProvider.changeInstitutionAdmin)(record.id, {
      ...values,
      version: record.version,
    });
  const current = (label: string, value: string | null) => (
    <Typography variant="body2" sx={{ mb: 1 }}>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {label}
      </Typography>
      {String(value ?? '—')}
    </Typography>
  );
  return (
    <ActionDialogButton
      label={translate(`institutions.action.${mode}`)}
      title={`${translate(`institutions.action.${mode}`)}：${record.name}（${record.number}）`}
      variant={mode === 'open' ? 'contained' : 'text'}
      maxWidth="md"
      onOpen={() => setValues(EMPTY)}
      send={send}
    >
      {(refusal) => (
        <>
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
                  {current(
                    translate('resources.institutions.fields.adminIdType'),
                    translate(`institutions.id_type.${record.adminIdType}`),
                  )}
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
              {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog was opened to type the new administrator: focus starts in its first field */}
              <TextField {...field(refusal?.errors ?? {}, 'adminName')} autoFocus />
              <TextField {...field(refusal?.errors ?? {}, 'adminIdType')} select>
                {ID_TYPE_CHOICES.map((c) => (
                  <MenuItem key={c.id} value={c.id}>
                    {translate(c.name)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField {...field(refusal?.errors ?? {}, 'adminIdNumber')} />
              <TextField {...field(refusal?.errors ?? {}, 'adminPhone')} />
            </Grid>
          </Grid>
        </>
      )}
    </ActionDialogButton>
  );
}
