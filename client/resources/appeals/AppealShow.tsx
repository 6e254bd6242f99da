import { Alert, Box, Button, Chip, Grid, Link as MuiLink, Stack, Typography } from '@mui/material';
import BusinessIcon from '@mui/icons-material/Business';
import { Link } from 'react-router-dom';
import { FunctionField, Labeled, Show, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { AuditTrail } from '../../common/AuditTrail';
import { RecordNotifications } from '../../common/RecordNotifications';
import { StatusChip } from '../../common/StatusChip';
import { TimeField } from '../../common/TimeField';
import { formatTime } from '../../common/format';
import { AppealActions } from './AppealActions';
import { AppealTimeline } from './AppealTimeline';
import { ChangeDiff } from './ChangeDiff';
import { DeadlineChip } from './DeadlineChip';
import { Duplicates } from './Duplicates';
import { MaterialsPanel } from './MaterialsPanel';
import { ExtraMaterials } from './ExtraMaterials';
import { RegionCodeChip } from '../../common/RegionCodeChip';

function AppealTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  return <span>{record ? `${translate('resources.appeals.name')} #${record.id} · ${record.name}` : ''}</span>;
}

/** Where the appeal stands, in one line the agent reads first: status, deadline, who handles it, and what to do. */
interface StatusBarRecord {
  id: number;
  type: string;
  status: string;
  allowedActions: string[];
  assigneeName: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  decisionNote: string | null;
  supplementMaterials: string[] | null;
  supplementNote: string | null;
  unitId: number | null;
  unitName: string | null;
  duplicateOfId: number | null;
  mergedIntoId: number | null;
}

function StatusBar() {
  const record = useRecordContext<StatusBarRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const allowed = record.allowedActions;
  const labels = (record.supplementMaterials ?? []).map((f) => translate(`appeals.material.${f}`)).join('、');
  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <StatusChip source="status" prefix="appeals.status" />
        <Chip size="small" variant="outlined" label={translate(`appeals.type.${record.type}`)} />
        <DeadlineChip showDate />
        {record.assigneeName && (
          <Typography variant="body2">{`${translate('resources.appeals.fields.assigneeName')}：${record.assigneeName}`}</Typography>
        )}
        <Box sx={{ flex: 1 }} />
        {record.unitId ? (
          <Button size="small" startIcon={<BusinessIcon />} component={Link} to={`/units/${record.unitId}/show`}>
            {translate('appeals.action.view_unit')}：{record.unitName}
          </Button>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('appeals.review.unit_none')}
          </Typography>
        )}
      </Stack>
      {record.status === 'submitted' && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('appeals.review.check_hint')}
        </Alert>
      )}
      {record.status === 'processing' && !allowed.includes('checklist') && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('appeals.review.not_mine', { name: record.assigneeName ?? '—' })}
        </Alert>
      )}
      {record.status === 'supplement_requested' && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate('appeals.supplement.waiting', { materials: labels })}
          {record.supplementNote ? `（${record.supplementNote}）` : ''}
        </Alert>
      )}
      {record.duplicateOfId !== null && ['submitted', 'processing', 'supplement_requested'].includes(record.status) && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          <MuiLink component={Link} to={`/appeals/${record.duplicateOfId}/show`}>
            {translate('appeals.merge.possible_duplicate', { id: record.duplicateOfId })}
          </MuiLink>
        </Alert>
      )}
      {record.status === 'merged' && record.mergedIntoId !== null && (
        <Alert severity="info" sx={{ mt: 1 }}>
          <MuiLink component={Link} to={`/appeals/${record.mergedIntoId}/show`}>
            {translate('appeals.merge.merged_into', { id: record.mergedIntoId })}
          </MuiLink>
          {record.decisionNote ? `\u3000${record.decisionNote}` : ''}
        </Alert>
      )}
      {(record.status === 'approved' || record.status === 'rejected') && (
        <Alert severity={record.status === 'approved' ? 'success' : 'error'} sx={{ mt: 1 }}>
          {`${translate('appeals.review.decision')}：${translate(`appeals.status.${record.status}`)}（${record.decidedByName ?? '—'}，${formatTime(record.decidedAt)}）`}
          {record.decisionNote ? `\u3000${record.decisionNote}` : ''}
        </Alert>
      )}
    </Box>
  );
}

/** 申诉信息: the form as the unit filled it in. */
function AppealForm() {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">
        {translate('appeals.review.form')} <RegionCodeChip />
      </Typography>
      <Grid container spacing={1}>
        {(['uscc', 'name', 'legalRepName', 'idNumber', 'phone', 'account'] as const).map((f) => (
          <Grid key={f} size={{ xs: 12, sm: 6 }}>
            <Labeled source={f}>
              <TextField source={f} />
            </Labeled>
          </Grid>
        ))}
        <Grid size={{ xs: 12, sm: 6 }}>
          <Labeled source="legalPersonType">
            <FunctionField
              source="legalPersonType"
              render={(r: { legalPersonType: string }) => translate(`units.legal_person_type.${r.legalPersonType}`)}
            />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Labeled source="idType">
            <FunctionField source="idType" render={(r: { idType: string }) => translate(`units.id_type.${r.idType}`)} />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Labeled source="idValidFrom" label="appeals.review.id_validity">
            <FunctionField
              source="idValidFrom"
              render={(r: { idValidFrom: string; idValidTo: string | null }) =>
                `${r.idValidFrom} ~ ${r.idValidTo ?? translate('app.long_term')}`
              }
            />
          </Labeled>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Labeled source="submittedAt">
            <TimeField source="submittedAt" />
          </Labeled>
        </Grid>
        <Grid size={12}>
          <Labeled source="remark">
            <TextField source="remark" />
          </Labeled>
        </Grid>
      </Grid>
      <ChangeDiff />
      <Duplicates />
    </Stack>
  );
}

export function AppealShow() {
  const translate = useTranslate();
  return (
    <Show actions={<AppealActions />} title={<AppealTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate('appeals.tabs.review')}>
          <StatusBar />
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, lg: 5 }}>
              <AppealForm />
            </Grid>
            <Grid size={{ xs: 12, lg: 7 }}>
              <MaterialsPanel />
              <ExtraMaterials />
            </Grid>
          </Grid>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('appeals.tabs.timeline')} path="timeline">
          <AppealTimeline />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('appeals.tabs.sms')} path="sms">
          <RecordNotifications relatedType="appeals" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('appeals.tabs.trail')} path="trail">
          <AuditTrail resource="appeals" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
