import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  Create,
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
  TopToolbar,
  ListButton,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { ListPagination } from '../../common/ListPagination';
import { OperatorStatusChip } from './OperatorStatusChip';
import { FitDatagrid, FitListActions, RowEditButton } from '../../common/FitList';
import { FormColumns, FormToolbar } from '../../common/FormLayout';
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
    <List filters={filters} perPage={25} pagination={<ListPagination />} exporter={false} actions={<FitListActions />}>
      <FitDatagrid rowClick="edit" bulkActionButtons={false} wrap={['unitId']}>
        <ReferenceField source="unitId" reference="units" link="show" />
        <FunctionField source="role" render={(r: { role: string }) => translate(`operators.role.${r.role}`)} />
        <TextField source="name" />
        {/* The region warning sits beside the number it is about, not in a column of its own (1,024 px lists). */}
        <FunctionField
          source="idNumber"
          sortable={false}
          render={(r: { idNumber: string }) => (
            <>
              {r.idNumber} <RegionCodeChip compact />
            </>
          )}
        />
        <TextField source="phone" sortable={false} />
        {/* 已过期 is said once, by the status chip. */}
        <FunctionField
          source="validTo"
          render={(r: { validFrom: string; validTo: string }) => `${r.validFrom} ~ ${r.validTo}`}
        />
        <FunctionField source="status" render={() => <OperatorStatusChip />} />
        <RowEditButton />
      </FitDatagrid>
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
        <CheckboxGroupInput
          className="wide"
          label="resources.operators.fields.businessItemIds"
          optionText="name"
          row={false}
        />
      </ReferenceArrayInput>
    </>
  );
}

/**
 * Says on opening (and whenever the unit or role changes) that the unit has no place left for the
 * role, before the clerk types a whole form the server will refuse; the server checks it again.
 */
function QuotaWarning() {
  const translate = useTranslate();
  const unitId = useWatch({ name: 'unitId' }) as number | undefined;
  const role = (useWatch({ name: 'role' }) as 'admin' | 'operator' | undefined) ?? 'operator';
  const { data: unit } = useGetOne<{
    id: number;
    adminCount: number;
    adminQuota: number;
    operatorCount: number;
    operatorQuota: number;
  }>('units', { id: unitId! }, { enabled: !!unitId });
  if (!unit) return null;
  const [used, quota] =
    role === 'admin' ? [unit.adminCount, unit.adminQuota] : [unit.operatorCount, unit.operatorQuota];
  if (used < quota) return null;
  return (
    <Alert severity="warning" role="alert" sx={{ mb: 2, width: '100%' }}>
      {translate('operators.quota_full', { role: translate(`operators.role.${role}`), used, quota })}
    </Alert>
  );
}

/** Created on behalf of a unit; the server spends a place of its quota or refuses with the numbers (shown as a notification). */
export function OperatorCreate() {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Create
      mutationMode="pessimistic"
      redirect={(_r?: string, _id?: unknown, data?: Record<string, unknown>) =>
        `units/${String(data?.unitId)}/show/operators`
      }
    >
      <SimpleForm
        defaultValues={{
          role: 'operator',
          idType: 'resident_id',
          validFrom: today,
          manageRight: false,
          businessItemIds: [],
        }}
        toolbar={<FormToolbar />}
      >
        <QuotaWarning />
        <FormColumns>
          <ReferenceInput source="unitId" reference="units">
            <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} />
          </ReferenceInput>
          <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
          <Fields />
        </FormColumns>
      </SimpleForm>
    </Create>
  );
}

function EditActions() {
  const translate = useTranslate();
  const record = useRecordContext<{ id: number; name: string; unitId: number }>();
  return (
    <TopToolbar>
      <ActionButton
        resource="operators"
        action="disable"
        color="warning"
        label={translate('operators.action.disable')}
      />
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
    <Edit
      mutationMode="pessimistic"
      actions={<EditActions />}
      redirect={(_r?: string, _id?: unknown, data?: Record<string, unknown>) =>
        `units/${String(data?.unitId)}/show/operators`
      }
    >
      <SimpleForm toolbar={<FormToolbar />}>
        <ReferenceField source="unitId" reference="units" link="show" />
        <FormColumns>
          <Fields />
        </FormColumns>
      </SimpleForm>
    </Edit>
  );
}
