import EventIcon from '@mui/icons-material/Event';
import { Alert, Chip } from '@mui/material';
import {
  Datagrid,
  DateInput,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { choices } from '../../common/roleChoices';
import { CatalogueToolbar, catalogueScreens } from '../../common/CatalogueScreens';

const KIND_CHOICES = choices(['holiday', 'workday'], 'workCalendar.kind');
const thisYear = new Date().getFullYear();
const YEAR_CHOICES = [thisYear - 1, thisYear, thisYear + 1].map((y) => ({ id: String(y), name: `${y} 年` }));
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** 工作日历: the days that differ from Monday–Friday; appeal deadlines are counted on it. */
function CalendarList() {
  const translate = useTranslate();
  return (
    <List
      filters={[
        <SelectInput key="year" source="year" choices={YEAR_CHOICES} translateChoice={false} alwaysOn />,
        <SelectInput key="kind" source="kind" choices={KIND_CHOICES} alwaysOn />,
        <SearchInput key="q" source="q" alwaysOn />,
      ]}
      filterDefaultValues={{ year: String(thisYear) }}
      sort={{ field: 'date', order: 'ASC' }}
      perPage={100}
      exporter={false}
    >
      <Datagrid
        rowClick={(_id, _res, record) => ((record.allowedActions as string[]).includes('edit') ? 'edit' : false)}
        bulkActionButtons={false}
      >
        <TextField source="date" />
        <FunctionField
          source="weekday"
          sortable={false}
          render={(r: { date: string }) => translate(`workCalendar.weekday.${weekday(r.date)}`)}
        />
        <FunctionField
          source="kind"
          render={(r: { kind: string }) => (
            <Chip
              size="small"
              color={r.kind === 'holiday' ? 'success' : 'warning'}
              label={translate(`workCalendar.kind.${r.kind}`)}
            />
          )}
        />
        <TextField source="name" />
      </Datagrid>
    </List>
  );
}

function Form() {
  const translate = useTranslate();
  return (
    <SimpleForm defaultValues={{ kind: 'holiday' }} toolbar={<CatalogueToolbar />}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('workCalendar.hint')}
      </Alert>
      <DateInput source="date" validate={required()} />
      <SelectInput source="kind" choices={KIND_CHOICES} validate={required()} />
      <TextInput source="name" validate={required()} helperText="如：春节、国庆节调休上班" />
    </SimpleForm>
  );
}

export default { list: CalendarList, ...catalogueScreens(Form), icon: EventIcon, recordRepresentation: 'date' };
