import {
  BooleanField,
  EditButton,
  FunctionField,
  List,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { FitDatagrid, FitListActions } from '../../common/FitList';
import { ListPagination } from '../../common/ListPagination';
import { TimeField } from '../../common/TimeField';
import { StatusChip } from '../../common/StatusChip';
import { choices, ROLE_CHOICES } from '../../common/roleChoices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
  <SelectInput key="status" source="status" choices={choices(['active', 'disabled'], 'staff.status')} />,
  <ReferenceInput key="orgId" source="orgId" reference="orgs">
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
];

export function StaffList() {
  const translate = useTranslate();
  return (
    <List
      pagination={<ListPagination />}
      filters={filters}
      sort={{ field: 'id', order: 'ASC' }}
      perPage={25}
      actions={<FitListActions />}
    >
      <FitDatagrid rowClick="edit" bulkActionButtons={false} wrap={['orgName']}>
        <TextField source="username" />
        <TextField source="name" />
        <FunctionField
          source="roles"
          sortable={false}
          render={(r: { roles: string[] }) => r.roles.map((x) => translate(`app.roles.${x}`)).join('、')}
        />
        <TextField source="orgName" sortable={false} emptyText="—" />
        <TextField source="phone" sortable={false} emptyText="—" />
        <StatusChip source="status" prefix="staff.status" />
        <BooleanField source="locked" sortable={false} />
        <TimeField source="lastLoginAt" />
        <EditButton />
      </FitDatagrid>
    </List>
  );
}
