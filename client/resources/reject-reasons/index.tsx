import RuleIcon from '@mui/icons-material/Rule';
import { Alert } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  DeleteWithConfirmButton,
  Edit,
  List,
  NumberField,
  NumberInput,
  SaveButton,
  SearchInput,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  required,
  useTranslate,
} from 'react-admin';
import { TimeField } from '../../common/TimeField';

/** 常用驳回原因: sysadmin keeps the list; agents read it (in the reject dialog and here). */
function RejectReasonList() {
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={50} exporter={false}>
      <Datagrid rowClick={(_id, _res, record) => ((record.allowedActions as string[]).includes('edit') ? 'edit' : false)} bulkActionButtons={false}>
        <NumberField source="sortOrder" />
        <TextField source="text" />
        <BooleanField source="active" sortable={false} />
        <TimeField source="updatedAt" />
      </Datagrid>
    </List>
  );
}

function Form({ edit }: { edit?: boolean }) {
  const translate = useTranslate();
  return (
    <SimpleForm
      defaultValues={{ active: true, sortOrder: 0 }}
      toolbar={
        <Toolbar sx={{ justifyContent: 'space-between' }}>
          <SaveButton />
          {edit && <DeleteWithConfirmButton mutationMode="pessimistic" confirmContent="ra.message.delete_content" />}
        </Toolbar>
      }
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('rejectReasons.hint')}
      </Alert>
      <TextInput source="text" validate={required()} fullWidth multiline />
      <NumberInput source="sortOrder" min={0} step={10} />
      <BooleanInput source="active" />
    </SimpleForm>
  );
}

const RejectReasonCreate = () => (
  <Create redirect="list" mutationMode="pessimistic">
    <Form />
  </Create>
);
const RejectReasonEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <Form edit />
  </Edit>
);

export default { list: RejectReasonList, create: RejectReasonCreate, edit: RejectReasonEdit, icon: RuleIcon, recordRepresentation: 'text' };
