import { useState } from 'react';
import { Alert, Stack, TextField } from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';

/** 调整名额: new admin and operator quotas with a reason; the server refuses going below what is in use. */
export function QuotaButton() {
  const record = useRecordContext<{
    id: number;
    version: number;
    allowedActions: string[];
    adminCount: number;
    adminQuota: number;
    operatorCount: number;
    operatorQuota: number;
  }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [values, setValues] = useState({ adminQuota: '', operatorQuota: '', reason: '' });
  if (!record || !record.allowedActions.includes('quota')) return null;
  const field = (errors: Record<string, string>, k: keyof typeof values, label: string, helper?: string) => ({
    name: k,
    label,
    value: values[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [k]: e.target.value })),
    error: !!errors[k],
    helperText: errors[k] ?? helper ?? ' ',
    fullWidth: true,
  });
  return (
    <ActionDialogButton
      label={translate('units.action.quota')}
      maxWidth="xs"
      onOpen={() =>
        setValues({ adminQuota: String(record.adminQuota), operatorQuota: String(record.operatorQuota), reason: '' })
      }
      send={() =>
        dataProvider.setUnitQuota(record.id, {
          adminQuota: Number(values.adminQuota),
          operatorQuota: Number(values.operatorQuota),
          reason: values.reason,
          version: record.version,
        })
      }
    >
      {(refusal) => {
        const errors = refusal?.errors ?? {};
        return (
          <>
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('units.quota.hint')}
            </Alert>
            <Stack spacing={1}>
              <TextField
                {...field(
                  errors,
                  'adminQuota',
                  translate('resources.units.fields.adminQuota'),
                  translate('units.quota.used', { used: record.adminCount, quota: record.adminQuota }),
                )}
                type="number"
              />
              <TextField
                {...field(
                  errors,
                  'operatorQuota',
                  translate('resources.units.fields.operatorQuota'),
                  translate('units.quota.used', { used: record.operatorCount, quota: record.operatorQuota }),
                )}
                type="number"
              />
              <TextField {...field(errors, 'reason', translate('units.quota.reason'))} multiline minRows={2} />
            </Stack>
          </>
        );
      }}
    </ActionDialogButton>
  );
}
