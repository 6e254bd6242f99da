import RuleIcon from '@mui/icons-material/Rule';
import { Alert } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  Datagrid,
  List,
  NumberField,
  NumberInput,
  SearchInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { TimeField } from '../../common/TimeField';
import { CatalogueToolbar, catalogueScreens } from '../../common/CatalogueScreens';

/** 常用驳回原因: sysadmin keeps the list; agents read it (in the reject dialog and here). */
function RejectReasonList() {
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={50}
      exporter={false}
    >
      <Datagrid
        rowClick={(_id, _res, record) => ((record.allowedActions as string[]).includes('edit') ? 'edit' : false)}
        bulkActionButtons={false}
      >
        <NumberField source="sortOrder" />
        <TextField source="text" />
        <BooleanField source="active" sortable={false} />
        <TimeField source="updatedAt" />
      </Datagrid>
    </List>
  );
}

function Form() {
  const translate = useTranslate();
  return (
    <SimpleForm defaultValues={{ active: true, sortOrder: 0 }} toolbar={<CatalogueToolbar />}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('rejectReasons.hint')}
      </Alert>
      <TextInput source="text" validate={required()} fullWidth multiline />
      <NumberInput source="sortOrder" min={0} step={10} />
      <BooleanInput source="active" />
    </SimpleForm>
  );
}

export default { list: RejectReasonList, ...catalogueScreens(Form), icon: RuleIcon, recordRepresentation: 'text' };
