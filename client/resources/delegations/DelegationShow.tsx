import { FunctionField, Show, SimpleShowLayout, TextField, TopToolbar, useTranslate } from 'react-admin';
import { ActionButton } from '../../common/ActionButton';
import { TimeField } from '../../common/TimeField';
import { DelegationStatusChip } from './DelegationStatusChip';

/** 结束委托: the delegator's or a sysadmin's, shown when the server allows it; the row stays as history. */
function Actions() {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <ActionButton
        resource="delegations"
        action="end"
        label={translate('delegations.end')}
        confirm={translate('delegations.end_confirm')}
        color="warning"
      />
    </TopToolbar>
  );
}

export function DelegationShow() {
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <TextField source="orgName" />
        <TextField source="delegatorName" />
        <TextField source="delegateName" />
        <TextField source="startDate" />
        <TextField source="endDate" />
        <TextField source="reason" />
        <FunctionField source="status" render={() => <DelegationStatusChip />} />
        <TimeField source="createdAt" />
        <TimeField source="endedAt" emptyText="—" />
        <TextField source="endedByName" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
