import { FunctionField, List, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { FitDatagrid, FitListActions, RowShowButton } from '../../common/FitList';
import { StatusChip } from '../../common/StatusChip';
import { TimeField } from '../../common/TimeField';

const TYPES = ['official', 'finance', 'contract', 'hr', 'invoice', 'legal_rep'];
const STATUSES = ['active', 'suspended', 'voided'];

export function SealList() {
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="type" source="type" choices={TYPES.map((id) => ({ id, name: translate(`seals.type.${id}`) }))} />,
    <SelectInput
      key="status"
      source="status"
      choices={STATUSES.map((id) => ({ id, name: translate(`seals.status.${id}`) }))}
    />,
  ];
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} actions={<FitListActions />}>
      <FitDatagrid bulkActionButtons={false} rowClick="show" wrap={['unitName', 'name']}>
        <TextField source="unitName" sortable={false} />
        <FunctionField source="type" render={(r: { type: string }) => translate(`seals.type.${r.type}`)} />
        <TextField source="name" sortable={false} />
        <StatusChip source="status" prefix="seals.status" />
        <TextField source="appliedByName" sortable={false} />
        <TimeField source="createdAt" />
        <RowShowButton />
      </FitDatagrid>
    </List>
  );
}
