import {
  BooleanInput,
  DateInput,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { FitDatagrid, FitListActions, RowShowButton } from '../../common/FitList';
import { Chip, Typography } from '@mui/material';
import { ListPagination } from '../../common/ListPagination';
import { StatusChip } from '../../common/StatusChip';
import { TimeField } from '../../common/TimeField';
import { AppealBulkActions } from './AppealBulkActions';
import { AppealCounts } from './AppealCounts';
import { AssigneeFilter } from './AssigneeFilter';
import { STATUS_FILTER_CHOICES, TYPE_CHOICES } from './choices';
import { DeadlineChip } from './DeadlineChip';

const UNDECIDED = ['submitted', 'processing', 'supplement_requested'];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_FILTER_CHOICES} alwaysOn />,
  <SelectInput key="type" source="type" choices={TYPE_CHOICES} alwaysOn />,
  <AssigneeFilter key="assigneeId" source="assigneeId" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  <DateInput key="submittedAt_gte" source="submittedAt_gte" />,
  <DateInput key="submittedAt_lte" source="submittedAt_lte" />,
];

function Empty() {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('appeals.empty')}
    </Typography>
  );
}

/** 申诉队列: everything not yet decided, oldest deadline first; overdue rows stand out. */
export function AppealList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: 'open' }}
      sort={{ field: 'dueDate', order: 'ASC' }}
      perPage={25}
      pagination={<ListPagination />}
      aside={<AppealCounts />}
      exporter={false}
      empty={false}
      actions={<FitListActions />}
    >
      <FitDatagrid
        rowClick="show"
        bulkActionButtons={<AppealBulkActions />}
        empty={<Empty />}
        wrap={['name']}
        omit={['uscc', 'phone']}
        rowSx={(r: { overdue?: boolean }) =>
          r.overdue
            ? {
                backgroundColor: 'rgba(211, 47, 47, 0.08)',
                '& td:first-of-type': { boxShadow: 'inset 4px 0 0 #d32f2f' },
              }
            : {}
        }
      >
        <TextField source="id" />
        <FunctionField source="type" render={(r: { type: string }) => translate(`appeals.type_short.${r.type}`)} />
        <FunctionField
          source="name"
          render={(r: { name: string; status: string; duplicateOfId: number | null }) => (
            <>
              {r.name}
              {r.duplicateOfId !== null && UNDECIDED.includes(r.status) && (
                <Chip
                  size="small"
                  color="warning"
                  variant="outlined"
                  sx={{ ml: 1 }}
                  label={translate('appeals.merge.possible_duplicate', { id: r.duplicateOfId })}
                />
              )}
            </>
          )}
        />
        <TextField source="uscc" />
        <TextField source="phone" sortable={false} />
        <StatusChip source="status" prefix="appeals.status" />
        <TextField source="assigneeName" sortable={false} emptyText="—" />
        <TimeField source="submittedAt" />
        <FunctionField source="dueDate" render={() => <DeadlineChip showDate />} />
        <RowShowButton />
      </FitDatagrid>
    </List>
  );
}
