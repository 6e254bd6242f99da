import { Datagrid, FunctionField, List, SelectInput, TextField, useTranslate } from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { choices } from '../../common/roleChoices';
import { DELEGATION_STATUSES, DelegationStatusChip } from './DelegationStatusChip';

const STATUS_CHOICES = choices([...DELEGATION_STATUSES], 'delegations.status');

/** 委托: the org's delegations (a sysadmin's: every org's), the live ones first by default. */
export function DelegationList() {
  const translate = useTranslate();
  const filters = [
    <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
    <SelectInput
      key="mine"
      source="delegatorId"
      label={translate('delegations.mine.delegator')}
      choices={[{ id: 'me', name: translate('delegations.mine.delegator') }]}
    />,
    <SelectInput
      key="mineDelegate"
      source="delegateId"
      label={translate('delegations.mine.delegate')}
      choices={[{ id: 'me', name: translate('delegations.mine.delegate') }]}
    />,
  ];
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} pagination={<ListPagination />} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="id" />
        <TextField source="delegatorName" sortable={false} />
        <TextField source="delegateName" sortable={false} />
        <TextField source="startDate" />
        <TextField source="endDate" />
        <TextField source="reason" sortable={false} />
        <FunctionField source="status" sortable={false} render={() => <DelegationStatusChip />} />
      </Datagrid>
    </List>
  );
}
