import AssignmentIcon from '@mui/icons-material/Assignment';
import { Alert, Chip, Stack } from '@mui/material';
import {
  BooleanField,
  BooleanInput,
  CheckboxGroupInput,
  Datagrid,
  DateInput,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
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
import { CatalogueToolbar, catalogueScreens } from '../../common/CatalogueScreens';
import { LEVEL_CHOICES } from '../title-applications/choices';

const ACTIVE_CHOICES = choices(['true', 'false'], 'titleCatalogues.plans.active_filter');

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="series" source="series" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="level" source="level" choices={LEVEL_CHOICES} alwaysOn />,
  <SelectInput key="active" source="active" choices={ACTIVE_CHOICES} alwaysOn />,
];

/** Whether the public hall takes applications, and why not: the server decides (its Beijing date, not the browser's clock). */
const planState = (r: RaRecord) => r.windowState as 'accepting' | 'closed' | 'not_started' | 'ended';

function LevelChips() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {((record?.levels as string[] | undefined) ?? []).map((l) => (
        <Chip key={l} size="small" variant="outlined" label={translate(`titles.level.${l}`, { _: l })} />
      ))}
    </Stack>
  );
}

function Period() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const state = planState(record);
  return (
    <Stack direction="row" spacing={1} alignItems="center" sx={{ whiteSpace: 'nowrap' }}>
      <span>{`${record.startDate} ~ ${record.endDate}`}</span>
      <Chip
        size="small"
        color={state === 'accepting' ? 'success' : 'default'}
        label={translate(`titleCatalogues.plans.state.${state}`)}
      />
    </Stack>
  );
}

const editable = (record: RaRecord) => ((record.allowedActions as string[] | undefined) ?? []).includes('edit');

/** 申报事项: sysadmin keeps them; reviewers read them (their work lists are per plan). */
function TitlePlanList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'year', order: 'DESC' }}
      perPage={25}
      pagination={<ListPagination />}
      exporter={false}
    >
      <Datagrid rowClick={(_id, _res, record) => (editable(record) ? 'edit' : 'show')} bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="series" />
        <TextField source="year" />
        <FunctionField source="levels" sortable={false} render={() => <LevelChips />} />
        <FunctionField source="period" sortBy="startDate" render={() => <Period />} />
        <BooleanField source="active" sortable={false} />
        <TimeField source="updatedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}

/** For the reviewers, who read a plan but may not change it. */
const TitlePlanShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="series" />
      <TextField source="year" />
      <FunctionField source="levels" render={() => <LevelChips />} />
      <FunctionField source="period" render={() => <Period />} />
      <BooleanField source="active" />
      <NumberField source="levelDeadlineDays" />
      <BooleanField source="batchPassAllowed" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);

/**
 * The date window is checked by the server only (end not before start): its message lands under
 * 申报截止日期 like every other server field error.
 */
function Form() {
  const translate = useTranslate();
  return (
    <SimpleForm
      defaultValues={{
        active: true,
        year: new Date().getFullYear(),
        levels: [],
        description: '',
        levelDeadlineDays: 10,
        batchPassAllowed: true,
      }}
      toolbar={<CatalogueToolbar confirm="titleCatalogues.plans.delete_confirm" />}
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('titleCatalogues.plans.hint')}
      </Alert>
      <TextInput source="name" validate={required()} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
        <TextInput source="series" validate={required()} />
        <NumberInput source="year" validate={required()} min={2000} max={2100} step={1} />
      </Stack>
      <CheckboxGroupInput source="levels" choices={LEVEL_CHOICES} validate={required()} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
        <DateInput source="startDate" validate={required()} />
        <DateInput source="endDate" validate={required()} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} alignItems={{ sm: 'center' }}>
        {/* On the work calendar the appeals use; a change moves the deadlines still running. */}
        <NumberInput source="levelDeadlineDays" validate={required()} min={1} max={60} step={1} />
        <BooleanInput source="batchPassAllowed" />
      </Stack>
      <BooleanInput source="active" />
      {/* An emptied description is '', not null: the server keeps text, never null, there. */}
      <TextInput source="description" multiline minRows={2} fullWidth parse={(v: string) => v} />
    </SimpleForm>
  );
}

export default {
  list: TitlePlanList,
  show: TitlePlanShow,
  ...catalogueScreens(Form),
  icon: AssignmentIcon,
  recordRepresentation: 'name',
};
