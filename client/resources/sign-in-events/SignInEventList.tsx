import { Datagrid, DateInput, FunctionField, List, SelectInput, TextField, useTranslate } from 'react-admin';
import { TimeField } from '../../common/TimeField';

export const SIGN_IN_REASONS = [
  'not_on_record',
  'identity_mismatch',
  'essc_not_activated',
  'operator_expired',
  'operator_disabled',
  'unit_not_active',
  'legal_rep_mismatch',
  'other',
];

export function SignInEventList() {
  const translate = useTranslate();
  const filters = [
    <SelectInput
      key="outcome"
      source="outcome"
      alwaysOn
      choices={['succeeded', 'failed'].map((id) => ({ id, name: translate(`signIn.outcome.${id}`) }))}
    />,
    <SelectInput
      key="reason"
      source="reason"
      alwaysOn
      choices={SIGN_IN_REASONS.map((id) => ({ id, name: translate(`signIn.reason.${id}`) }))}
    />,
    // The dashboard's bars open the list from their chart's first day.
    <DateInput key="at_gte" source="at_gte" parse={(v: string) => v || undefined} />,
  ];
  return (
    <List filters={filters} sort={{ field: 'at', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TimeField source="at" />
        <TextField source="uscc" sortable={false} />
        <TextField source="name" sortable={false} />
        <TextField source="idNumberMasked" sortable={false} />
        <FunctionField source="method" render={(r: { method: string }) => translate(`signIn.method.${r.method}`)} />
        <FunctionField source="outcome" render={(r: { outcome: string }) => translate(`signIn.outcome.${r.outcome}`)} />
        <FunctionField
          source="reason"
          render={(r: { reason: string | null }) => (r.reason ? translate(`signIn.reason.${r.reason}`) : '—')}
        />
      </Datagrid>
    </List>
  );
}
