import ChecklistIcon from '@mui/icons-material/Checklist';
import { BooleanField, BooleanInput, Create, Datagrid, Edit, List, SearchInput, SimpleForm, TextField, TextInput, required } from 'react-admin';

/** The business-item catalogue operators are authorised for; sysadmin keeps it (nothing is deleted: operators refer to it). */
function BusinessItemList() {
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} perPage={50} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="description" emptyText="—" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}
const Form = () => (
  <SimpleForm defaultValues={{ active: true }}>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="description" fullWidth />
    <BooleanInput source="active" />
  </SimpleForm>
);
const BusinessItemCreate = () => (
  <Create redirect="list" mutationMode="pessimistic">
    <Form />
  </Create>
);
const BusinessItemEdit = () => (
  <Edit redirect="list" mutationMode="pessimistic">
    <Form />
  </Edit>
);

export default { list: BusinessItemList, create: BusinessItemCreate, edit: BusinessItemEdit, icon: ChecklistIcon, recordRepresentation: 'name' };
