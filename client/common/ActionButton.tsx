import { useState, type ReactElement } from 'react';
import { DialogContentText, TextField } from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import { ActionDialogButton, FormRefusal } from './ActionDialog';

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
  /** The success message (text), `app.action.done` unless given. */
  done?: string;
}

/**
 * A state-changing action on the current record: shown only when the server lists it in
 * `allowedActions`, confirmed in a dialog (with a reason where the rule wants one), sent with `version`.
 */
export function ActionButton(props: ActionButtonProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [reason, setReason] = useState('');
  if (!record || !(record.allowedActions as string[] | undefined)?.includes(props.allowedAs ?? props.action))
    return null;
  const needReason = props.reason === true;
  const send = () => {
    if (needReason && !reason.trim())
      throw new FormRefusal(translate('app.action.reason_required'), {
        reason: translate('app.action.reason_required'),
      });
    return dataProvider.recordAction(props.resource, record.id, props.action, {
      version: record.version,
      ...(props.reason ? { reason: reason.trim() } : {}),
      ...(props.extraData?.(record) ?? {}),
    });
  };
  return (
    <ActionDialogButton
      label={props.label}
      icon={props.icon}
      color={props.color}
      variant={props.variant}
      onOpen={() => setReason('')}
      send={send}
      {...(props.done ? { done: () => props.done! } : {})}
    >
      {(refusal) => (
        <>
          {props.confirm && <DialogContentText sx={{ mb: 2 }}>{props.confirm}</DialogContentText>}
          {props.reason && (
            <TextField
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog has just opened on its reason field; focus moves into it as the dialog pattern asks
              autoFocus
              fullWidth
              multiline
              minRows={2}
              label={props.reasonLabel ?? translate('app.action.reason')}
              value={reason}
              required={needReason}
              error={!!refusal?.errors.reason}
              helperText={refusal?.errors.reason ?? ' '}
              onChange={(e) => setReason(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          )}
        </>
      )}
    </ActionDialogButton>
  );
}
