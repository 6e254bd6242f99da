import SpeakerNotesIcon from '@mui/icons-material/SpeakerNotes';
import { Alert, Chip } from '@mui/material';
import {
  Datagrid,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { TimeField } from '../../common/TimeField';
import { choices } from '../../common/roleChoices';
import { useAllowed } from '../../providers/access';
import { CatalogueToolbar, catalogueScreens } from '../../common/CatalogueScreens';

const SCOPE_CHOICES = choices(['mine', 'global'], 'titleCatalogues.opinions.scope');
const RESULT_CHOICES = choices(['pass', 'return', 'reject'], 'titleCatalogues.opinions.result');

const allowed = (record: RaRecord | undefined, action: string) =>
  ((record?.allowedActions as string[] | undefined) ?? []).includes(action);

/** Reviewers keep their own opinions; sysadmin (who has none of their own) keeps the global ones. */
const useIsReviewer = () => useAllowed('titleApplications.review');

function ScopeChip() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const global = record.ownerId == null;
  return (
    <Chip
      size="small"
      color={global ? 'default' : 'primary'}
      variant={global ? 'outlined' : 'filled'}
      label={translate(`titleCatalogues.opinions.scope.${global ? 'global' : 'mine'}`)}
    />
  );
}

/** 常用意见: the global ones and the caller's own; only rows the caller may change open for editing. */
function AuditOpinionList() {
  const isReviewer = useIsReviewer();
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(isReviewer ? [<SelectInput key="scope" source="scope" choices={SCOPE_CHOICES} alwaysOn />] : []),
    <SelectInput key="result" source="result" choices={RESULT_CHOICES} alwaysOn />,
  ];
  return (
    <List
      filters={filters}
      sort={{ field: 'sortOrder', order: 'ASC' }}
      perPage={50}
      pagination={<ListPagination />}
      exporter={false}
    >
      <Datagrid
        rowClick={(_id, _res, record) => (allowed(record, 'edit') ? 'edit' : false)}
        bulkActionButtons={false}
        sx={{ '& .column-text': { whiteSpace: 'normal' } }}
      >
        <NumberField source="sortOrder" />
        <TextField source="text" />
        <FunctionField
          source="result"
          render={(r: { result: string | null }) => translate(`titleCatalogues.opinions.result.${r.result ?? 'any'}`)}
        />
        <FunctionField source="scope" sortable={false} render={() => <ScopeChip />} />
        <TimeField source="updatedAt" />
      </Datagrid>
    </List>
  );
}

/** Which kind a new opinion becomes is the server's call (by role); the hint says which it will be. */
function Form() {
  const translate = useTranslate();
  const record = useRecordContext();
  const isReviewer = useIsReviewer();
  const global = record ? record.ownerId == null : !isReviewer;
  return (
    <SimpleForm
      defaultValues={{ sortOrder: 0 }}
      toolbar={<CatalogueToolbar confirm="titleCatalogues.opinions.delete_confirm" />}
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate(global ? 'titleCatalogues.opinions.hint_global' : 'titleCatalogues.opinions.hint_mine')}
      </Alert>
      <TextInput source="text" validate={required()} fullWidth multiline minRows={2} />
      <SelectInput
        source="result"
        choices={RESULT_CHOICES}
        emptyText={translate('titleCatalogues.opinions.result.any')}
        emptyValue=""
      />
      <NumberInput source="sortOrder" min={0} max={9999} step={10} />
    </SimpleForm>
  );
}

export default {
  list: AuditOpinionList,
  ...catalogueScreens(Form),
  icon: SpeakerNotesIcon,
  recordRepresentation: 'text',
};
