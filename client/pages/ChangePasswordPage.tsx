import { useState } from 'react';
import { Alert, Button, Card, CardContent, CardHeader, Stack, TextField } from '@mui/material';
import { Title, useNotify, useTranslate, useRedirect } from 'react-admin';
import { postJson } from '../providers/http';
import { currentUser } from '../providers/authProvider';

/** Change one's own password; the only page a flagged account may use until it has done so. */
export function ChangePasswordPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [values, setValues] = useState({ oldPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const forced = currentUser()?.mustChangePassword;
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (values.newPassword !== values.confirm) return setErrors({ confirm: translate('app.password.mismatch') });
    setBusy(true);
    try {
      await postJson('/auth/password', { oldPassword: values.oldPassword, newPassword: values.newPassword });
      const me = currentUser();
      if (me) me.mustChangePassword = false;
      notify('app.password.done', { type: 'success' });
      redirect('/');
    } catch (err) {
      const body = (err as { body?: { errors?: Record<string, string> } }).body;
      setErrors(body?.errors ?? {});
      notify((err as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ maxWidth: 480, mt: 2 }}>
      <Title title={translate('app.password.title')} />
      <CardHeader title={translate('app.password.title')} />
      <CardContent>
        {forced && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('app.password.forced')}
          </Alert>
        )}
        {/* submit catches its own errors (field messages and a notification). */}
        <form onSubmit={(e) => void submit(e)}>
          <Stack spacing={2}>
            <TextField
              type="password"
              label={translate('app.password.old')}
              value={values.oldPassword}
              onChange={set('oldPassword')}
              error={!!errors.oldPassword}
              helperText={errors.oldPassword}
              required
              autoComplete="current-password"
            />
            <TextField
              type="password"
              label={translate('app.password.new')}
              value={values.newPassword}
              onChange={set('newPassword')}
              error={!!errors.newPassword}
              helperText={errors.newPassword ?? translate('app.password.rule')}
              required
              autoComplete="new-password"
            />
            <TextField
              type="password"
              label={translate('app.password.confirm')}
              value={values.confirm}
              onChange={set('confirm')}
              error={!!errors.confirm}
              helperText={errors.confirm}
              required
              autoComplete="new-password"
            />
            <Button type="submit" variant="contained" disabled={busy}>
              {translate('app.password.submit')}
            </Button>
          </Stack>
        </form>
      </CardContent>
    </Card>
  );
}
