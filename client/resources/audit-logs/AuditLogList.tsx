import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { AutocompleteInput, DateInput, FunctionField, List, ReferenceInput, SearchInput, TextField, TextInput, useListContext, useTranslate } from 'react-admin';
import { FitDatagrid, FitListActions } from '../../common/FitList';
import { ListPagination } from '../../common/ListPagination';
import { TimeField } from '../../common/TimeField';
import { ChainStatus } from './ChainStatus';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="actorId" source="actorId" reference="staff" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <TextInput key="action" source="action" helperText="如 units. 或 auth.login" />,
  <TextInput key="resource" source="resource" />,
  <TextInput key="resourceId" source="resourceId" />,
  <DateInput key="at_gte" source="at_gte" alwaysOn />,
  <DateInput key="at_lte" source="at_lte" alwaysOn />,
];

/** The server writes the CSV (with a BOM for Excel) from the same filters, up to 50,000 rows. */
function ExportCsvButton() {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const href = `/api/audit-logs/export?filter=${encodeURIComponent(JSON.stringify(filterValues))}`;
  return (
    <Button size="small" startIcon={<DownloadIcon />} href={href}>
      {translate('auditLogs.export')}
    </Button>
  );
}

export function AuditLogList() {
  const translate = useTranslate();
  return (
    <>
      <ChainStatus />
      <List
        filters={filters}
        sort={{ field: 'id', order: 'DESC' }}
        perPage={50}
        exporter={false}
        actions={
          <FitListActions>
            <ExportCsvButton />
          </FitListActions>
        }
      >
        <FitDatagrid bulkActionButtons={false} rowClick={false} wrap={['summary']} wrapMin={200} omit={['ip']}>
          <TimeField source="at" />
          <TextField source="actorName" sortable={false} emptyText="系统 / 外部" />
          <FunctionField source="action" render={(r) => translate(`auditActions.${r.action}`, { _: r.action })} />
          <TextField source="resource" />
          <TextField source="resourceId" sortable={false} emptyText="—" />
          <TextField source="summary" sortable={false} />
          <TextField source="ip" sortable={false} emptyText="—" />
        </FitDatagrid>
      </List>
    </>
  );
}
