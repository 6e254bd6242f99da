import {
  Datagrid,
  Edit,
  FunctionField,
  List,
  SaveButton,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  useRecordContext,
  required,
} from 'react-admin';

const show = (v: unknown) =>
  v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
    ? String(v)
    : JSON.stringify(v);

export function SettingList() {
  return (
    <List pagination={false} exporter={false}>
      {/* 三员分立: a row opens for whoever may change it (business settings sysadmin, security ones security_admin). */}
      <Datagrid
        rowClick={(_id, _resource, r) =>
          (r.allowedActions as string[] | undefined)?.includes('edit') ? 'edit' : false
        }
        bulkActionButtons={false}
      >
        <TextField source="label" sortable={false} />
        <TextField source="description" sortable={false} />
        <FunctionField source="value" sortable={false} render={(r: { value: unknown }) => show(r.value)} />
        <FunctionField source="default" sortable={false} render={(r: { default: unknown }) => show(r.default)} />
      </Datagrid>
    </List>
  );
}

/** Numbers stay numbers: the server's rule for each setting decides what is valid. */
function ValueInput() {
  const record = useRecordContext();
  const numeric = typeof record?.default === 'number';
  return (
    <TextInput
      source="value"
      validate={required()}
      parse={(v: string) => (numeric && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : v)}
    />
  );
}

/** Only 保存: the system reads every setting, so none can be deleted (the server answers 409). */
function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

export function SettingEdit() {
  return (
    <Edit mutationMode="pessimistic" transform={(data: { value: unknown }) => ({ value: data.value })}>
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextField source="label" />
        <TextField source="description" />
        <ValueInput />
      </SimpleForm>
    </Edit>
  );
}
