import { useState, type ReactElement } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { useRecordAction } from './useRecordAction';

export interface ActionButtonProps {
  resource: string;
  /** The action name as in the record's `allowedActions` and the URL (`/api/<resource>/:id/<action>`). */
  action: string;
  /** Defaults to `allowedActions` containing `action`; override for actions named differently there. */
  allowedAs?: string;
  label: string;
  confirm?: string;
  /** Ask for a reason (sent as `reason`); required when true. */
  reason?: boolean | 'optional';
  reasonLabel?: string;
  icon?: ReactElement;
  color?: 'primary' | 'secondary' | 'error' | 'warning' | 'success' | 'inherit' | 'info';
  variant?: 'text' | 'outlined' | 'contained';
  extraData?: (record: RaRecord) => Record<string, unknown>;
}

/**
 * A state-changing action on the current record: shown only when the server lists it in
 * `allowedActions`, confirmed in a dialog (with a reason where the rule wants one), sent with `version`.
 */
export function ActionButton(props: ActionButtonProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const mutation = useRecordAction(props.resource);
  if (!record || !(record.allowedActions as string[] | undefined)?.includes(props.allowedAs ?? props.action)) return null;
  const needReason = props.reason === true;
  const reasonMissing = needReason && !reason.trim();
  const submit = () => {
    setTouched(true);
    if (reasonMissing) return;
    mutation.mutate(
      {
        id: record.id,
        action: props.action,
        data: { version: record.version, ...(props.reason ? { reason: reason.trim() } : {}), ...(props.extraData?.(record) ?? {}) },
      },
      { onSuccess: () => setOpen(false) },
    );
  };
  return (
    <>
      <Button size="small" color={props.color ?? 'primary'} variant={props.variant ?? 'text'} startIcon={props.icon} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{props.label}</DialogTitle>
        <DialogContent>
          {props.confirm && <DialogContentText sx={{ mb: 2 }}>{props.confirm}</DialogContentText>}
          {props.reason && (
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={2}
              label={props.reasonLabel ?? translate('app.action.reason')}
              value={reason}
              required={needReason}
              error={touched && reasonMissing}
              helperText={touched && reasonMissing ? translate('app.action.reason_required') : ' '}
              onChange={(e) => setReason(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('app.action.cancel')}</Button>
          <Button variant="contained" color={props.color === 'error' ? 'error' : 'primary'} onClick={submit} disabled={mutation.isPending}>
            {translate('app.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
