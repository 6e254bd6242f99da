import {
  Datagrid,
  EditButton,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  TextField,
  ReferenceInput,
  AutocompleteInput,
} from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { useAllowed } from '../../providers/access';
import { OrgTree } from './OrgTree';
import { StatusChip } from '../../common/StatusChip';
import { choices } from '../../common/roleChoices';

export const ORG_LEVELS = ['province', 'city', 'department', 'unit'] as const;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={choices(ORG_LEVELS, 'orgs.level')} alwaysOn />,
  <ReferenceInput key="parentId" source="parentId" reference="orgs">
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
];

export function OrgList() {
  const editable = useAllowed('orgs.write');
  return (
    <List
      pagination={<ListPagination />}
      filters={filters}
      sort={{ field: 'id', order: 'ASC' }}
      perPage={50}
      aside={<OrgTree />}
    >
      <Datagrid rowClick={editable ? 'edit' : false} bulkActionButtons={false}>
        <TextField source="id" />
        <TextField source="name" />
        <StatusChip source="level" prefix="orgs.level" />
        <ReferenceField source="parentId" reference="orgs" link={false} emptyText="—" />
        <TextField source="region" emptyText="—" />
        {editable && <EditButton />}
      </Datagrid>
    </List>
  );
}
