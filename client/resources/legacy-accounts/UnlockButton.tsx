import { useState } from 'react';
import { Alert, TextField } from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';
import type { LegacyAccountRow } from './LegacyAccountList';

/** 解锁: a locked legacy account may try its old password again; the reason goes into the audit log. */
export function UnlockButton() {
  const record = useRecordContext<LegacyAccountRow>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [reason, setReason] = useState('');
  if (!record || !record.allowedActions.includes('unlock')) return null;
  return (
    <ActionDialogButton
      label={translate('legacyAccounts.action.unlock')}
      title={`${translate('legacyAccounts.unlock.title')}：${record.name}`}
      maxWidth="xs"
      onOpen={() => setReason('')}
      done={() => 'legacyAccounts.unlock.done'}
      send={() => dataProvider.unlockLegacyAccount(record.id, { reason, version: record.version })}
    >
      {(refusal) => (
        <>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('legacyAccounts.unlock.hint')}
          </Alert>
          <TextField
            name="reason"
            label={translate('legacyAccounts.unlock.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={!!refusal?.errors.reason}
            helperText={refusal?.errors.reason ?? ' '}
            fullWidth
            multiline
            minRows={2}
          />
        </>
      )}
    </ActionDialogButton>
  );
}
