import ChecklistIcon from '@mui/icons-material/Checklist';
import {
  BooleanField,
  BooleanInput,
  Datagrid,
  List,
  SearchInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { catalogueScreens } from '../../common/CatalogueScreens';

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

export default { list: BusinessItemList, ...catalogueScreens(Form), icon: ChecklistIcon, recordRepresentation: 'name' };
