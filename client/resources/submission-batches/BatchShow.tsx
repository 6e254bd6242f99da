import { Card, CardContent, CardHeader, Grid } from '@mui/material';
import {
  Datagrid,
  FunctionField,
  Labeled,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { FileViewer, type FileInfo } from '../../common/FileViewer';
import { StatusChip } from '../../common/StatusChip';
import { TimeField } from '../../common/TimeField';

function BatchTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  return <span>{record ? translate('titleCatalogues.batches.title', { id: record.id }) : ''}</span>;
}

function Attachment() {
  const record = useRecordContext();
  return <FileViewer file={record?.attachment as FileInfo | undefined} height={360} />;
}

/**
 * The applications the batch carried, as they stand now (they may have moved on since); listed
 * through title-applications, so the caller sees only those their org may see.
 */
function BatchApplications() {
  const record = useRecordContext<{
    id: number;
    applicationCount: number;
    withdrawn?: { applicationId: number; withdrawnAt: string }[];
  }>();
  const translate = useTranslate();
  if (!record) return null;
  const withdrawn = record.withdrawn ?? [];
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardHeader
        title={translate('titleCatalogues.batches.applications', { count: record.applicationCount })}
        slotProps={{ title: { variant: 'subtitle1' } }}
        subheader={
          withdrawn.length
            ? translate('titleWithdrawUrge.batch.withdrawn', {
                count: withdrawn.length,
                ids: withdrawn.map((w) => `#${w.applicationId}`).join('、'),
              })
            : undefined
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <ReferenceManyField
          reference="title-applications"
          target="batchId"
          sort={{ field: 'id', order: 'ASC' }}
          perPage={25}
          pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false} sx={{ '& .MuiTableCell-root': { whiteSpace: 'nowrap' } }}>
            <TextField source="id" />
            <TextField source="applicantName" />
            <FunctionField
              source="level"
              render={(r: { level: string }) => translate(`titles.level.${r.level}`, { _: r.level })}
            />
            <TextField source="series" />
            <TextField source="unitOrgName" sortable={false} />
            <TextField source="currentOrgName" sortable={false} />
            <StatusChip source="status" prefix="titles.status" />
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
}

/** One batch: who sent it where, the 推荐报告/申报函 beside it, and its applications. */
export function BatchShow() {
  const translate = useTranslate();
  return (
    <Show title={<BatchTitle />}>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Grid size={{ xs: 12, md: 5 }}>
          <SimpleShowLayout sx={{ p: 0 }}>
            <TextField source="id" />
            <TextField source="fromOrgName" />
            <TextField source="toOrgName" />
            <NumberField source="applicationCount" />
            <TextField source="createdByName" emptyText="—" />
            <TimeField source="createdAt" />
            <TextField source="note" emptyText={translate('titleCatalogues.batches.no_note')} />
          </SimpleShowLayout>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Labeled label="resources.submission-batches.fields.attachment" fullWidth>
            <Attachment />
          </Labeled>
        </Grid>
        <Grid size={12}>
          <BatchApplications />
        </Grid>
      </Grid>
    </Show>
  );
}
