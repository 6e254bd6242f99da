import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';

export interface CheckResult {
  verdict: 'ok' | 'blocked';
  checks: { key: string; ok: boolean | null; message: string; fix: string | null }[];
}
const ID_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent'];
const METHODS = ['essc_scan', 'jishiban_scan', 'password'];

/** 扫码登录核验 for customer service: the caller's identity in the body, the verdict and each fix back. */
export function SignInCheckButton() {
  const unit = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ name: '', idType: 'resident_id', idNumber: '', method: 'essc_scan' });
  const mutation = useMutation({
    mutationFn: () => dataProvider.checkUnitSignIn(unit!.id, form),
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  if (!unit) return null;
  const t = (k: string) => translate(`signIn.check.${k}`);
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [k]: e.target.value });
  const result = mutation.data;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('intro')}</DialogContentText>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog was opened to type the person's name: focus starts in its first field */}
          <TextField autoFocus fullWidth margin="dense" label={t('name')} value={form.name} onChange={set('name')} />
          <TextField select fullWidth margin="dense" label={t('idType')} value={form.idType} onChange={set('idType')}>
            {ID_TYPES.map((v) => (
              <MenuItem key={v} value={v}>
                {translate(`units.id_type.${v}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            fullWidth
            margin="dense"
            label={t('idNumber')}
            value={form.idNumber}
            onChange={set('idNumber')}
            autoComplete="off"
          />
          <TextField select fullWidth margin="dense" label={t('method')} value={form.method} onChange={set('method')}>
            {METHODS.map((v) => (
              <MenuItem key={v} value={v}>
                {translate(`signIn.method.${v}`)}
              </MenuItem>
            ))}
          </TextField>
          {result && (
            <>
              <Alert severity={result.verdict === 'ok' ? 'success' : 'error'} sx={{ mt: 2 }}>
                {t(`verdict_${result.verdict}`)}
              </Alert>
              <List dense aria-label={t('title')}>
                {result.checks.map((c) => (
                  <ListItem key={c.key} divider data-check={c.key}>
                    <ListItemText
                      primary={`${c.ok === false ? '✗' : c.ok ? '✓' : '?'} ${t(`key.${c.key}`)}：${c.message}`}
                      secondary={c.fix ? `${t('fix')}：${c.fix}` : null}
                    />
                  </ListItem>
                ))}
              </List>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('close')}</Button>
          <Button
            variant="contained"
            disabled={mutation.isPending || !form.name.trim() || !form.idNumber.trim()}
            onClick={() => mutation.mutate()}
          >
            {t('run')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
