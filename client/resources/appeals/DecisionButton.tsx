import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { useRecordAction } from '../../common/useRecordAction';

export type FieldErrors = Record<string, string>;

/**
 * A decision on the current appeal in a dialog: shown only when the server lists it in
 * `allowedActions`, sent pessimistically with `version`; the server's field messages come back
 * to `body(errors)` so nothing the agent typed is lost on a refusal.
 */
export function DecisionButton(props: {
  action: string;
  allowedAs: string;
  label: string;
  color?: 'primary' | 'error' | 'warning' | 'success' | 'secondary';
  variant?: 'text' | 'outlined' | 'contained';
  maxWidth?: 'sm' | 'md';
  /** Called when the dialog opens (to prefill from the record). */
  onOpen?: (record: RaRecord) => void;
  body: (errors: FieldErrors, record: RaRecord) => ReactNode;
  /** The action's data; a string is a message shown instead of sending (a rule the form can check itself). */
  data: (record: RaRecord) => Record<string, unknown> | string;
}) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const mutation = useRecordAction('appeals');
  if (!record || !(record.allowedActions as string[] | undefined)?.includes(props.allowedAs)) return null;
  const serverErrors = (mutation.error as { body?: { errors?: FieldErrors } } | null)?.body?.errors ?? {};
  const errors = localError ? { ...serverErrors, _: localError } : serverErrors;
  const submit = () => {
    const data = props.data(record);
    if (typeof data === 'string') return setLocalError(data);
    setLocalError(null);
    mutation.mutate({ id: record.id, action: props.action, data: { ...data, version: record.version } }, { onSuccess: () => setOpen(false) });
  };
  return (
    <>
      <Button
        size="small"
        color={props.color ?? 'primary'}
        variant={props.variant ?? 'outlined'}
        onClick={() => {
          mutation.reset();
          setLocalError(null);
          props.onOpen?.(record);
          setOpen(true);
        }}
      >
        {props.label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth={props.maxWidth ?? 'sm'}>
        <DialogTitle>
          {props.label}：{record.name}（#{record.id}）
        </DialogTitle>
        <DialogContent>{props.body(errors, record)}</DialogContent>
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
