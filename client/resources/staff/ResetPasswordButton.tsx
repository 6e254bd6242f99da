import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useRecordAction } from '../../common/useRecordAction';

/** Sets a temporary password; the server checks the password rule and answers with the field message. */
export function ResetPasswordButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const mutation = useRecordAction('staff');
  if (!record || !(record.allowedActions as string[]).includes('resetPassword')) return null;
  const fieldError = (mutation.error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors?.password;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {translate('staff.action.resetPassword')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('staff.action.resetPassword')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('staff.reset_password_hint')}</DialogContentText>
          <TextField
            fullWidth
            type="password"
            label={translate('app.password.new')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={!!fieldError}
            helperText={fieldError ?? translate('app.password.rule')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('app.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={!password || mutation.isPending}
            onClick={() =>
              mutation.mutate({ id: record.id, action: 'reset-password', data: { version: record.version, password } }, { onSuccess: () => (setOpen(false), setPassword('')) })
            }
          >
            {translate('app.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
