import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  Datagrid,
  DateInput,
  DeleteWithConfirmButton,
  Edit,
  FunctionField,
  List,
  ReferenceArrayInput,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  SaveButton,
  TopToolbar,
  ListButton,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { StatusChip } from '../../common/StatusChip';
import { ActionButton } from '../../common/ActionButton';
import { choices } from '../../common/roleChoices';
import { ID_TYPE_CHOICES } from '../units/choices';
import { RegionCodeChip } from '../../common/RegionCodeChip';

const ROLE_CHOICES = choices(['admin', 'operator'], 'operators.role');

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
  <SelectInput key="status" source="status" choices={choices(['active', 'disabled'], 'operators.status')} />,
  <BooleanInput key="expired" source="expired" />,
];

export function OperatorList() {
  const translate = useTranslate();
  return (
    <List filters={filters} perPage={25} pagination={<ListPagination />} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <ReferenceField source="unitId" reference="units" link="show" />
        <FunctionField source="role" render={(r) => translate(`operators.role.${r.role}`)} />
        <TextField source="name" />
        <TextField source="idNumber" sortable={false} />
        <FunctionField source="regionCodeUnknown" label="" sortable={false} render={() => <RegionCodeChip />} />
        <TextField source="phone" sortable={false} />
        <FunctionField source="validTo" render={(r) => `${r.validFrom} ~ ${r.validTo}${r.expired ? `（${translate('operators.expired')}）` : ''}`} />
        <StatusChip source="status" prefix="operators.status" />
      </Datagrid>
    </List>
  );
}

function Fields() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <SelectInput source="idType" choices={ID_TYPE_CHOICES} validate={required()} />
      <TextInput source="idNumber" validate={required()} />
      <TextInput source="phone" validate={required()} />
      <DateInput source="validFrom" validate={required()} />
      <DateInput source="validTo" validate={required()} />
      <BooleanInput source="manageRight" />
      <ReferenceArrayInput source="businessItemIds" reference="business-items" filter={{ active: true }} perPage={100}>
        <CheckboxGroupInput optionText="name" row={false} />
      </ReferenceArrayInput>
    </>
  );
}

/** Created on behalf of a unit; the server spends a place of its quota or refuses with the numbers. */
export function OperatorCreate() {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Create mutationMode="pessimistic" redirect={(_r?: string, _id?: unknown, data?: Record<string, unknown>) => `units/${data?.unitId}/show/operators`}>
      <SimpleForm defaultValues={{ role: 'operator', idType: 'resident_id', validFrom: today, manageRight: false, businessItemIds: [] }}>
        <ReferenceInput source="unitId" reference="units">
          <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} />
        </ReferenceInput>
        <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
        <Fields />
      </SimpleForm>
    </Create>
  );
}

function EditActions() {
  const translate = useTranslate();
  const record = useRecordContext();
  return (
    <TopToolbar>
      <ActionButton resource="operators" action="disable" color="warning" label={translate('operators.action.disable')} />
      <ActionButton resource="operators" action="enable" label={translate('operators.action.enable')} />
      <ListButton />
      {record && (
        <DeleteWithConfirmButton
          mutationMode="pessimistic"
          confirmContent={translate('operators.delete_confirm', { name: record.name })}
          redirect={`/units/${record.unitId}/show/operators`}
        />
      )}
    </TopToolbar>
  );
}

export function OperatorEdit() {
  return (
    <Edit mutationMode="pessimistic" actions={<EditActions />} redirect={(_r?: string, _id?: unknown, data?: Record<string, unknown>) => `units/${data?.unitId}/show/operators`}>
      <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
        <ReferenceField source="unitId" reference="units" link="show" />
        <Fields />
      </SimpleForm>
    </Edit>
  );
}
