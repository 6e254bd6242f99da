import { useState } from 'react';
import { DialogContentText, TextField } from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';

/** Sets a temporary password; the server checks the password rule and answers with the field message. */
export function ResetPasswordButton() {
  const record = useRecordContext<{ id: number; version: number; allowedActions: string[] }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [password, setPassword] = useState('');
  if (!record || !record.allowedActions.includes('resetPassword')) return null;
  return (
    <ActionDialogButton
      label={translate('staff.action.resetPassword')}
      maxWidth="xs"
      onOpen={() => setPassword('')}
      confirmDisabled={!password}
      send={() => dataProvider.resetStaffPassword(record.id, { version: record.version, password })}
    >
      {(refusal) => (
        <>
          <DialogContentText sx={{ mb: 2 }}>{translate('staff.reset_password_hint')}</DialogContentText>
          <TextField
            fullWidth
            type="password"
            label={translate('app.password.new')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={!!refusal?.errors.password}
            helperText={refusal?.errors.password ?? translate('app.password.rule')}
          />
        </>
      )}
    </ActionDialogButton>
  );
}
