import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useQuery } from '@tanstack/react-query';
import {
  AutocompleteInput,
  DateInput,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TextInput,
  useDataProvider,
  useListContext,
  useTranslate,
} from 'react-admin';
import { FitDatagrid, FitListActions } from '../../common/FitList';
import { TimeField } from '../../common/TimeField';
import type { AppDataProvider } from '../../providers/dataProvider';
import { ChainStatus } from './ChainStatus';
import { AuditObjectLink } from './AuditObjectLink';

/** GET /api/audit-logs/labels: every action and object type with the label the server presents it with. */
export interface AuditLabels {
  actions: { id: string; name: string }[];
  resources: { id: string; name: string }[];
}

function useAuditLabels() {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['audit-logs', 'labels'],
    queryFn: () => dataProvider.getAuditLabels(),
    staleTime: Infinity,
  });
}

function useFilters() {
  const { data } = useAuditLabels();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="actorId" source="actorId" reference="staff" alwaysOn>
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
    </ReferenceInput>,
    <SelectInput key="action" source="action" choices={data?.actions ?? []} translateChoice={false} alwaysOn />,
    <SelectInput key="resource" source="resource" choices={data?.resources ?? []} translateChoice={false} alwaysOn />,
    <TextInput key="resourceId" source="resourceId" />,
    <DateInput key="at_gte" source="at_gte" alwaysOn />,
    <DateInput key="at_lte" source="at_lte" alwaysOn />,
  ];
}

/** The server writes the CSV (with a BOM for Excel) from the same filters, up to 50,000 rows. */
function ExportCsvButton() {
  const filterValues: unknown = useListContext().filterValues;
  const translate = useTranslate();
  const href = `/api/audit-logs/export?filter=${encodeURIComponent(JSON.stringify(filterValues))}`;
  return (
    <Button size="small" startIcon={<DownloadIcon />} href={href}>
      {translate('auditLogs.export')}
    </Button>
  );
}

/** Rows as the server presents them: the action, object type and summary in Chinese; a row opens on its own page. */
export function AuditLogList() {
  const translate = useTranslate();
  return (
    <>
      <ChainStatus />
      <List
        filters={useFilters()}
        sort={{ field: 'id', order: 'DESC' }}
        perPage={50}
        exporter={false}
        actions={
          <FitListActions>
            <ExportCsvButton />
          </FitListActions>
        }
      >
        <FitDatagrid bulkActionButtons={false} rowClick="show" wrap={['summaryText']} wrapMin={200} omit={['ip']}>
          <TimeField source="at" />
          <TextField source="actorName" sortable={false} emptyText={translate('auditLogs.system_actor')} />
          <TextField source="actionLabel" sortBy="action" label={translate('resources.audit-logs.fields.action')} />
          <TextField
            source="resourceLabel"
            sortBy="resource"
            label={translate('resources.audit-logs.fields.resource')}
          />
          <FunctionField source="object" sortable={false} render={() => <AuditObjectLink />} />
          <TextField source="summaryText" sortable={false} />
          <TextField source="ip" sortable={false} emptyText="—" />
        </FitDatagrid>
      </List>
    </>
  );
}
