import type { ReactNode } from 'react';
import { useDataProvider, useRecordContext, type RaRecord } from 'react-admin';
import { ActionDialogButton, FormRefusal } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';

export type FieldErrors = Record<string, string>;

/**
 * A decision on the current appeal: shown only when the server lists it in `allowedActions`, sent with
 * `version`; the server's field messages come back to `body(errors)` so nothing the agent typed is lost on a refusal.
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
  const dataProvider = useDataProvider<AppDataProvider>();
  if (!record || !(record.allowedActions as string[] | undefined)?.includes(props.allowedAs)) return null;
  const send = async () => {
    const data = props.data(record);
    if (typeof data === 'string') throw new FormRefusal(data, { _: data });
    return dataProvider.recordAction('appeals', record.id, props.action, { ...data, version: record.version });
  };
  return (
    <ActionDialogButton
      label={props.label}
      title={`${props.label}：${record.name}（#${record.id}）`}
      color={props.color}
      variant={props.variant ?? 'outlined'}
      maxWidth={props.maxWidth}
      onOpen={() => props.onOpen?.(record)}
      send={send}
    >
      {(refusal) => props.body(refusal?.errors ?? {}, record)}
    </ActionDialogButton>
  );
}
