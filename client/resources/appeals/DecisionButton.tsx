import { useRef, type ReactNode } from 'react';
import { useDataProvider, useRecordContext, type RaRecord } from 'react-admin';
import { ActionDialogButton, FormRefusal } from '../../common/ActionDialog';
import { useShortcutKey, useShortcuts } from '../../common/useShortcuts';
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
  /** The review page's key that opens it (focus goes to the button first, and back to it after). */
  shortcut?: 'approve' | 'supplement' | 'reject';
}) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const allowed = !!record && !!(record.allowedActions as string[] | undefined)?.includes(props.allowedAs);
  const button = useRef<HTMLButtonElement>(null);
  const key = useShortcutKey('appeal', props.shortcut ?? 'help');
  useShortcuts(
    'appeal',
    props.shortcut
      ? {
          [props.shortcut]: () => {
            button.current?.focus();
            button.current?.click();
          },
        }
      : {},
    { enabled: allowed && !!props.shortcut },
  );
  if (!record || !allowed) return null;
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
      keyShortcut={props.shortcut && key}
      buttonRef={button}
      send={send}
    >
      {(refusal) => props.body(refusal?.errors ?? {}, record)}
    </ActionDialogButton>
  );
}
