import { Button, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { visuallyHidden } from '@mui/utils';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  useGetList,
  useTranslate,
} from 'react-admin';
import { ListPagination } from '../../common/ListPagination';
import { FitDatagrid, FitListActions } from '../../common/FitList';
import { StatusChip } from '../../common/StatusChip';
import { TimeField } from '../../common/TimeField';
import { BulkActions } from './BulkActions';
import { LEVEL_CHOICES, STATUS_CHOICES } from './choices';
import { ReviewerFilter } from './Reviewers';
import { ExportXlsxButton } from './ExportXlsxButton';

/** 职称系列 as the plans name them (the filter matches the series exactly). */
function SeriesFilter(props: { source: string; alwaysOn?: boolean }) {
  const { data = [] } = useGetList<{ id: number; series: string }>('title-plans', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'year', order: 'DESC' },
  });
  const series = [...new Set(data.map((p) => p.series))].map((s) => ({ id: s, name: s }));
  return <SelectInput {...props} choices={series} translateChoice={false} />;
}

function HereFilter(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  return (
    <SelectInput {...props} choices={[{ id: 'mine', name: translate('titles.scope.here') }]} translateChoice={false} />
  );
}

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="title-plans" sort={{ field: 'year', order: 'DESC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <HereFilter key="currentOrgId" source="currentOrgId" alwaysOn />,
  <ReviewerFilter key="assigneeId" source="assigneeId" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" />,
  <BooleanInput key="urged" source="urged" />,
  <BooleanInput key="urgeable" source="urgeable" />,
  <SeriesFilter key="series" source="series" />,
  <SelectInput key="level" source="level" choices={LEVEL_CHOICES} />,
  <ReferenceInput key="unitOrgId" source="unitOrgId" reference="orgs" filter={{ level: 'unit' }}>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <DateInput key="submittedAt_gte" source="submittedAt_gte" />,
  <DateInput key="submittedAt_lte" source="submittedAt_lte" />,
];

/** Overdue rows stand out as in the appeal queue: a red tint and a bar at the row's start. */
const OVERDUE_ROW = {
  backgroundColor: 'rgba(211, 47, 47, 0.08)',
  '& td:first-of-type': { boxShadow: 'inset 4px 0 0 #d32f2f' },
};

interface DueRecord {
  dueDate: string | null;
  overdue: boolean;
}

/** 本级办理期限: the last working day at the level it stands at; none while it is with the applicant or done. */
function DueDate({ record }: { record: DueRecord }) {
  const translate = useTranslate();
  if (!record.dueDate) return <>—</>;
  // The date alone keeps the column narrow enough for 1,024 px; 超期 is read out and shown as the tooltip.
  if (record.overdue)
    return (
      <Tooltip title={translate('titles.home.overdue')}>
        <Chip
          size="small"
          color="error"
          // The hidden word is absolutely placed: the chip must hold it, or at 320 px it escapes the table's own
          // scroll container and widens the page.
          sx={{ position: 'relative' }}
          label={
            <>
              {record.dueDate}
              <span style={visuallyHidden}> {translate('titles.home.overdue')}</span>
            </>
          }
        />
      </Tooltip>
    );
  return <span>{record.dueDate}</span>;
}

function Empty() {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 3 }}>
      {translate('titles.list.empty')}
    </Typography>
  );
}

/**
 * 职称申报 at and through the reviewer's org: by default what waits here for review, oldest first;
 * the review home's numbers open it with their filter.
 */
export function TitleApplicationList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: 'pending', currentOrgId: 'mine' }}
      sort={{ field: 'submittedAt', order: 'ASC' }}
      perPage={25}
      pagination={<ListPagination />}
      exporter={false}
      empty={false}
      actions={
        <FitListActions>
          <ExportXlsxButton />
        </FitListActions>
      }
    >
      <FitDatagrid
        rowClick="show"
        bulkActionButtons={<BulkActions />}
        empty={<Empty />}
        wrap={['unitOrgName', 'currentOrgName', 'titleName', 'assigneeName']}
        wrapMin={80}
        // Eleven columns: a little less padding, so the list fits a 1,024 px screen in the CJK fonts too.
        sx={{ '& .MuiTableCell-root': { px: 0.75 } }}
        omit={['titleName', 'currentOrgName']}
        rowSx={(r: { overdue?: boolean }) => (r.overdue ? OVERDUE_ROW : {})}
      >
        <TextField source="id" />
        <FunctionField
          source="applicantName"
          render={(r: { applicantName: string; revision: number }) => (
            // The 已重新提交 chip goes under the name when the column is narrow.
            <Stack direction="row" spacing={0.5} alignItems="center" flexWrap="wrap" useFlexGap>
              <span>{r.applicantName}</span>
              {r.revision > 1 && (
                <Chip size="small" variant="outlined" color="info" label={translate('titles.list.resubmitted')} />
              )}
            </Stack>
          )}
        />
        <TextField source="applicantIdNumber" sortable={false} />
        <FunctionField source="level" render={(r: { level: string }) => translate(`titles.level.${r.level}`)} />
        <TextField source="titleName" sortable={false} emptyText="—" />
        <TextField source="unitOrgName" sortable={false} />
        <TextField source="currentOrgName" sortable={false} />
        <StatusChip source="status" prefix="titles.status" />
        <TextField source="assigneeName" sortable={false} emptyText="—" />
        <TimeField source="submittedAt" />
        <FunctionField source="dueDate" render={(r: DueRecord) => <DueDate record={r} />} />
        {/* 审核 where the caller may review it now [003 §3.1 B]; the row opens the same page either way. */}
        <FunctionField
          label=""
          render={(r: { id: number; allowedActions: string[] }) =>
            r.allowedActions.includes('review') ? (
              <Button
                size="small"
                variant="outlined"
                component={Link}
                to={`/title-applications/${r.id}/show`}
                onClick={(e) => e.stopPropagation()}
              >
                {translate('titles.list.review')}
              </Button>
            ) : null
          }
        />
      </FitDatagrid>
    </List>
  );
}
